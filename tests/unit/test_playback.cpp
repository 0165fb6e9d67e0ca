// Unit tests: the time slider's clock (core/playback.h).
#include <catch2/catch.hpp>

#include <limits>

#include "core/playback.h"

namespace histmap {
namespace {

Playback make_playback() {
  Playback p;
  p.first = 1000;
  p.last = 1100;
  p.t = 1000;
  p.days_per_second = 5;
  return p;
}

}  // namespace

TEST_CASE("playback: advance does nothing while paused", "[playback]") {
  Playback p = make_playback();
  p.t = 1020;
  p.advance(3);
  CHECK(p.t == 1020);
  CHECK_FALSE(p.playing);
}

TEST_CASE("playback: advance moves by seconds times speed", "[playback]") {
  Playback p = make_playback();
  p.toggle();
  REQUIRE(p.playing);
  p.advance(2);
  CHECK(p.t == Approx(1010));
  p.advance(0.1);
  CHECK(p.t == Approx(1010.5));
  p.set_speed(20);
  p.advance(1.5);
  CHECK(p.t == Approx(1040.5));
  CHECK(p.playing);
}

TEST_CASE("playback: advance ignores zero, negative and NaN seconds", "[playback]") {
  Playback p = make_playback();
  p.t = 1050;
  p.playing = true;
  p.advance(0);
  CHECK(p.t == 1050);
  p.advance(-4);
  CHECK(p.t == 1050);
  p.advance(std::numeric_limits<double>::quiet_NaN());
  CHECK(p.t == 1050);
  CHECK(p.playing);
}

TEST_CASE("playback: without loop it stops at the last day", "[playback]") {
  Playback p = make_playback();
  p.t = 1095;
  p.playing = true;
  p.advance(0.5);  // 1097.5
  CHECK(p.t == Approx(1097.5));
  CHECK(p.playing);
  p.advance(10);  // would be 1147.5
  CHECK(p.t == 1100);
  CHECK_FALSE(p.playing);
  p.advance(10);
  CHECK(p.t == 1100);
}

TEST_CASE("playback: with loop it wraps to the first day", "[playback]") {
  Playback p = make_playback();
  p.loop = true;
  p.t = 1095;
  p.playing = true;
  p.advance(2);  // 1105 -> 1005
  CHECK(p.t == Approx(1005));
  CHECK(p.playing);
  p.advance(40);  // +200 days -> 1205 -> 1005 after two wraps
  CHECK(p.t == Approx(1005));
  CHECK(p.t >= p.first);
  CHECK(p.t < p.last);
  CHECK(p.playing);
}

TEST_CASE("playback: loop over an empty range stops instead of spinning", "[playback]") {
  Playback p;
  p.first = p.last = 500;
  p.t = 500;
  p.loop = true;
  p.playing = true;
  p.advance(1);
  CHECK(p.t == 500);
  CHECK_FALSE(p.playing);
}

TEST_CASE("playback: toggle plays and pauses, at the end it restarts", "[playback]") {
  Playback p = make_playback();
  p.t = 1050;
  p.toggle();
  CHECK(p.playing);
  CHECK(p.t == 1050);
  p.toggle();
  CHECK_FALSE(p.playing);
  CHECK(p.t == 1050);

  p.t = 1100;
  p.toggle();
  CHECK(p.playing);
  CHECK(p.t == 1000);

  // Played to the end, then pressed play again.
  p.advance(1000);
  REQUIRE_FALSE(p.playing);
  REQUIRE(p.t == 1100);
  p.toggle();
  CHECK(p.playing);
  CHECK(p.t == 1000);
}

TEST_CASE("playback: set_day clamps to the range and ignores NaN", "[playback]") {
  Playback p = make_playback();
  p.set_day(1042.25);
  CHECK(p.t == 1042.25);
  p.set_day(5);
  CHECK(p.t == 1000);
  p.set_day(1e9);
  CHECK(p.t == 1100);
  p.set_day(1050);
  p.set_day(std::numeric_limits<double>::quiet_NaN());
  CHECK(p.t == 1050);
}

TEST_CASE("playback: set_speed clamps", "[playback]") {
  Playback p = make_playback();
  p.set_speed(10);
  CHECK(p.days_per_second == 10);
  p.set_speed(0);
  CHECK(p.days_per_second == Playback::kMinSpeed);
  p.set_speed(-50);
  CHECK(p.days_per_second == Playback::kMinSpeed);
  p.set_speed(1e6);
  CHECK(p.days_per_second == Playback::kMaxSpeed);
  p.set_speed(3);
  p.set_speed(std::numeric_limits<double>::quiet_NaN());
  CHECK(p.days_per_second == 3);
}

}  // namespace histmap
