// Unit tests: the story file format (core/story.h) and playing a story on a clock
// (core/story_player.h), including broken files.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "core/date.h"
#include "core/story.h"
#include "core/story_player.h"

namespace histmap {
namespace {

const char* const kGood = R"(# A story for the tests.
[story]
title = The revolt
title.ru = Мятеж
summary = What happened on the line.

[chapter]
title = Chelyabinsk
title.ru = Челябинск
title.kk = Челябі
title.cs = Čeljabinsk
caption = On 14 May a quarrel at the station
  became a fight.
caption.ru = Ссора на станции.
caption.kk = Бекеттегі жанжал.
caption.cs = Hádka na nádraží.
sources = Bradley 1991, p. 88; EVENTS.md E12
date = 1918-05-14/1918-05-28
view = 55 50 66 58
layers = railways stations movements
highlight = ev-chelyabinsk   legion-1
seconds = 7

[chapter]
title = Omsk
caption = One day.
sources = Source A
date = 1918-06-07
)";

StoryParse parse(const std::string& text) {
  return parse_story(text, "test");
}

bool has_problem(const StoryParse& r, int line, const std::string& part) {
  for (const StoryProblem& p : r.problems)
    if (p.line == line && p.message.find(part) != std::string::npos) return true;
  return false;
}

std::string all_messages(const StoryParse& r) {
  std::string s;
  for (const std::string& m : r.messages("test.story")) s += m + "\n";
  return s;
}

}  // namespace

TEST_CASE("story: a good file reads whole", "[story]") {
  const StoryParse r = parse(kGood);
  INFO(all_messages(r));
  REQUIRE(r.story);
  const Story& s = *r.story;
  CHECK(s.name == "test");
  CHECK(s.title.in(Language::Ru) == "Мятеж");
  CHECK(s.title.in(Language::Kk) == "The revolt");  // falls back to English
  REQUIRE(s.chapters.size() == 2);
  const Chapter& c = s.chapters[0];
  CHECK(c.title.in(Language::Cs) == "Čeljabinsk");
  CHECK(c.caption.in(Language::En) == "On 14 May a quarrel at the station became a fight.");
  CHECK(c.sources == std::vector<std::string>{"Bradley 1991, p. 88", "EVENTS.md E12"});
  CHECK(c.first == to_day_number({1918, 5, 14}));
  CHECK(c.last == to_day_number({1918, 5, 28}));
  REQUIRE(c.view);
  CHECK(c.view->west == 55);
  CHECK(c.view->north == 58);
  REQUIRE(c.layers);
  CHECK(c.layers->layer_shown(Layer::Railways));
  CHECK(c.layers->layer_shown(Layer::Movements));
  CHECK_FALSE(c.layers->layer_shown(Layer::Missions));
  CHECK_FALSE(c.layers->layer_shown(Layer::Units));
  CHECK(c.highlight == std::vector<std::string>{"ev-chelyabinsk", "legion-1"});
  CHECK(c.seconds == 7);
  CHECK(s.chapters[1].first == s.chapters[1].last);
  CHECK_FALSE(s.chapters[1].view);
  CHECK_FALSE(s.chapters[1].layers);
  // The second chapter lacks translations: a warning, not an error.
  CHECK(has_problem(r, 24, "no ru translation"));
  CHECK(r.messages("x.story").front().rfind("x.story:24: warning:", 0) == 0);
}

