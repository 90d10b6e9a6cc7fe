#include "coref/resolver.h"

#include <algorithm>
#include <map>

namespace ng::coref {

EntityResolver::EntityResolver(const Options& options) : options_(options) {}

// First version: mentions with the same type and text are one entity.
void EntityResolver::annotate(core::Document& doc) const {
  doc.entities.clear();
  std::map<std::pair<core::EntityType, std::string>, int32_t> seen;
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    auto& mention = doc.mentions[m];
    if (mention.type == core::EntityType::Misc) continue;
    std::string name(doc.view(mention.span));
    auto [it, fresh] = seen.emplace(std::make_pair(mention.type, name), static_cast<int32_t>(doc.entities.size()));
    if (fresh) {
      core::Entity e;
      e.type = mention.type;
      e.name = name;
      doc.entities.push_back(std::move(e));
    }
    mention.entity = it->second;
    doc.entities[it->second].mentions.push_back(m);
  }
}

}  // namespace ng::coref
