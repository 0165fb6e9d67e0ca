// Unit tests: stories over the bundled atlas (app/story_library.h, app/story_mode.h) and the
// kiosk's attract loop in the app (app/kiosk_session.h), on a simulated clock.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/atlas_session.h"
#include "app/kiosk_session.h"
#include "app/story_library.h"
#include "app/story_mode.h"

namespace histmap {
namespace {

const AtlasSession& bundled() {
  static const AtlasSession session = [] {
    Options o;
    o.quiet = true;
    std::string error;
    auto s = load_session(o, error);
    REQUIRE(s);
    return std::move(*s);
  }();
  return session;
}

std::string write_temp(const std::string& name, const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path() / "histmap-story-tests";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

bool logged(const std::vector<std::string>& log, const std::string& part) {
  for (const std::string& l : log)
    if (l.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("stories: the shipped stories load over the atlas, every highlight found", "[story]") {
  const AtlasSession& s = bundled();
  std::vector<std::string> log;
  const StoryLibrary lib = load_story_library(stories_dir(), s.atlas, *s.projection, log);
  INFO(log.size() << " lines, first: " << (log.empty() ? "" : log.front()));
  CHECK(log.empty());
  REQUIRE(lib.stories.size() >= 3);
  for (const char* name : {"legion-revolt", "alash-army", "missions"}) {
    const LoadedStory* st = lib.find(name);
    REQUIRE(st);
    REQUIRE(st->chapters.size() == st->story.chapters.size());
    for (std::size_t k = 0; k < st->chapters.size(); ++k) {
      INFO(name << " chapter " << k + 1);
      CHECK(st->chapters[k].highlight.size() == st->story.chapters[k].highlight.size());
      CHECK_FALSE(st->chapters[k].view.empty);
    }
  }
}

TEST_CASE("stories: a view is projected and the camera fits it clear of the panels", "[story]") {
  const AtlasSession& s = bundled();
  std::vector<std::string> log;
  const std::string path = write_temp(
      "view.story",
      "[story]\ntitle = T\n[chapter]\ntitle = Chelyabinsk\ncaption = c\nsources = s\n"
      "date = 1918-05-14\nview = 60 54 62 56\nhighlight = st-chelyabinsk no-such-feature\n");
  const auto st = load_story_file(path, s.atlas, *s.projection, log);
  REQUIRE(st);
  CHECK(logged(log, "highlight: there is no feature 'no-such-feature'"));
  REQUIRE(st->chapters[0].highlight.size() == 1);
  const Bounds& v = st->chapters[0].view;
  REQUIRE_FALSE(v.empty);
  // Chelyabinsk (61.4 E, 55.2 N) is inside the projected box.
  const Feature& chel =
      s.atlas.features[static_cast<std::size_t>(st->chapters[0].highlight.front())];
  const GeoPoint& p = chel.parts.front().front();
  CHECK(p.x > v.min_x);
  CHECK(p.x < v.max_x);
  CHECK(p.y > v.min_y);
  CHECK(p.y < v.max_y);
  // Fitted into the free part of a 1280x720 screen: the box's centre lands in the middle of
  // what the panels leave, and the whole box is inside it.
  Camera screen;
  screen.width = 1280;
  screen.height = 720;
  const ScreenInsets in{500, 100, 0, 150};
  const Camera c = chapter_camera(st->chapters[0], screen, in);
  const Vec2 lo = c.world_to_screen(v.min_x, v.min_y), hi = c.world_to_screen(v.max_x, v.max_y);
  CHECK((lo.x + hi.x) / 2 == Approx(500 + (1280 - 500) / 2.0).margin(1));
  CHECK((lo.y + hi.y) / 2 == Approx(100 + (720 - 250) / 2.0).margin(1));
  CHECK(lo.x >= 500 - 1);
  CHECK(hi.x <= 1280 + 1);
  CHECK(hi.y >= 100 - 1);  // screen y runs down: the north edge
  CHECK(lo.y <= 720 - 150 + 1);
}

TEST_CASE("stories: a damaged file is skipped and named, the others still load", "[story]") {
  const AtlasSession& s = bundled();
  const auto dir = std::filesystem::temp_directory_path() / "histmap-story-lib";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "good.story") << "[story]\ntitle = Good\n[chapter]\ntitle = A\ncaption = c\n"
                                       "sources = s\ndate = 1918-05-14\n";
  std::ofstream(dir / "broken.story") << "[story]\ntitle = Broken\n[chapter]\ndate = soon\n";
  std::ofstream(dir / "binary.story", std::ios::binary) << std::string("\x00\xff\xfe", 3);
  std::ofstream(dir / "notes.txt") << "not a story";
  std::vector<std::string> log;
  StoryLibrary lib = load_story_library(dir.string(), s.atlas, *s.projection, log);
  REQUIRE(lib.stories.size() == 1);
  CHECK(lib.stories[0].story.name == "good");
  CHECK(logged(log, "broken.story:4: date: 'soon'"));
  CHECK(logged(log, "binary.story: the file is not UTF-8"));
  // Asking for a story that is not there names the ones that are.
  log.clear();
  CHECK_FALSE(find_or_load_story(lib, "nope", s.atlas, *s.projection, log));
  CHECK(logged(log, "there is no story 'nope' (there are: good)"));
  // A path loads a file from anywhere.
  log.clear();
  const LoadedStory* extra = find_or_load_story(lib,
                                                write_temp("extra.story",
                                                           "[story]\ntitle = E\n[chapter]\ntitle = "
                                                           "A\ncaption = c\nsources = s\ndate = "
                                                           "1918-05-14\n"),
                                                s.atlas, *s.projection, log);
  REQUIRE(extra);
  CHECK(extra->story.name == "extra");
  CHECK(lib.index_of("extra") == 1);
}

TEST_CASE("story mode: chapters drive time and layers, the user's layers come back", "[story]") {
  const AtlasSession& s = bundled();
  std::vector<std::string> log;
  StoryMode mode;
  mode.library = load_story_library(stories_dir(), s.atlas, *s.projection, log);
  const std::int32_t i = mode.library.index_of("legion-revolt");
  REQUIRE(i >= 0);
  AppUi ui;
  Options o;
  o.quiet = true;
  init_app_ui(ui, s, o);
  ui.controls.filter.set_layer(Layer::Stations, false);  // the user's own choice
  ui.controls.filter.set_side("Alash", false);
  const LayerFilter users = ui.controls.filter;

  start_story(mode, static_cast<std::size_t>(i), 0, 100.0, ui);
  REQUIRE(mode.active());
  update_story(mode, 100.0, ui);
  CHECK(mode.chapter_changed);
  const Chapter& c0 = mode.player.current();
  if (c0.layers) CHECK(ui.controls.filter.shown == c0.layers->shown);
  CHECK_FALSE(ui.controls.filter.side_shown("Alash"));  // sides stay the user's
  // After travel and play, the slider rests on the chapter's last day.
  update_story(mode, 100.0 + 60, ui);
  CHECK(ui.playback.t == Approx(c0.last));
  // Next: time travels on from there to the next chapter's first day.
  CHECK(next_chapter(mode, 200.0));
  update_story(mode, 200.0 + mode.player.timing.travel_seconds, ui);
  CHECK(ui.playback.t == Approx(mode.player.current().first));
  // The presenter scrubs: the story leaves time alone until the next chapter.
  ui.playback.set_day(ui.playback.t - 30);
  const double scrubbed = ui.playback.t;
  update_story(mode, 210.0, ui);
  CHECK(mode.time_taken);
  CHECK(ui.playback.t == scrubbed);
  // Highlights are the chapter's.
  CHECK(story_highlights(mode) == mode.view().highlight);
  leave_story(mode, ui);
  CHECK_FALSE(mode.active());
  CHECK(ui.controls.filter.shown == users.shown);
  CHECK(story_highlights(mode).empty());
}

TEST_CASE("kiosk session: idle returns to the start and plays the stories in turn", "[kiosk]") {
  const AtlasSession& s = bundled();
  std::vector<std::string> log;
  StoryMode mode;
  mode.library = load_story_library(stories_dir(), s.atlas, *s.projection, log);
  AppUi ui;
  Options o;
  o.quiet = true;
  init_app_ui(ui, s, o);
  KioskConfig cfg;
  cfg.idle_seconds = 30;
  cfg.language = Language::Kk;
  cfg.stories = {"missions", "no-such-story", "legion-revolt"};
  KioskSession k;
  k.controller = KioskController(cfg, 0);
  plan_attract_loop(k, mode.library, log);
  CHECK(logged(log, "'no-such-story' is not loaded"));
  REQUIRE(k.order.size() == 2);

  // A visitor left things as visitors do.
  ui.controls.language = Language::Cs;
  ui.inspector.feature = 3;
  std::snprintf(ui.controls.query, sizeof ui.controls.query, "%s", "alash");
  KioskActions a = kiosk_frame(k, mode, ui, 29);
  CHECK_FALSE(a.go_home);
  a = kiosk_frame(k, mode, ui, 30);
  CHECK(a.go_home);
  CHECK(k.attracting);
  CHECK(ui.controls.language == Language::Kk);
  CHECK_FALSE(ui.inspector.feature);
  CHECK(ui.controls.query[0] == '\0');
  REQUIRE(mode.active());
  CHECK(mode.loaded().story.name == "missions");
  CHECK(mode.player.autoplay);
  // The story plays to its end by itself; then the next one starts.
  double t = 30;
  const double length = mode.player.story_seconds(mode.loaded().story);
  for (; t < 30 + length + 1; t += 0.5) {
    update_story(mode, t, ui);
    kiosk_frame(k, mode, ui, t);
  }
  REQUIRE(mode.active());
  CHECK(mode.loaded().story.name == "legion-revolt");
  // A touch: the visitor has the story where it was; it no longer moves on by itself.
  const std::size_t chapter = mode.player.chapter();
  kiosk_input(k, mode, t);
  CHECK_FALSE(k.attracting);
  CHECK_FALSE(mode.player.autoplay);
  for (double u = t; u < t + 25; u += 0.5) kiosk_frame(k, mode, ui, u);
  CHECK(mode.player.chapter() == chapter);
}

TEST_CASE("kiosk session: with no story the years themselves play in a loop", "[kiosk]") {
  const AtlasSession& s = bundled();
  StoryMode mode;  // an empty library: every story file was damaged
  AppUi ui;
  Options o;
  o.quiet = true;
  init_app_ui(ui, s, o);
  KioskConfig cfg;
  cfg.idle_seconds = 10;
  KioskSession k;
  k.controller = KioskController(cfg, 0);
  std::vector<std::string> log;
  plan_attract_loop(k, mode.library, log);
  CHECK(k.order.empty());
  kiosk_frame(k, mode, ui, 10);
  CHECK(k.attracting);
  CHECK_FALSE(mode.active());
  CHECK(ui.playback.playing);
  CHECK(ui.playback.loop);
}

TEST_CASE("kiosk session: damaged data is recognised so the bundled atlas can stand in",
          "[kiosk]") {
  AtlasSession damaged;
  damaged.bundled = false;
  Diagnostic d;
  d.file = "/srv/atlas.geojson";
  d.message = "cannot be opened";
  damaged.diagnostics.push_back(d);
  CHECK(kiosk_data_damage(damaged).find("/srv/atlas.geojson") != std::string::npos);
  AtlasSession empty;
  empty.bundled = false;
  CHECK_FALSE(kiosk_data_damage(empty).empty());
  CHECK(kiosk_data_damage(bundled()).empty());
}

}  // namespace histmap
