// histmap ui: a story on screen.
// - The caption panel: the story's title, "Chapter 2 of 5", the chapter's title, its caption
//   and its sources, in the interface's language; with previous / next buttons, a chapter
//   list to jump, export and close. Burned into an exported video it is drawn the same way
//   without the buttons, so a frame shows what the screen shows.
// - The story picker: every story with its summary, one tap to start it.
// The panels only record what the user asked for; the app acts on it.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/i18n.h"
#include "core/story.h"
#include "ui/map_controls.h"

namespace histmap {

struct StoryPanelView {
  bool interactive = true;   // false: an exported frame (no buttons)
  bool allow_export = true;  // false in the kiosk
  bool large = false;        // touch-first: bigger buttons (the kiosk)
  bool show_chapters = false;
  UiRect rect;  // last frame's, in window points

  // What the user asked for this frame; the app acts and clears them.
  bool next = false, previous = false, close = false, export_video = false;
  std::optional<std::size_t> jump;
};

// Along the bottom-left, above `bottom` (the timeline's top, or the screen's foot).
void draw_story_panel(StoryPanelView& view, const Story& story, std::size_t chapter,
                      const Translations& tr, float display_w, float bottom);

struct StoryPickerView {
  bool open = false;
  std::optional<std::size_t> chosen;  // index into the list given
};

void draw_story_picker(StoryPickerView& view, const std::vector<const Story*>& stories,
                       const Translations& tr, float display_w, float top);

}  // namespace histmap
