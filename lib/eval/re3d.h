#pragma once
// re3d (Dstl, 2017): documents with hand-marked relations between spans of their text.
// Its `CommWith` relations ("X met Y", "X and Y discussed", "the agreement between X and
// Y") say that two parties communicated; newsgraph's meeting pairs are scored against
// them.
#include <string>
#include <vector>

#include "core/document.h"

namespace ng::eval {

struct Re3dDocument {
  std::string id;     // _id
  std::string source; // the subfolder: "US State Department", "BBC Online", ...
  std::string text;   // the document text the offsets index
  // CommWith relations as unordered pairs of byte spans of `text`, without repeats.
  std::vector<std::pair<core::Span, core::Span>> comm_with;
};

// Reads every subfolder of `dir` that holds documents.json and relations.json
// (mongoexport: one JSON object per line), in path order. Offsets are UTF-16 code units
// in the data and become byte offsets here. Throws core::Error naming the file and line
// on malformed input, or when `dir` holds no such subfolder.
std::vector<Re3dDocument> read_re3d(const std::string& dir);

struct Re3dCounts {
  size_t documents = 0;
  size_t gold_pairs = 0, found_gold_pairs = 0;  // CommWith pairs, and those a meeting pair stands for
  size_t pred_pairs = 0, supported_pred_pairs = 0;  // meeting pairs, and those a CommWith supports
  void add(const Re3dCounts& o);
};

// Scores the meetings of `doc` (the pipeline's run on d.text): a meeting participant
// stands for an annotated span when its argument span or one of its entity's mentions
// overlaps it. A gold pair is found when one meeting has participants standing for
// both of its spans; a predicted pair (two participants of one meeting) is supported
// when its participants stand for the two spans of some gold pair. CommWith also
// covers communication that is no meeting (agreements, messages) and its annotation
// is not exhaustive, so both figures are bounds, not exact recall and precision.
Re3dCounts score_re3d(const Re3dDocument& d, const core::Document& doc);

}  // namespace ng::eval
