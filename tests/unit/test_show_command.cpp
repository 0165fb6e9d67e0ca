// Unit tests: show-control messages (core/show_command.h): every address in its good and bad
// forms, what errors say, and the message a master sends.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "core/date.h"
#include "core/show_command.h"

namespace histmap {
namespace {

OscMessage msg(std::string path, std::vector<OscArg> args = {}) {
  return {std::move(path), std::move(args)};
}

ShowCommand ok(const OscMessage& m) {
  std::string error = "stale";
  const std::optional<ShowCommand> c = parse_show_command(m, error);
  INFO(error);
  REQUIRE(c);
  CHECK(error.empty());
  return *c;
}

std::string bad(const OscMessage& m) {
  std::string error;
  const std::optional<ShowCommand> c = parse_show_command(m, error);
  REQUIRE_FALSE(c);
  CHECK_FALSE(error.empty());
  return error;
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

constexpr DayNumber k19180527 = -18847;

}  // namespace

TEST_CASE("show: the day number of the example date in the header is right", "[show]") {
  CHECK(to_day_number({1918, 5, 27}) == k19180527);
}

TEST_CASE("show: /histmap/date takes an ISO date", "[show]") {
  const ShowCommand c = ok(msg("/histmap/date", {OscArg::string("1918-05-27")}));
  CHECK(c.kind == ShowCommand::Kind::Date);
  CHECK(c.day == k19180527);
  // A symbol (S) reads as a string; a month means its first day, as --date does.
  OscArg sym = OscArg::string("1918-06");
  sym.type = 'S';
  CHECK(ok(msg("/histmap/date", {sym})).day == to_day_number({1918, 6, 1}));
}

TEST_CASE("show: /histmap/date takes a day number of every numeric type", "[show]") {
  CHECK(ok(msg("/histmap/date", {OscArg::int32(k19180527)})).day == k19180527);
  CHECK(ok(msg("/histmap/date", {OscArg::int64(k19180527)})).day == k19180527);
  CHECK(ok(msg("/histmap/date", {OscArg::float32(-18847.0f)})).day == k19180527);
  CHECK(ok(msg("/histmap/date", {OscArg::float64(0)})).day == 0);  // 1970-01-01
}

TEST_CASE("show: /histmap/date keeps a fractional day, so followers move smoothly", "[show]") {
  const ShowCommand c = ok(msg("/histmap/date", {OscArg::float64(k19180527 + 0.25)}));
  CHECK(c.day == Approx(k19180527 + 0.25));
  CHECK(describe(c) == "date 1918-05-27 +0.25");
  // Before 1970 the day is negative and its floor is the day it falls in.
  const ShowCommand d = ok(msg("/histmap/date", {OscArg::float64(k19180527 - 0.5)}));
  CHECK(describe(d) == "date 1918-05-26 +0.50");
}

TEST_CASE("show: /histmap/date refuses what is not one day", "[show]") {
  const std::string e = bad(msg("/histmap/date", {OscArg::string("1918-02-30")}));
  CHECK(contains(e, "/histmap/date: expected"));
  CHECK(contains(e, "got 's' \"1918-02-30\""));
  CHECK(contains(bad(msg("/histmap/date", {OscArg::string("1918-05-25/1918-05-27")})),
                 "an interval is not one day"));
  CHECK(contains(bad(msg("/histmap/date", {OscArg::string("tomorrow")})), "\"tomorrow\""));
  CHECK(contains(bad(msg("/histmap/date")), "got no arguments"));
  CHECK(contains(bad(msg("/histmap/date", {OscArg::string("1918-05-27"), OscArg::int32(1)})),
                 "got 'si' \"1918-05-27\" 1"));
  CHECK(contains(bad(msg("/histmap/date", {OscArg::boolean(true)})), "got 'T'"));
}

TEST_CASE("show: /histmap/date refuses numbers outside the years 1 to 9999", "[show]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(contains(bad(msg("/histmap/date", {OscArg::float64(nan)})), "outside the years"));
  CHECK(contains(bad(msg("/histmap/date", {OscArg::float64(inf)})), "outside the years"));
  CHECK(contains(bad(msg("/histmap/date", {OscArg::int64(std::int64_t{1} << 40)})),
                 "outside the years"));
  const DayNumber first = to_day_number({1, 1, 1});
  const DayNumber last = to_day_number({9999, 12, 31});
  CHECK(ok(msg("/histmap/date", {OscArg::int32(first)})).day == first);
  CHECK(ok(msg("/histmap/date", {OscArg::float64(last + 0.9)})).day == Approx(last + 0.9));
  bad(msg("/histmap/date", {OscArg::int32(first - 1)}));
  bad(msg("/histmap/date", {OscArg::int32(last + 1)}));
}

TEST_CASE("show: /histmap/play and /histmap/pause with no arguments", "[show]") {
  CHECK(ok(msg("/histmap/play")).kind == ShowCommand::Kind::Play);
  CHECK(ok(msg("/histmap/pause")).kind == ShowCommand::Kind::Pause);
}

TEST_CASE("show: a cue's 1.0 is the cue, a button's release (0) is ignored unlogged", "[show]") {
  CHECK(ok(msg("/histmap/play", {OscArg::float32(1.0f)})).kind == ShowCommand::Kind::Play);
  CHECK(ok(msg("/histmap/play", {OscArg::int32(1)})).kind == ShowCommand::Kind::Play);
  CHECK(ok(msg("/histmap/pause", {OscArg::float64(1)})).kind == ShowCommand::Kind::Pause);
  CHECK(ok(msg("/histmap/pause", {OscArg::boolean(true)})).kind == ShowCommand::Kind::Pause);
  for (const OscArg& release : {OscArg::float32(0), OscArg::int32(0), OscArg::boolean(false)}) {
    for (const char* path : {"/histmap/play", "/histmap/pause"}) {
      std::string error = "stale";
      CHECK_FALSE(parse_show_command(msg(path, {release}), error));
      CHECK(error.empty());  // nothing to log
    }
  }
}

TEST_CASE("show: /histmap/play refuses other arguments and names them", "[show]") {
  const std::string e = bad(msg("/histmap/play", {OscArg::string("now")}));
  CHECK(contains(e, "/histmap/play: expected no arguments"));
  CHECK(contains(e, "got 's' \"now\""));
  CHECK(contains(bad(msg("/histmap/pause", {OscArg::int32(1), OscArg::int32(1)})), "got 'ii' 1 1"));
  CHECK(contains(
      bad(msg("/histmap/play", {OscArg::float64(std::numeric_limits<double>::quiet_NaN())})),
      "got 'd' nan"));
}

TEST_CASE("show: /histmap/story takes a story's name and refuses paths", "[show]") {
  const ShowCommand c = ok(msg("/histmap/story", {OscArg::string("legion-revolt")}));
  CHECK(c.kind == ShowCommand::Kind::Story);
  CHECK(c.story == "legion-revolt");
  CHECK(ok(msg("/histmap/story", {OscArg::string("alash_1918.v2")})).story == "alash_1918.v2");
  for (const char* name :
       {"", "../etc/passwd", "/etc/passwd", ".hidden", "a/b", "a b", "a..b", "Алаш"}) {
    INFO(name);
    const std::string e = bad(msg("/histmap/story", {OscArg::string(name)}));
    CHECK(contains(e, "/histmap/story: expected one story name (s)"));
  }
  CHECK(contains(bad(msg("/histmap/story", {OscArg::string(std::string(65, 'a'))})),
                 "at most 64 bytes"));
  ok(msg("/histmap/story", {OscArg::string(std::string(64, 'a'))}));
  CHECK(contains(bad(msg("/histmap/story", {OscArg::int32(2)})), "got 'i' 2"));
  CHECK(contains(bad(msg("/histmap/story")), "got no arguments"));
}

TEST_CASE("show: /histmap/chapter takes a whole number from 1", "[show]") {
  CHECK(ok(msg("/histmap/chapter", {OscArg::int32(3)})).chapter == 3);
  CHECK(ok(msg("/histmap/chapter", {OscArg::int32(3)})).kind == ShowCommand::Kind::Chapter);
  CHECK(ok(msg("/histmap/chapter", {OscArg::int64(1)})).chapter == 1);
  CHECK(ok(msg("/histmap/chapter", {OscArg::float32(2.0f)})).chapter == 2);  // float consoles
  CHECK(ok(msg("/histmap/chapter", {OscArg::float64(999)})).chapter == 999);
}

TEST_CASE("show: /histmap/chapter errors name the address, the type and the value", "[show]") {
  CHECK(bad(msg("/histmap/chapter", {OscArg::string("two")})) ==
        "/histmap/chapter: expected one whole number from 1 to 999 (i), got 's' \"two\"");
  CHECK(contains(bad(msg("/histmap/chapter", {OscArg::int32(0)})), "got 'i' 0"));
  CHECK(contains(bad(msg("/histmap/chapter", {OscArg::int32(-2)})), "got 'i' -2"));
  CHECK(contains(bad(msg("/histmap/chapter", {OscArg::int32(1000)})), "got 'i' 1000"));
  CHECK(contains(bad(msg("/histmap/chapter", {OscArg::float32(2.5f)})), "got 'f' 2.5"));
  CHECK(contains(
      bad(msg("/histmap/chapter", {OscArg::float64(std::numeric_limits<double>::infinity())})),
      "got 'd' inf"));
  CHECK(contains(bad(msg("/histmap/chapter")), "got no arguments"));
}

TEST_CASE("show: /histmap/language takes en, ru, kk, cs", "[show]") {
  CHECK(ok(msg("/histmap/language", {OscArg::string("en")})).language == Language::En);
  CHECK(ok(msg("/histmap/language", {OscArg::string("ru")})).language == Language::Ru);
  CHECK(ok(msg("/histmap/language", {OscArg::string("kk")})).language == Language::Kk);
  CHECK(ok(msg("/histmap/language", {OscArg::string("cs")})).language == Language::Cs);
  CHECK(ok(msg("/histmap/language", {OscArg::string("KK")})).language == Language::Kk);
  CHECK(ok(msg("/histmap/language", {OscArg::string("kk")})).kind == ShowCommand::Kind::Language);
  const std::string e = bad(msg("/histmap/language", {OscArg::string("de")}));
  CHECK(e == "/histmap/language: expected one language code (s): en, ru, kk or cs, got 's' \"de\"");
  CHECK(contains(bad(msg("/histmap/language", {OscArg::int32(2)})), "got 'i' 2"));
}

TEST_CASE("show: an unknown address is named with the known ones", "[show]") {
  CHECK(bad(msg("/histmap/foo")) ==
        "unknown address /histmap/foo (known: /histmap/date, /histmap/play, /histmap/pause, "
        "/histmap/story, /histmap/chapter, /histmap/language)");
  CHECK(contains(bad(msg("/histmap/Date", {OscArg::string("1918-05-27")})),
                 "unknown address /histmap/Date"));  // OSC addresses are case-sensitive
  CHECK(contains(bad(msg("")), "unknown address (empty)"));
}

TEST_CASE("show: a hostile long string is never echoed whole", "[show]") {
  const std::string huge(64 * 1024, 'x');
  for (const char* path : {"/histmap/date", "/histmap/story", "/histmap/chapter",
                           "/histmap/language", "/histmap/play"}) {
    INFO(path);
    const std::string e = bad(msg(path, {OscArg::string(huge)}));
    CHECK(e.size() < 700);
    CHECK(contains(e, "(65536 bytes)"));
  }
  const std::string e = bad(msg("/" + huge));
  CHECK(e.size() < 400);
  CHECK(contains(e, "(65537 bytes)"));
  // Many arguments: the typetags and the values are cut short too.
  std::vector<OscArg> many(5000, OscArg::string(std::string(100, 'y')));
  const std::string m = bad(msg("/histmap/chapter", many));
  CHECK(m.size() < 700);
  CHECK(contains(m, "(5000 arguments)"));
}

TEST_CASE("show: control characters, quotes and broken UTF-8 are escaped in errors", "[show]") {
  const std::string e = bad(msg("/histmap/language", {OscArg::string("a\"b\\c\n\x01\xff")}));
  CHECK(contains(e, R"("a\"b\\c\x0A\x01\xFF")"));
  // Good UTF-8 stays as it is; a cut never splits a letter.
  const std::string kk = bad(msg("/histmap/language", {OscArg::string("Қазақша")}));
  CHECK(contains(kk, "\"Қазақша\""));
  std::string letters;
  for (int k = 0; k < 40; ++k) letters += "Қ";
  const std::string cut = log_safe(letters, 41);
  CHECK(cut.rfind("Қ… (80 bytes)") != std::string::npos);
  CHECK(log_safe("\xED\xA0\x80", 10) == "\\xED\\xA0\\x80");  // a UTF-16 surrogate
  CHECK(log_safe("\xC0\xAF", 10) == "\\xC0\\xAF");           // an overlong '/'
}

TEST_CASE("show: describe_args shows typetags and values", "[show]") {
  CHECK(describe_args({}) == "no arguments");
  CHECK(describe_args({OscArg::int32(3), OscArg::float32(1.5f), OscArg::string("x"),
                       OscArg::boolean(false)}) == "'ifsF' 3 1.5 \"x\"");
  OscArg blob;
  blob.type = 'b';
  blob.i = 12;
  CHECK(describe_args({blob}) == "'b' (blob of 12 bytes)");
}

TEST_CASE("show: the master's date message is the ISO day, which followers read back", "[show]") {
  const OscMessage m = date_message(k19180527 + 0.75);
  CHECK(m.path == "/histmap/date");
  REQUIRE(m.args.size() == 1);
  CHECK(m.args[0].type == 's');
  CHECK(m.args[0].s == "1918-05-27");  // the day it falls in: followers move day by day
  CHECK(ok(m).day == k19180527);
  CHECK(date_message(k19180527 - 0.25).args[0].s == "1918-05-26");
  // Out of range and NaN are clamped to the years a date can be written in.
  CHECK(date_message(1e12).args[0].s == "9999-12-31");
  CHECK(date_message(-1e12).args[0].s == "0001-01-01");
  CHECK(date_message(std::numeric_limits<double>::quiet_NaN()).args[0].s == "0001-01-01");
}

TEST_CASE("show: play_message and describe", "[show]") {
  CHECK(play_message(true).path == "/histmap/play");
  CHECK(play_message(false).path == "/histmap/pause");
  CHECK(play_message(true).args.empty());
  CHECK(ok(play_message(true)).kind == ShowCommand::Kind::Play);
  CHECK(ok(play_message(false)).kind == ShowCommand::Kind::Pause);
  ShowCommand c;
  c.kind = ShowCommand::Kind::Chapter;
  c.chapter = 3;
  CHECK(describe(c) == "chapter 3");
  c.kind = ShowCommand::Kind::Language;
  c.language = Language::Kk;
  CHECK(describe(c) == "language kk");
  c.kind = ShowCommand::Kind::Story;
  c.story = "legion-revolt";
  CHECK(describe(c) == "story legion-revolt");
  c.kind = ShowCommand::Kind::Date;
  c.day = k19180527;
  CHECK(describe(c) == "date 1918-05-27");
}

}  // namespace histmap
