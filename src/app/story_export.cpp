#include "app/story_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/gl_window.h"
#include "app/resources.h"
#include "app/video_export.h"

namespace histmap {

ScreenInsets StoryFrames::insets_above(const ViewRenderer& view) const {
  // The caption panel sits at the bottom left; the map's title and date at the top left.
  // Fixed fractions rather than the panel's measured size keep every frame's camera a
  // function of the clock alone.
  ScreenInsets in;
  in.top = 0.14 * view.height();
  in.bottom = 0.40 * view.height();
  return in;
}

Camera StoryFrames::chapter_camera_for(std::size_t chapter, const Camera& from,
                                       const ViewRenderer& view) const {
  const ChapterView& v = story_->chapters[chapter];
  ScreenInsets above = insets_above(view), beside = above;
  beside.bottom = 0.04 * view.height();
  beside.left = 0.45 * view.width();
  return chapter_camera(v, from, above, beside);
}

void StoryFrames::begin(const LoadedStory& story, ViewRenderer& view) {
  story_ = &story;
  player_ = StoryPlayer{};
  player_.autoplay = true;
  // The first chapter's time starts on its own first day; its camera flies in from the atlas.
  player_.start(story.story, 0, 0.0, story.story.chapters.front().first);
  chapter_ = 0;
  resting_ = chapter_camera_for(0, view.camera(), view);
  flight_.begin(view.camera(), resting_, 0.0, player_.timing.travel_seconds);
  panel_.interactive = false;
  const ViewRenderer* words = &view;
  view.overlay = [this, words](float w, float h) {
    draw_story_panel(panel_, story_->story, player_.chapter(), words->ui().tr, w, h);
  };
}

double StoryFrames::rest_second(std::size_t chapter) const {
  double s = 0;
  for (std::size_t k = 0; k < chapter && k < story_->story.chapters.size(); ++k)
    s += player_.chapter_seconds(story_->story.chapters[k]);
  const Chapter& c = story_->story.chapters[std::min(chapter, story_->story.chapters.size() - 1)];
  return s + player_.timing.travel_seconds + player_.play_seconds(c);
}

double StoryFrames::setup(double s, ViewRenderer& view) {
  player_.update(s);
  if (player_.chapter() != chapter_) {
    // Each chapter passed on the way sets where the camera rests (a chapter without a view
    // keeps the one before's), then the camera flies from where it was when this one began.
    const Camera from = flight_.at(player_.chapter_start());
    for (std::size_t k = chapter_ + 1; k <= player_.chapter(); ++k)
      resting_ = chapter_camera_for(k, resting_, view);
    flight_.begin(from, resting_, player_.chapter_start(), player_.timing.travel_seconds);
    chapter_ = player_.chapter();
  }
  view.camera() = flight_.at(s);
  const Chapter& c = player_.current();
  view.frame().highlighted = story_->chapters[chapter_].highlight;
  view.ui().controls.filter.shown = c.layers ? c.layers->shown : LayerFilter{}.shown;
  return player_.day_at(s);
}

namespace {

int fail(const std::string& message) {
  std::fprintf(stderr, "histmap: %s\n", message.c_str());
  return 1;
}

// The story asked for, loaded over the session's atlas; messages to stderr.
const LoadedStory* find_story(StoryLibrary& library, const Options& options,
                              const AtlasSession& session) {
  std::vector<std::string> log;
  library = load_story_library(stories_dir(), session.atlas, *session.projection, log);
  const LoadedStory* s =
      find_or_load_story(library, options.story, session.atlas, *session.projection, log);
  if (!options.quiet || !s)
    for (const std::string& l : log) std::fprintf(stderr, "histmap: %s\n", l.c_str());
  return s;
}

}  // namespace

int run_story_export(const Options& options, const AtlasSession& session) {
  std::string error;
  auto window = GlWindow::create({.offscreen = true}, error);
  if (!window) return fail(error);
  std::vector<unsigned char> font;
  if (!read_file_bytes(default_font_path(), font, error)) return fail(error);
  StoryLibrary library;
  const LoadedStory* story = find_story(library, options, session);
  if (!story) return 1;

  StoryFrames frames;
  // The story's natural length, or squeezed into --duration: the clock runs faster.
  const double natural = [&] {
    StoryPlayer p;
    return p.story_seconds(story->story);
  }();
  const double duration = options.duration.value_or(natural);
  const int count = static_cast<int>(std::lround(duration * options.fps)) + 1;
  const double speed = natural / duration;
  bool begun = false;
  VideoExport exporter;
  const auto setup = [&](int k, ViewRenderer& view) {
    if (!begun) {
      frames.begin(*story, view);
      begun = true;
    }
    return frames.setup(std::min(natural, k * speed / options.fps), view);
  };
  if (!exporter.start(session, options, font, count, setup, error)) return fail(error);
  if (!write_all_frames(exporter, options.quiet, error)) return fail(error);
  if (!options.quiet)
    std::fprintf(stderr,
                 "histmap: wrote the story '%s' (%zu chapters): %d frames of %dx%d at %d fps "
                 "(%.2f s; the story's own pace is %.1f s) in %.1f s\n",
                 story->story.name.c_str(), story->story.chapters.size(), count, exporter.width(),
                 exporter.height(), options.fps, static_cast<double>(count - 1) / options.fps,
                 natural, exporter.elapsed_s());
  if (const std::string note = exporter.note(); !note.empty() && !options.quiet)
    std::fprintf(stderr, "histmap: %s\n", note.c_str());
  return 0;
}

bool render_story_chapter(const AtlasSession& session, const Options& options,
                          const std::vector<unsigned char>& font, Image& out, std::string& error) {
  StoryLibrary library;
  std::vector<std::string> log;
  library = load_story_library(stories_dir(), session.atlas, *session.projection, log);
  const LoadedStory* story =
      find_or_load_story(library, options.story, session.atlas, *session.projection, log);
  if (!story) {
    error = log.empty() ? "there is no story '" + options.story + "'" : log.back();
    return false;
  }
  const std::size_t chapter = static_cast<std::size_t>(options.chapter.value_or(1) - 1);
  if (chapter >= story->story.chapters.size()) {
    error = "--chapter " + std::to_string(chapter + 1) + ": the story '" + story->story.name +
            "' has " + std::to_string(story->story.chapters.size()) + " chapters";
    return false;
  }
  ViewRenderer view;
  if (!view.init(session, options, font, error)) return false;
  StoryFrames frames;
  frames.begin(*story, view);
  view.draw(frames.setup(frames.rest_second(chapter), view), out);
  return true;
}

int run_story_render(const Options& options, const AtlasSession& session) {
  std::string error;
  auto window = GlWindow::create({.offscreen = true}, error);
  if (!window) return fail(error);
  std::vector<unsigned char> font;
  if (!read_file_bytes(default_font_path(), font, error)) return fail(error);
  Image image;
  if (!render_story_chapter(session, options, font, image, error) ||
      !write_png(image, options.render_path, error))
    return fail(error);
  if (!options.quiet)
    std::fprintf(stderr, "histmap: wrote %s (%dx%d, the story '%s', chapter %d at rest)\n",
                 options.render_path.c_str(), image.width, image.height, options.story.c_str(),
                 options.chapter.value_or(1));
  return 0;
}

}  // namespace histmap