TEST_CASE("story: broken files are refused with the line and what is wrong", "[story]") {
  struct Case {
    std::string text;
    int line;
    std::string says;
  };
  const std::string head = "[story]\ntitle = T\n[chapter]\ntitle = C\ncaption = x\nsources = s\n";
  const Case cases[] = {
      {head + "date = 1918-13-01\n", 7, "is not a day"},
      {head + "date = 1918-05\n", 7, "is not a day"},  // a month is not a day to play
      {head + "date = 1918-06-01/1918-05-01\n", 7, "ends before it starts"},
      {head + "date = 1918-05-01\nview = 60 50 55 58\n", 8, "west must be less than east"},
      {head + "date = 1918-05-01\nview = 60 50 70\n", 8, "four numbers"},
      {head + "date = 1918-05-01\nview = 200 50 210 58\n", 8, "outside the globe"},
      {head + "date = 1918-05-01\nlayers = railways trains\n", 8, "'trains' is not a layer"},
      {head + "date = 1918-05-01\nseconds = 0\n", 8, "from 1 to 60"},
      {head + "date = 1918-05-01\ncolour = red\n", 8, "unknown key 'colour'"},
      {head + "date = 1918-05-01\ntitle.de = T\n", 8, "'de' is not one of"},
      {head + "date = 1918-05-01\n[epilogue]\n", 8, "unknown section"},
      {head + "date = 1918-05-01\nno equals sign here\n", 8, "expected 'key = value'"},
      {"[story]\ntitle = T\n[chapter]\ntitle = C\ncaption = x\n", 3, "has no date"},
      {"[story]\ntitle = T\n[chapter]\ncaption = x\ndate = 1918-05-01\n", 3, "has no title"},
      {"[story]\ntitle = T\n[chapter]\ntitle = C\ndate = 1918-05-01\n", 3, "has no caption"},
      {"title = T\n", 1, "before the [story] section"},
      {"[story]\ntitle = T\n", 0, "has no [chapter]"},
      {"", 0, "no [story] section"},
      {"[chapter]\ntitle = C\ncaption = x\ndate = 1918-05-01\n", 0, "no [story] section"},
      {std::string("[story]\ntitle = \xC0\xAF\n"), 0, "not UTF-8"},
  };
  for (const Case& c : cases) {
    const StoryParse r = parse(c.text);
    INFO(c.text << "\n--\n" << all_messages(r));
    CHECK_FALSE(r.story);
    CHECK(has_problem(r, c.line, c.says));
  }
}

TEST_CASE("story: a file of noise is refused without a crash", "[story]") {
  std::string noise;
  for (int i = 0; i < 5000; ++i) noise += static_cast<char>("[]=\n #.a1/"[i * 7 % 11]);
  const StoryParse r = parse(noise);
  CHECK_FALSE(r.story);
  CHECK_FALSE(r.problems.empty());
  // A caption far longer than a caption is cut, with a warning.
  const std::string head =
      "[story]\ntitle = T\n[chapter]\ntitle = C\nsources = s\ndate = 1918-05-01\n";
  const StoryParse big = parse(head + "caption = " + std::string(100000, 'a') + "\n");
  REQUIRE(big.story);
  CHECK(big.story->chapters[0].caption.in(Language::En).size() == 4000);
  CHECK(has_problem(big, 7, "at most 4000"));
}

