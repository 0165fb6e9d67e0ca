// Unit tests: the 2D map camera (core/camera.h).
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "core/atlas.h"
#include "core/camera.h"

namespace histmap {
namespace {

Camera make_camera() {
  Camera c;
  c.center_x = 4'000'000;
  c.center_y = -1'500'000;
  c.meters_per_pixel = 2500;
  c.width = 1280;
  c.height = 720;
  return c;
}

Bounds make_bounds(double x0, double y0, double x1, double y1) {
  Bounds b;
  b.add(x0, y0);
  b.add(x1, y1);
  return b;
}

}  // namespace

TEST_CASE("camera: the centre is in the middle of the screen, y points down", "[camera]") {
  const Camera c = make_camera();
  const Vec2 mid = c.world_to_screen(c.center_x, c.center_y);
  CHECK(mid.x == Approx(640));
  CHECK(mid.y == Approx(360));
  // 100 px right and 100 px up on screen is +x and +y in the world.
  const Vec2 ne = c.world_to_screen(c.center_x + 100 * c.meters_per_pixel,
                                    c.center_y + 100 * c.meters_per_pixel);
  CHECK(ne.x == Approx(740));
  CHECK(ne.y == Approx(260));
  const Vec2 corner = c.screen_to_world(0, 0);
  CHECK(corner.x == Approx(c.center_x - 640 * c.meters_per_pixel));
  CHECK(corner.y == Approx(c.center_y + 360 * c.meters_per_pixel));
}

TEST_CASE("camera: world_to_screen and screen_to_world are inverses", "[camera]") {
  const Camera c = make_camera();
  for (double sx : {0.0, 17.5, 640.0, 1279.0, -300.0, 5000.0})
    for (double sy : {0.0, 360.0, 719.5, -20.0}) {
      const Vec2 w = c.screen_to_world(sx, sy);
      const Vec2 s = c.world_to_screen(w.x, w.y);
      CHECK(s.x == Approx(sx).margin(1e-6));
      CHECK(s.y == Approx(sy).margin(1e-6));
    }
  for (double wx : {-2e6, 0.0, 4e6, 7.3e6})
    for (double wy : {-3e6, 0.0, 1.25e6}) {
      const Vec2 s = c.world_to_screen(wx, wy);
      const Vec2 w = c.screen_to_world(s.x, s.y);
      CHECK(w.x == Approx(wx).margin(1e-3));
      CHECK(w.y == Approx(wy).margin(1e-3));
    }
}

TEST_CASE("camera: pan_pixels drags the map with the pointer", "[camera]") {
  Camera c = make_camera();
  const double sx = 300, sy = 200;
  const Vec2 grabbed = c.screen_to_world(sx, sy);
  const double dx = 57, dy = -23;
  c.pan_pixels(dx, dy);
  const Vec2 now = c.world_to_screen(grabbed.x, grabbed.y);
  CHECK(now.x == Approx(sx + dx));
  CHECK(now.y == Approx(sy + dy));
  // The scale does not change.
  CHECK(c.meters_per_pixel == 2500);
  // And back.
  c.pan_pixels(-dx, -dy);
  CHECK(c.center_x == Approx(4'000'000));
  CHECK(c.center_y == Approx(-1'500'000));
}

TEST_CASE("camera: zoom_about keeps the point under the pointer fixed", "[camera]") {
  const double factor = GENERATE(1.1, 2.0, 0.5, 1 / 1.1, 3.7, 1.0);
  Camera c = make_camera();
  const double sx = 1000, sy = 150;
  const Vec2 before = c.screen_to_world(sx, sy);
  c.zoom_about(sx, sy, factor);
  INFO("factor " << factor);
  CHECK(c.meters_per_pixel == Approx(2500 / factor));
  const Vec2 after = c.screen_to_world(sx, sy);
  CHECK(after.x == Approx(before.x).margin(1e-3));
  CHECK(after.y == Approx(before.y).margin(1e-3));
  const Vec2 s = c.world_to_screen(before.x, before.y);
  CHECK(s.x == Approx(sx).margin(1e-6));
  CHECK(s.y == Approx(sy).margin(1e-6));
}

TEST_CASE("camera: zooming about the centre does not move the centre", "[camera]") {
  Camera c = make_camera();
  c.zoom_about(640, 360, 2);
  CHECK(c.center_x == Approx(4'000'000));
  CHECK(c.center_y == Approx(-1'500'000));
  CHECK(c.meters_per_pixel == Approx(1250));
}

TEST_CASE("camera: zoom is clamped to street and hemisphere scale", "[camera]") {
  Camera c = make_camera();
  SECTION("zooming far in stops at kMinMetersPerPixel") {
    const Vec2 before = c.screen_to_world(100, 600);
    c.zoom_about(100, 600, 1e6);
    CHECK(c.meters_per_pixel == Camera::kMinMetersPerPixel);
    // Even when clamped, the point under the pointer stays.
    const Vec2 after = c.screen_to_world(100, 600);
    CHECK(after.x == Approx(before.x).margin(1e-3));
    CHECK(after.y == Approx(before.y).margin(1e-3));
    c.zoom_about(100, 600, 2);
    CHECK(c.meters_per_pixel == Camera::kMinMetersPerPixel);
  }
  SECTION("zooming far out stops at kMaxMetersPerPixel") {
    c.zoom_about(100, 600, 1e-6);
    CHECK(c.meters_per_pixel == Camera::kMaxMetersPerPixel);
    c.zoom_about(100, 600, 0.5);
    CHECK(c.meters_per_pixel == Camera::kMaxMetersPerPixel);
  }
  SECTION("step by step") {
    for (int i = 0; i < 200; ++i) c.zoom_about(640, 360, 1.25);
    CHECK(c.meters_per_pixel == Camera::kMinMetersPerPixel);
    for (int i = 0; i < 200; ++i) c.zoom_about(640, 360, 0.8);
    CHECK(c.meters_per_pixel == Camera::kMaxMetersPerPixel);
  }
}

TEST_CASE("camera: zoom_about ignores meaningless factors", "[camera]") {
  const double factor = GENERATE(0.0, -2.0, std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::infinity());
  Camera c = make_camera();
  c.zoom_about(100, 100, factor);
  INFO("factor " << factor);
  CHECK(c.meters_per_pixel == 2500);
  CHECK(c.center_x == 4'000'000);
  CHECK(c.center_y == -1'500'000);
}

TEST_CASE("camera: fit shows the whole bounds", "[camera]") {
  Camera c = make_camera();
  const Bounds b = make_bounds(1'000'000, 2'000'000, 5'000'000, 3'000'000);
  const double margin = 40;
  c.fit(b, margin);
  CHECK(c.center_x == Approx(3'000'000));
  CHECK(c.center_y == Approx(2'500'000));
  for (double x : {b.min_x, b.max_x})
    for (double y : {b.min_y, b.max_y}) {
      const Vec2 s = c.world_to_screen(x, y);
      CHECK(s.x >= margin - 1e-6);
      CHECK(s.x <= c.width - margin + 1e-6);
      CHECK(s.y >= margin - 1e-6);
      CHECK(s.y <= c.height - margin + 1e-6);
    }
  // Wide bounds: the width fills the usable width exactly.
  CHECK((b.max_x - b.min_x) / c.meters_per_pixel == Approx(c.width - 2 * margin));
}

TEST_CASE("camera: fit a tall area", "[camera]") {
  Camera c = make_camera();
  const Bounds b = make_bounds(0, 0, 100'000, 2'000'000);
  c.fit(b, 10);
  CHECK((b.max_y - b.min_y) / c.meters_per_pixel == Approx(c.height - 20));
  const Vec2 top = c.world_to_screen(b.min_x, b.max_y);
  const Vec2 bottom = c.world_to_screen(b.max_x, b.min_y);
  CHECK(top.y == Approx(10));
  CHECK(bottom.y == Approx(c.height - 10));
}

TEST_CASE("camera: fit of a point or empty bounds", "[camera]") {
  Camera c = make_camera();
  SECTION("a single point is centred at the closest scale") {
    const Bounds b = make_bounds(123, 456, 123, 456);
    c.fit(b, 20);
    CHECK(c.center_x == Approx(123));
    CHECK(c.center_y == Approx(456));
    CHECK(c.meters_per_pixel == Camera::kMinMetersPerPixel);
  }
  SECTION("empty bounds leave the camera alone") {
    const Bounds b;
    c.fit(b, 20);
    CHECK(c.center_x == 4'000'000);
    CHECK(c.meters_per_pixel == 2500);
  }
  SECTION("a margin wider than the window does not break the scale") {
    const Bounds b = make_bounds(0, 0, 1'000'000, 1'000'000);
    c.fit(b, 5000);
    CHECK(std::isfinite(c.meters_per_pixel));
    CHECK(c.meters_per_pixel >= Camera::kMinMetersPerPixel);
    CHECK(c.meters_per_pixel <= Camera::kMaxMetersPerPixel);
  }
}

TEST_CASE("camera: clamp_to keeps the centre within the data", "[camera]") {
  const Bounds b = make_bounds(-1000, -2000, 1000, 2000);
  Camera c = make_camera();
  c.center_x = 5000;
  c.center_y = -9000;
  c.clamp_to(b);
  CHECK(c.center_x == 1000);
  CHECK(c.center_y == -2000);
  c.center_x = -7000;
  c.center_y = 2500;
  c.clamp_to(b);
  CHECK(c.center_x == -1000);
  CHECK(c.center_y == 2000);
  c.center_x = 10;
  c.center_y = 20;
  c.clamp_to(b);
  CHECK(c.center_x == 10);
  CHECK(c.center_y == 20);
  const Bounds empty;
  c.center_x = 1e9;
  c.clamp_to(empty);
  CHECK(c.center_x == 1e9);
}

TEST_CASE("Bounds::add ignores non-finite coordinates", "[camera][atlas]") {
  Bounds b;
  CHECK(b.empty);
  b.add(std::numeric_limits<double>::quiet_NaN(), 1);
  CHECK(b.empty);
  b.add(3, 4);
  CHECK_FALSE(b.empty);
  b.add(-1, std::numeric_limits<double>::infinity());
  b.add(5, -2);
  CHECK(b.min_x == 3);
  CHECK(b.max_x == 5);
  CHECK(b.min_y == -2);
  CHECK(b.max_y == 4);
}

}  // namespace histmap

namespace histmap {

TEST_CASE("camera: a flight starts at the view, eases to the target and ends there", "[camera]") {
  Camera from;
  from.center_x = 0;
  from.center_y = 0;
  from.meters_per_pixel = 4000;
  Camera to = from;
  to.center_x = 1'000'000;
  to.meters_per_pixel = 1000;
  CameraFlight f;
  f.begin(from, to, 10.0, 1.0);
  CHECK(f.at(10.0).center_x == Approx(0));
  // Eased: slow at the start, halfway at half time, the scale the geometric mean.
  CHECK(f.at(10.1).center_x < 100'000);
  const Camera mid = f.at(10.5);
  CHECK(mid.center_x == Approx(500'000));
  CHECK(mid.meters_per_pixel == Approx(2000));
  CHECK(f.active);
  const Camera end = f.at(11.2);
  CHECK(end.center_x == Approx(1'000'000));
  CHECK(end.meters_per_pixel == Approx(1000));
  CHECK_FALSE(f.active);
}

TEST_CASE("camera: focus_on centres a point close up, fits an area", "[camera]") {
  Camera c;
  c.width = 1000;
  c.height = 500;
  c.meters_per_pixel = 5000;
  Bounds point;
  point.add(2'000'000, 300'000);
  const Camera p = focus_on(c, point, 1500);
  CHECK(p.center_x == Approx(2'000'000));
  CHECK(p.meters_per_pixel == Approx(1500));
  Bounds area;
  area.add(0, 0);
  area.add(4'000'000, 1'000'000);
  const Camera a = focus_on(c, area, 1500);
  CHECK(a.center_x == Approx(2'000'000));
  CHECK(a.meters_per_pixel > 4000);  // the whole area fits the view
}

TEST_CASE("camera: it cannot zoom out so far that the data becomes a dot", "[camera]") {
  Camera c;
  c.width = 1000;
  c.height = 500;
  c.meters_per_pixel = 90'000;
  Bounds b;
  b.add(0, 0);
  b.add(1'000'000, 500'000);
  c.clamp_to(b);
  CHECK(c.meters_per_pixel == Approx(3000));
}

}  // namespace histmap
