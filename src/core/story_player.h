// histmap core: playing a story on a clock. Each chapter has three phases:
// - travel: the camera flies to the chapter's view while time runs to its first day;
// - play: its date range plays, first day to last, at the chapter's pace;
// - rest: it holds on the last day while the caption is read.
// With autoplay (the kiosk's attract loop, a video export) the rest ends after a reading
// time and the next chapter begins; by hand, the presenter moves on. The clock is the
// caller's seconds, so the window, a simulated clock and an export at a fixed step all play
// the same story the same way.
#pragma once

#include <cstddef>

#include "core/story.h"

namespace histmap {

enum class StoryPhase { Travel, Play, Rest };

struct StoryTiming {
  double travel_seconds = 1.6;
  double min_rest_seconds = 5;   // autoplay: the shortest time a caption stays
  double max_rest_seconds = 16;  // ... and the longest
  double words_per_second = 3;   // reading aloud, slowly, to a class
};

class StoryPlayer {
 public:
  // Starts `story` (which must outlive the player) at chapter `chapter` (0-based, clamped),
  // with time now at `from_day` (where the travel to the first day starts).
  void start(const Story& story, std::size_t chapter, double now, double from_day);
  void stop() { story_ = nullptr; }
  bool active() const { return story_ != nullptr; }
  const Story* story() const { return story_; }
  std::size_t chapter() const { return chapter_; }
  const Chapter& current() const { return story_->chapters[chapter_]; }

  // By hand: next and previous chapter; false at either end (nothing changes).
  bool next(double now);
  bool previous(double now);
  bool go_to(std::size_t chapter, double now);
  // The chapter's travel starts from this day instead (the slider was moved by hand).
  void travel_from(double day) { from_day_ = day; }

  // Moves on by itself after each rest; at the last chapter's end, `finished` turns true.
  bool autoplay = false;
  StoryTiming timing;

  // Advances autoplay to `now`: returns true when the chapter changed (the caller flies the
  // camera). Call once per frame before day_at().
  bool update(double now);
  bool finished() const { return finished_; }

  // The day to show at `now`, and the phase.
  double day_at(double now) const;
  StoryPhase phase_at(double now) const;
  // When the chapter began, on the caller's clock: the camera's flight starts then.
  double chapter_start() const { return start_; }

  // The chapter's lengths: travel, play, rest (autoplay's reading time).
  double play_seconds(const Chapter& c) const;
  double rest_seconds(const Chapter& c) const;
  // A chapter's whole length under autoplay, and a story's.
  double chapter_seconds(const Chapter& c) const;
  double story_seconds(const Story& s) const;

 private:
  void enter(std::size_t chapter, double now);

  const Story* story_ = nullptr;
  std::size_t chapter_ = 0;
  double start_ = 0;     // when the current chapter began
  double from_day_ = 0;  // the day time travels from
  bool finished_ = false;
};

}  // namespace histmap
