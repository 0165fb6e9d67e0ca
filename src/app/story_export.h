// histmap app: a story drawn offscreen: `--story NAME --export-video/--export-frames` and
// `--story NAME --chapter K --render out.png`, and the window's Export video button.
// The story plays as the kiosk's attract loop plays it (autoplay: travel, play, rest, next),
// on the export's own clock of fixed steps; --duration stretches or squeezes it to that length.
// Each frame shows the story's day, the camera flying between chapter views, the chapter's
// layers and highlights, and the caption panel burned in. A chapter's resting frame in a video
// and --render of that chapter are the same pixels: both are the same function of the story's
// clock.
#pragma once

#include <cstddef>

#include "app/headless.h"
#include "app/story_library.h"
#include "core/story_player.h"
#include "ui/story_panel.h"

namespace histmap {

class StoryFrames {
 public:
  // story must outlive this; view must be initialised (its size and scale are the frame's).
  void begin(const LoadedStory& story, ViewRenderer& view);
  // Puts the view at second s of the story (s must not go back between calls); returns the
  // day it shows.
  double setup(double s, ViewRenderer& view);
  // The story's length, and the second at which chapter k has come to rest.
  double length() const { return player_.story_seconds(story_->story); }
  double rest_second(std::size_t chapter) const;

 private:
  ScreenInsets insets_above(const ViewRenderer& view) const;
  Camera chapter_camera_for(std::size_t chapter, const Camera& from,
                            const ViewRenderer& view) const;

  const LoadedStory* story_ = nullptr;
  StoryPlayer player_;
  std::size_t chapter_ = 0;
  Camera resting_;
  CameraFlight flight_;
  StoryPanelView panel_;
};

// options.story's chapter options.chapter (from 1) at rest: what --render --story draws.
// Needs a current GL context.
bool render_story_chapter(const AtlasSession& session, const Options& options,
                          const std::vector<unsigned char>& font, Image& out, std::string& error);

int run_story_export(const Options& options, const AtlasSession& session);
int run_story_render(const Options& options, const AtlasSession& session);

}  // namespace histmap
