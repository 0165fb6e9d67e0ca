// Unit tests: the frame timing of exports and the terminal's progress line (core/export_plan.h).
#include <catch2/catch.hpp>

#include <cmath>

#include "app/options.h"
#include "core/date.h"
#include "core/export_plan.h"

namespace histmap {

TEST_CASE("export plan: one frame a day when the days divide evenly", "[export]") {
  // 14 May to 13 June 1918 is 30 days: a second at 30 fps is 31 frames, one a day.
  const DayNumber from = to_day_number({1918, 5, 14}), to = to_day_number({1918, 6, 13});
  const ExportPlan p = make_export_plan(from, to, 30, 1.0);
  REQUIRE(p.frames == 31);
  for (int k = 0; k < p.frames; ++k) {
    INFO("frame " << k);
    CHECK(p.day(k) == static_cast<double>(from + k));  // exact: a whole day, no rounding
    CHECK(p.seconds(k) == Approx(k / 30.0));
  }
  CHECK(p.step_days() == 1.0);
}

TEST_CASE("export plan: frames from fps and duration, first and last frame exact", "[export]") {
  const DayNumber from = to_day_number({1918, 5, 14}), to = to_day_number({1918, 6, 30});
  const ExportPlan p = make_export_plan(from, to, 30, 10);
  CHECK(p.frames == 301);  // 300 steps of 10 seconds, and the last day itself
  CHECK(p.day(0) == from);
  CHECK(p.day(p.frames - 1) == to);
  // 47 days over 300 steps: fractional days in between, evenly spaced and increasing.
  CHECK(p.step_days() == Approx(47.0 / 300));
  for (int k = 1; k < p.frames; ++k) CHECK(p.day(k) - p.day(k - 1) == Approx(47.0 / 300));
  CHECK(p.day(150) == from + 23.5);
  // 47 and 300 share no factor: only the first and last frame fall on whole days.
  CHECK(std::floor(p.day(100)) != p.day(100));
}

TEST_CASE("export plan: rounding of fps x duration, and at least two frames", "[export]") {
  CHECK(make_export_plan(0, 10, 30, 0.5).frames == 16);
  CHECK(make_export_plan(0, 10, 24, 2.51).frames == 61);  // round(60.24) = 60 steps
  CHECK(make_export_plan(0, 10, 24, 2.53).frames == 62);  // round(60.72) = 61 steps
  CHECK(make_export_plan(0, 10, 1, 0.01).frames == 2);    // from and to, never fewer
  const ExportPlan same = make_export_plan(100, 100, 30, 1);
  CHECK(same.day(0) == 100);
  CHECK(same.day(same.frames - 1) == 100);
  // Out-of-range frame numbers clamp to the first and last frame.
  const ExportPlan p = make_export_plan(100, 130, 30, 1);
  CHECK(p.day(-5) == 100);
  CHECK(p.day(1000) == 130);
}

TEST_CASE("export plan: the progress line", "[export]") {
  CHECK(format_export_progress(135, 300, 14.7) ==
        "export [#########           ]  45%  135/300 frames  eta 18 s");
  CHECK(format_export_progress(0, 300, 0) == "export [                    ]   0%  0/300 frames");
  CHECK(format_export_progress(300, 300, 41.2) ==
        "export [####################] 100%  300/300 frames  took 42 s");
  // A minute on, minutes and seconds; an hour on, hours and minutes.
  CHECK(format_export_progress(1, 301, 0.5) ==
        "export [                    ]   0%  1/301 frames  eta 2 min 30 s");
  CHECK(format_export_progress(1, 10001, 1) ==
        "export [                    ]   0%  1/10001 frames  eta 2 h 46 min");
  // Nonsense in, a sane line out.
  CHECK(format_export_progress(5, 0, 1) ==
        "export [####################] 100%  1/1 frames  took 1 s");
}

TEST_CASE("export plan: a line every tenth where stderr is not a terminal", "[export]") {
  CHECK(export_progress_tenths(0, 301) == 0);
  CHECK(export_progress_tenths(30, 301) == 0);
  CHECK(export_progress_tenths(31, 301) == 1);
  CHECK(export_progress_tenths(300, 301) == 9);
  CHECK(export_progress_tenths(301, 301) == 10);
  CHECK(export_progress_tenths(1, 0) == 10);
}

TEST_CASE("export options: the frame size, and H.264's even sides", "[export][options]") {
  const auto parse = [](std::vector<std::string> args) {
    for (const char* a : {"--from", "1918-05-14", "--to", "1918-06-13"}) args.emplace_back(a);
    return parse_options(args);
  };
  int w = 0, h = 0;
  ParseResult r = parse({"--export-video", "a.mp4"});
  REQUIRE(r.error.empty());
  frame_size(r.options, w, h);
  CHECK((w == 1920 && h == 1080));  // the default, as --render's
  r = parse({"--export-video", "a.mp4", "--size", "1280x720", "--scale", "1.5"});
  REQUIRE(r.error.empty());
  frame_size(r.options, w, h);
  CHECK((w == 1920 && h == 1080));
  // yuv420p needs even sides: refused before anything is drawn, and said why.
  r = parse({"--export-video", "a.mp4", "--size", "321x180"});
  CHECK(r.error ==
        "--export-video: H.264 video needs an even width and height, and --size gives 321x180 "
        "pixels");
  // The product counts: 322x182 is even, but 1.5 times it is 483x273.
  CHECK(parse({"--export-video", "a.mp4", "--size", "320x180", "--scale", "1.5"}).error.empty());
  r = parse({"--export-video", "a.mp4", "--size", "322x182", "--scale", "1.5"});
  CHECK(r.error ==
        "--export-video: H.264 video needs an even width and height, and --size times --scale "
        "gives 483x273 pixels");
  // PNG frames may be any size.
  CHECK(parse({"--export-frames", "dir", "--size", "321x181"}).error.empty());
}

}  // namespace histmap
