#include "core/story_player.h"

#include <algorithm>
#include <cmath>

namespace histmap {
namespace {

double ease(double u) {
  u = std::clamp(u, 0.0, 1.0);
  return u * u * (3 - 2 * u);
}

std::size_t word_count(const std::string& s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace

void StoryPlayer::start(const Story& story, std::size_t chapter, double now, double from_day) {
  story_ = &story;
  finished_ = false;
  from_day_ = from_day;
  chapter_ = std::min(chapter, story.chapters.empty() ? 0 : story.chapters.size() - 1);
  start_ = now;
}

void StoryPlayer::enter(std::size_t chapter, double now) {
  // Time travels from wherever the story showed it at this moment.
  from_day_ = day_at(now);
  chapter_ = chapter;
  start_ = now;
  finished_ = false;
}

bool StoryPlayer::next(double now) {
  if (!story_ || chapter_ + 1 >= story_->chapters.size()) return false;
  enter(chapter_ + 1, now);
  return true;
}

bool StoryPlayer::previous(double now) {
  if (!story_ || chapter_ == 0) return false;
  enter(chapter_ - 1, now);
  return true;
}

bool StoryPlayer::go_to(std::size_t chapter, double now) {
  if (!story_ || chapter >= story_->chapters.size()) return false;
  enter(chapter, now);
  return true;
}

double StoryPlayer::play_seconds(const Chapter& c) const {
  return chapter_play_seconds(c);
}

double StoryPlayer::rest_seconds(const Chapter& c) const {
  const double words = static_cast<double>(word_count(c.caption.in(Language::En)));
  return std::clamp(words / timing.words_per_second, timing.min_rest_seconds,
                    timing.max_rest_seconds);
}

double StoryPlayer::chapter_seconds(const Chapter& c) const {
  return timing.travel_seconds + play_seconds(c) + rest_seconds(c);
}

double StoryPlayer::story_seconds(const Story& s) const {
  double total = 0;
  for (const Chapter& c : s.chapters) total += chapter_seconds(c);
  return total;
}

bool StoryPlayer::update(double now) {
  if (!story_ || !autoplay || finished_) return false;
  bool changed = false;
  // A long stall (a suspended machine) may pass several chapters; each starts when the one
  // before it ended, so the clock stays exact.
  for (int guard = 0; guard < 1000; ++guard) {
    const double end = start_ + chapter_seconds(current());
    if (now < end) break;
    if (chapter_ + 1 >= story_->chapters.size()) {
      finished_ = true;
      break;
    }
    from_day_ = current().last;
    ++chapter_;
    start_ = end;
    changed = true;
  }
  return changed;
}

StoryPhase StoryPlayer::phase_at(double now) const {
  if (!story_) return StoryPhase::Rest;
  const double s = now - start_;
  if (s < timing.travel_seconds) return StoryPhase::Travel;
  if (s < timing.travel_seconds + play_seconds(current())) return StoryPhase::Play;
  return StoryPhase::Rest;
}

double StoryPlayer::day_at(double now) const {
  if (!story_) return from_day_;
  const Chapter& c = current();
  const double s = now - start_;
  if (s < timing.travel_seconds)
    return from_day_ + (c.first - from_day_) * ease(s / timing.travel_seconds);
  const double play = play_seconds(c);
  if (play <= 0) return c.last;
  const double u = std::clamp((s - timing.travel_seconds) / play, 0.0, 1.0);
  return c.first + (c.last - c.first) * u;
}

}  // namespace histmap
