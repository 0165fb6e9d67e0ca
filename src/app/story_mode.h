// histmap app: a story playing in the window (or in an export).
// Owns the loaded stories, the player and the caption panel's state. Each frame it sets the
// time slider to the story's day, applies the chapter's layers (the user's own come back when
// the story closes) and names the features to highlight; when the chapter changes it says
// where the camera should fly. A presenter who scrubs the timeline takes time over until the
// next chapter.
#pragma once

#include <cstdint>
#include <optional>

#include "app/app_ui.h"
#include "app/story_library.h"
#include "core/camera.h"
#include "core/layers.h"
#include "core/story_player.h"
#include "ui/story_panel.h"

namespace histmap {

struct StoryMode {
  StoryLibrary library;
  StoryPlayer player;
  std::int32_t story = -1;  // index into library.stories; -1: no story open
  std::optional<LayerFilter> saved_filter;
  double set_day = 0;            // the day the story put on the slider last frame
  bool time_taken = false;       // the user moved time: the story stops driving it
  bool chapter_changed = false;  // the camera should fly (the window clears it when it does)
  // The chapter last entered, told apart by when it began on the clock.
  std::size_t entered_chapter = 0;
  double entered_at = -1;
  StoryPanelView panel;
  StoryPickerView picker;

  bool active() const { return story >= 0 && player.active(); }
  const LoadedStory& loaded() const { return library.stories[static_cast<std::size_t>(story)]; }
  const ChapterView& view() const { return loaded().chapters[player.chapter()]; }
};

// Opens story `index` at `chapter`; time travels there from where it is.
void start_story(StoryMode& mode, std::size_t index, std::size_t chapter, double now, AppUi& ui);
void leave_story(StoryMode& mode, AppUi& ui);
bool next_chapter(StoryMode& mode, double now);
bool previous_chapter(StoryMode& mode, double now);

// Once a frame before the scene is evaluated: autoplay, the day, the chapter's layers.
void update_story(StoryMode& mode, double now, AppUi& ui);

// The panel's and the picker's requests, after the panels were drawn.
void act_on_story_panels(StoryMode& mode, double now, AppUi& ui);

// The highlighted features of the chapter on screen (empty with no story).
const std::vector<std::int32_t>& story_highlights(const StoryMode& mode);

}  // namespace histmap