TEST_CASE("story: the shipped stories read without errors", "[story]") {
  for (const char* name : {"legion-revolt", "alash-army", "missions"}) {
    std::ifstream in(std::string(HISTMAP_STORIES) + "/" + name + ".story", std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    const StoryParse r = parse_story(ss.str(), name);
    INFO(name << "\n" << all_messages(r));
    REQUIRE(r.story);
    CHECK(r.problems.empty());  // not even a missing translation
    CHECK(r.story->chapters.size() >= 3);
    for (const Chapter& c : r.story->chapters) {
      CHECK_FALSE(c.sources.empty());
      CHECK(c.first >= to_day_number({1917, 1, 1}));
      CHECK(c.last <= to_day_number({1920, 12, 31}));
    }
  }
}

TEST_CASE("story player: travel, play and rest on a clock", "[story]") {
  const StoryParse r = parse(kGood);
  REQUIRE(r.story);
  const Story& s = *r.story;
  StoryPlayer p;
  const double from = to_day_number({1918, 1, 1});
  p.start(s, 0, 100.0, from);
  const Chapter& c = s.chapters[0];
  // Travel: from the day we were on to the chapter's first, eased.
  CHECK(p.phase_at(100.0) == StoryPhase::Travel);
  CHECK(p.day_at(100.0) == Approx(from));
  const double mid = p.day_at(100.0 + p.timing.travel_seconds / 2);
  CHECK(mid == Approx((from + c.first) / 2));
  // Play: the range at the chapter's own pace (7 seconds for 14 days).
  const double play_start = 100.0 + p.timing.travel_seconds;
  CHECK(p.phase_at(play_start + 0.01) == StoryPhase::Play);
  CHECK(p.day_at(play_start) == Approx(c.first));
  CHECK(p.day_at(play_start + 3.5) == Approx(c.first + 7));
  // Rest: holds the last day.
  CHECK(p.phase_at(play_start + 7.5) == StoryPhase::Rest);
  CHECK(p.day_at(play_start + 100) == Approx(c.last));
  // By hand nothing moves on by itself.
  CHECK_FALSE(p.update(play_start + 1000));
  CHECK(p.chapter() == 0);
  // Next travels from where time stood.
  CHECK(p.next(play_start + 1000));
  CHECK(p.day_at(play_start + 1000) == Approx(c.last));
  CHECK_FALSE(p.next(play_start + 1001));  // the last chapter
  CHECK(p.previous(play_start + 1002));
  CHECK(p.chapter() == 0);
  CHECK_FALSE(p.previous(play_start + 1003));
  CHECK(p.go_to(1, 2000));
  CHECK_FALSE(p.go_to(2, 2000));
}

TEST_CASE("story player: autoplay moves on after the reading time and finishes", "[story]") {
  const StoryParse r = parse(kGood);
  REQUIRE(r.story);
  StoryPlayer p;
  p.autoplay = true;
  p.start(*r.story, 0, 0.0, 0.0);
  const double first = p.chapter_seconds(r.story->chapters[0]);
  CHECK(first == Approx(p.timing.travel_seconds + 7 + p.timing.min_rest_seconds));
  CHECK_FALSE(p.update(first - 0.01));
  CHECK(p.update(first + 0.01));
  CHECK(p.chapter() == 1);
  CHECK(p.chapter_start() == Approx(first));  // exact on the clock, whenever update came
  CHECK_FALSE(p.finished());
  // A one-day chapter does not play: travel, then rest.
  CHECK(p.play_seconds(r.story->chapters[1]) == 0);
  p.update(first + p.chapter_seconds(r.story->chapters[1]) + 0.01);
  CHECK(p.finished());
  CHECK(p.story_seconds(*r.story) == Approx(first + p.chapter_seconds(r.story->chapters[1])));
  // A long stall passes several chapters at once, each on time.
  StoryPlayer q;
  q.autoplay = true;
  q.start(*r.story, 0, 0.0, 0.0);
  q.update(1e6);
  CHECK(q.finished());
  CHECK(q.chapter() == 1);
}

TEST_CASE("story player: reading time follows the caption's length, within bounds", "[story]") {
  Chapter c;
  StoryPlayer p;
  c.caption.text[0] = "Short.";
  CHECK(p.rest_seconds(c) == p.timing.min_rest_seconds);
  std::string words;
  for (int i = 0; i < 30; ++i) words += "word ";
  c.caption.text[0] = words;
  CHECK(p.rest_seconds(c) == Approx(10));
  for (int i = 0; i < 300; ++i) words += "word ";
  c.caption.text[0] = words;
  CHECK(p.rest_seconds(c) == p.timing.max_rest_seconds);
  // The default pace: about a week of history a second, 4 to 12 seconds.
  c.first = 0;
  c.last = 3;
  CHECK(chapter_play_seconds(c) == 4);
  c.last = 56;
  CHECK(chapter_play_seconds(c) == 8);
  c.last = 700;
  CHECK(chapter_play_seconds(c) == 12);
}

}  // namespace histmap
