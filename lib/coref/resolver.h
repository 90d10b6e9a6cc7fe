#pragma once
// Mentions -> entities within one article: aliases, surnames, titles, acronyms,
// transcript speaker labels, nationality + title -> country.
#include <memory>
#include <string>

#include "core/document.h"

namespace ng::coref {

struct Options {
  // Countries TSV (see data/README.md): demonyms and short forms ("U.S.") of each country.
  // Empty: core::resource_path("data/countries.tsv").
  std::string countries_path;
  // Name knowledge TSV (data/name_identity.tsv): its particle and particle_name rows are the
  // particles a surname may carry joined by a hyphen ("al-Assad"). Empty: the resource.
  std::string name_identity_path;
};

// What this object represents: the alias-merging rules and the country lexicon they use.
// Merging, in order of mention length (longest first), a mention joins an entity when:
//   - its name equals one of the entity's names (case-insensitive; "the Kremlin" and
//     "Kremlin" are one name; a possessive "'s" is never part of a name);
//   - it is a person's surname or first name alone, or first + last name of a longer
//     name ("Blinken", "Antony Blinken" -> "Antony J. Blinken");
//   - it is an acronym of the entity's name ("WEF", "U.N.") or stands in parentheses right
//     after it ("Caribbean Community (CARICOM)");
//   - it and the entity name the same country: a common or official name or a short form
//     ("China", "People's Republic of China"; "U.S." -> "United States"); such an entity
//     is a Place whatever its mentions' types.
// When several entities qualify, the one mentioned last before it wins. Candidates are
// found through indexes (name, first and last token of the longest name, initials,
// country), so the cost is near-linear in the number of mentions
// (bench/ner_coref_scale.cpp measures it). A one-word
// organisation or Misc mention that is the surname of a person the article names in full
// is retyped as that person (the tagger read "the Trump administration" as Misc). A surname
// written with a particle and a hyphen ("al-Assad") is also that surname without the
// particle ("Assad", "Bashar Assad"), and a one-word place mention written as such a
// surname, with or without its particle, is the person too (the tagger read "al-Assad" as
// a place). The entity's type
// is the majority of its mentions' types; its name is the fullest form without titles
// (mixed case preferred over capitals); aliases are every other form used, including
// title + name ("President Putin") and speaker labels ("PRESIDENT BIDEN").
// Entity::country: a Place mention or a nationality (Misc, by the countries' demonyms)
// right before a person's title ("Ukrainian President Volodymyr Zelensky") links the
// person to that country's entity when the article names the country; no entity is
// created for a nationality alone (nationality adjectives are not entities).
// Thread safety: const after construction; safe to share across threads.
class EntityResolver {
 public:
  // Throws core::Error naming the file if the countries lexicon is missing or malformed.
  explicit EntityResolver(const Options& options = {});
  ~EntityResolver();
  EntityResolver(EntityResolver&&) noexcept;
  EntityResolver& operator=(EntityResolver&&) noexcept;

  // REQUIRES: doc.mentions filled. Fills doc.entities (Misc mentions get none) and sets
  // Mention::entity; entity order is the order of first mention.
  void annotate(core::Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ng::coref
