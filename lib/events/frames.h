#pragma once
// Event frames: which dependents of a meeting trigger fill which side of the meeting, by
// trigger class, relation and case marker (data/event_frames.tsv). Loaded once; const after.
#include <cstdint>
#include <string>
#include <vector>

#include "core/ud.h"

namespace ng::events {

struct FrameRow {
  uint64_t trigger_class = 0;  // one WordClass bit (kMeetVerb, kMeetWith, kMeetNoun, kLight)
  core::Dep relation = core::Dep::dep;
  std::vector<std::string> cases;  // lower-case markers, any of which must head a `case` child; empty: none needed
  bool subject_side = false;       // side a (the subject's) or b (the other)
};

// What this object represents: the rows of the frame table. Thread safety: const after load.
class Frames {
 public:
  // Reads "class<TAB>relation<TAB>case<TAB>side" lines ('#' comments). Throws core::Error
  // naming the file and line on an unknown class, relation or side, or a short line.
  static Frames load(const std::string& path);
  const std::vector<FrameRow>& rows() const { return rows_; }

  // The named passes that widen a frame's fillers, in the order they run (frames.cpp).
  static const std::vector<std::string>& pass_names();
  // Leaves the pass `name` out (for measuring what each pass adds). Throws core::Error on
  // a name not in pass_names().
  void skip_pass(const std::string& name);
  bool skips(const std::string& name) const;
  // Meetings from the tree alone: the surface meeting patterns of a sentence are off (for
  // measuring and testing the tree passes by themselves). Default false.
  void set_tree_only(bool on) { tree_only_ = on; }
  bool tree_only() const { return tree_only_; }

 private:
  std::vector<FrameRow> rows_;
  std::vector<std::string> skipped_;
  bool tree_only_ = false;
};

}  // namespace ng::events
