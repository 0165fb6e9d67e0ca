#include "app/story_mode.h"

#include <cmath>

namespace histmap {
namespace {

void apply_chapter_layers(StoryMode& mode, AppUi& ui) {
  const Chapter& c = mode.player.current();
  if (!mode.saved_filter) mode.saved_filter = ui.controls.filter;
  // The chapter's layers, or the user's own where it names none; sides stay as the user set them.
  ui.controls.filter.shown = c.layers ? c.layers->shown : mode.saved_filter->shown;
}

void enter_chapter(StoryMode& mode, AppUi& ui) {
  mode.entered_chapter = mode.player.chapter();
  mode.entered_at = mode.player.chapter_start();
  if (mode.time_taken) mode.player.travel_from(ui.playback.t);
  mode.set_day = ui.playback.t;
  mode.time_taken = false;
  mode.chapter_changed = true;
  mode.panel.show_chapters = false;
  apply_chapter_layers(mode, ui);
}

}  // namespace

void start_story(StoryMode& mode, std::size_t index, std::size_t chapter, double now, AppUi& ui) {
  if (index >= mode.library.stories.size()) return;
  mode.story = static_cast<std::int32_t>(index);
  ui.playback.playing = false;  // the story drives time now
  mode.player.start(mode.library.stories[index].story, chapter, now, ui.playback.t);
  mode.set_day = ui.playback.t;
  enter_chapter(mode, ui);
}

void leave_story(StoryMode& mode, AppUi& ui) {
  if (mode.saved_filter) ui.controls.filter = *mode.saved_filter;
  mode.saved_filter.reset();
  mode.player.stop();
  mode.player.autoplay = false;
  mode.story = -1;
  mode.chapter_changed = false;
}

bool next_chapter(StoryMode& mode, double now) {
  return mode.active() && mode.player.next(now);
}

bool previous_chapter(StoryMode& mode, double now) {
  return mode.active() && mode.player.previous(now);
}

void update_story(StoryMode& mode, double now, AppUi& ui) {
  if (!mode.active()) return;
  mode.player.update(now);
  if (mode.player.chapter() != mode.entered_chapter ||
      mode.player.chapter_start() != mode.entered_at)
    enter_chapter(mode, ui);
  // Someone scrubbed or played the timeline since last frame: leave time to them.
  if (!mode.time_taken && (ui.playback.playing || std::abs(ui.playback.t - mode.set_day) > 1e-9))
    mode.time_taken = true;
  if (mode.time_taken) return;
  mode.set_day = mode.player.day_at(now);
  ui.playback.t = mode.set_day;
}

void act_on_story_panels(StoryMode& mode, double now, AppUi& ui) {
  if (mode.picker.chosen) {
    start_story(mode, *mode.picker.chosen, 0, now, ui);
    mode.picker.chosen.reset();
  }
  StoryPanelView& p = mode.panel;
  if (mode.active()) {
    if (p.next) mode.player.next(now);
    if (p.previous) mode.player.previous(now);
    if (p.jump) mode.player.go_to(*p.jump, now);
    if (p.close) leave_story(mode, ui);
  }
  p.next = p.previous = p.close = false;
  p.jump.reset();
}

const std::vector<std::int32_t>& story_highlights(const StoryMode& mode) {
  static const std::vector<std::int32_t> kNone;
  return mode.active() ? mode.view().highlight : kNone;
}

}  // namespace histmap
