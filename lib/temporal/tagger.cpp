#include "temporal/tagger.h"

namespace ng::temporal {

TimeTagger::TimeTagger(const Options& options) : options_(options) {}

// First version: finds nothing. Replaced by the TimeML tagger.
void TimeTagger::annotate(core::Document&) const {}

}  // namespace ng::temporal
