// histmap app: the stories on disk, made ready to play over the loaded atlas.
// - Reads every assets/stories/*.story (or one file a user names), in name order.
// - Projects each chapter's lon/lat view into the map's metres, and resolves the features to
//   highlight to the atlas's indices; an id the data lacks is a warning, not a failure.
// - A damaged file is skipped with its messages in the log: the others still play.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.h"
#include "core/camera.h"
#include "core/story.h"
#include "data/projection.h"

namespace histmap {

struct ChapterView {
  Bounds view;  // projected; empty: keep the camera where it is
  std::vector<std::int32_t> highlight;
};

struct LoadedStory {
  Story story;
  std::vector<ChapterView> chapters;  // one per chapter
  std::string path;
};

struct StoryLibrary {
  std::vector<LoadedStory> stories;
  // By name ("legion-revolt"), or null.
  const LoadedStory* find(std::string_view name) const;
  std::int32_t index_of(std::string_view name) const;
};

std::string stories_dir();

// One file; messages ("file:line: ...") are appended to log. Null when it does not parse.
std::optional<LoadedStory> load_story_file(const std::string& path, const Atlas& atlas,
                                           const Projection& projection,
                                           std::vector<std::string>& log);

// Every *.story in dir.
StoryLibrary load_story_library(const std::string& dir, const Atlas& atlas,
                                const Projection& projection, std::vector<std::string>& log);

// A story by name from the library, or a path to a .story file loaded on its own.
const LoadedStory* find_or_load_story(StoryLibrary& library, const std::string& name_or_path,
                                      const Atlas& atlas, const Projection& projection,
                                      std::vector<std::string>& log);

// Where the camera goes for a chapter: its view fitted into the part of the screen that
// panels leave free (insets in pixels). An empty view keeps `current`.
struct ScreenInsets {
  double left = 0, top = 0, right = 0, bottom = 0;
};
Camera chapter_camera(const ChapterView& view, const Camera& current, ScreenInsets insets);
// With a caption panel in a corner the free part is either above it or beside it: the view
// goes where it shows larger.
Camera chapter_camera(const ChapterView& view, const Camera& current, ScreenInsets above,
                      ScreenInsets beside);

}  // namespace histmap
