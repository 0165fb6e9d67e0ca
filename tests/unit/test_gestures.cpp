// Unit tests: touch gestures for the map (core/gestures.h).
#include <catch2/catch.hpp>

#include <cmath>

#include "core/gestures.h"

namespace histmap {
namespace {

using G = GestureRecognizer;

// A quick touch that does not move: a tap, unless something says otherwise.
GestureOutput tap_at(G& g, double x, double y, double time) {
  g.down(7, x, y, time);
  return g.up(7, x, y, time + 0.1);
}

}  // namespace

TEST_CASE("gestures: one finger pans by its movement", "[gestures]") {
  G g;
  g.down(1, 100, 100, 0);
  CHECK(g.fingers() == 1);
  CHECK(g.active());
  double dx = 0, dy = 0;
  const double xs[] = {110, 125, 120, 160};
  const double ys[] = {95, 80, 90, 40};
  double t = 0;
  for (int i = 0; i < 4; ++i) {
    const GestureOutput o = g.move(1, xs[i], ys[i], t += 0.05);
    CHECK(o.zoom == 1);
    CHECK_FALSE(o.tap);
    dx += o.pan_dx;
    dy += o.pan_dy;
  }
  const GestureOutput last = g.move(1, 150, 50, t += 0.05);
  CHECK(last.pan_dx == Approx(-10));
  CHECK(last.pan_dy == Approx(10));
  dx += last.pan_dx;
  dy += last.pan_dy;
  const GestureOutput o = g.up(1, 150, 50, t + 0.05);
  CHECK(dx == Approx(50));
  CHECK(dy == Approx(-50));
  CHECK_FALSE(o.tap);
  CHECK(g.fingers() == 0);
  CHECK_FALSE(g.active());
}

TEST_CASE("gestures: a quick touch that barely moves is a tap", "[gestures]") {
  G g;
  g.down(1, 200, 300, 1.0);
  g.move(1, 204, 303, 1.1);  // 5 px: within the slop
  const GestureOutput o = g.up(1, 205, 302, 1.2);
  CHECK(o.tap);
  CHECK_FALSE(o.double_tap);
  CHECK(o.tap_x == 205);
  CHECK(o.tap_y == 302);
}

TEST_CASE("gestures: no tap after a drag", "[gestures]") {
  G g;
  SECTION("ending far away") {
    g.down(1, 200, 300, 1.0);
    g.move(1, 240, 300, 1.1);
    CHECK_FALSE(g.up(1, 240, 300, 1.2).tap);
  }
  SECTION("coming back to where it started") {
    g.down(1, 200, 300, 1.0);
    g.move(1, 200 + G::kTapSlopPx + 1, 300, 1.1);
    g.move(1, 200, 300, 1.15);
    CHECK_FALSE(g.up(1, 200, 300, 1.2).tap);
  }
}

TEST_CASE("gestures: no tap after a long press", "[gestures]") {
  G g;
  g.down(1, 200, 300, 1.0);
  CHECK_FALSE(g.up(1, 200, 300, 1.0 + G::kTapSeconds + 0.01).tap);
  g.down(1, 200, 300, 2.0);  // and a quick one still is
  CHECK(g.up(1, 200, 300, 2.0 + G::kTapSeconds - 0.05).tap);
}

TEST_CASE("gestures: two quick taps close together are a double tap", "[gestures]") {
  G g;
  const GestureOutput first = tap_at(g, 400, 400, 5.0);
  CHECK(first.tap);
  CHECK_FALSE(first.double_tap);
  const GestureOutput second = tap_at(g, 410, 395, 5.25);
  CHECK(second.tap);
  CHECK(second.double_tap);
  CHECK(second.tap_x == 410);
  CHECK(second.tap_y == 395);
  // The pair is used up: a third tap is a single one again, a fourth doubles it.
  const GestureOutput third = tap_at(g, 410, 395, 5.5);
  CHECK(third.tap);
  CHECK_FALSE(third.double_tap);
  CHECK(tap_at(g, 410, 395, 5.75).double_tap);
}

TEST_CASE("gestures: taps far apart or slow are not a double tap", "[gestures]") {
  G g;
  SECTION("far apart") {
    CHECK(tap_at(g, 400, 400, 5.0).tap);
    const GestureOutput o = tap_at(g, 400 + G::kDoubleTapSlopPx + 5, 400, 5.2);
    CHECK(o.tap);
    CHECK_FALSE(o.double_tap);
  }
  SECTION("slow") {
    CHECK(tap_at(g, 400, 400, 5.0).tap);
    const GestureOutput o = tap_at(g, 400, 400, 5.0 + G::kDoubleTapSeconds + 0.1);
    CHECK(o.tap);
    CHECK_FALSE(o.double_tap);
  }
  SECTION("a drag in between") {
    CHECK(tap_at(g, 400, 400, 5.0).tap);
    g.down(2, 400, 400, 5.1);
    g.move(2, 450, 400, 5.15);
    g.up(2, 450, 400, 5.2);
    CHECK_FALSE(tap_at(g, 400, 400, 5.25).double_tap);
  }
}

TEST_CASE("gestures: pinch out zooms in by the distance ratio about the midpoint", "[gestures]") {
  G g;
  g.down(1, 100, 200, 0);
  g.down(2, 200, 200, 0.01);
  CHECK(g.fingers() == 2);
  // Symmetric pinch: the midpoint stays at (150, 200), the distance goes 100 -> 120 -> 150.
  GestureOutput o = g.move(1, 90, 200, 0.05);
  CHECK(o.zoom == Approx(110.0 / 100.0));
  CHECK(o.zoom_x == Approx(145));
  CHECK(o.zoom_y == Approx(200));
  o = g.move(2, 210, 200, 0.06);
  CHECK(o.zoom == Approx(120.0 / 110.0));
  CHECK(o.zoom_x == Approx(150));
  double total = 1;
  total *= g.move(1, 75, 200, 0.1).zoom;
  total *= g.move(2, 225, 200, 0.1).zoom;
  CHECK(total == Approx(150.0 / 120.0));
  // Pinching in zooms out.
  CHECK(g.move(1, 100, 200, 0.2).zoom < 1);
}

TEST_CASE("gestures: a pinch also pans with the midpoint", "[gestures]") {
  G g;
  g.down(1, 100, 100, 0);
  g.down(2, 200, 100, 0);
  // Both fingers slide 40 px right and 20 px down: the midpoint goes along, the distance
  // does not change.
  double dx = 0, dy = 0, zoom = 1;
  GestureOutput o = g.move(1, 140, 120, 0.05);
  dx += o.pan_dx;
  dy += o.pan_dy;
  zoom *= o.zoom;
  o = g.move(2, 240, 120, 0.05);
  dx += o.pan_dx;
  dy += o.pan_dy;
  zoom *= o.zoom;
  CHECK(dx == Approx(40));
  CHECK(dy == Approx(20));
  CHECK(zoom == Approx(1));
  CHECK(o.zoom_x == Approx(190));
  CHECK(o.zoom_y == Approx(120));
}

TEST_CASE("gestures: lifting one of two fingers neither jumps nor taps", "[gestures]") {
  G g;
  g.down(1, 100, 100, 0);
  g.down(2, 200, 100, 0.02);
  g.move(2, 202, 100, 0.05);
  const GestureOutput lift = g.up(1, 100, 100, 0.1);
  CHECK_FALSE(lift.tap);
  CHECK(lift.pan_dx == 0);
  CHECK(lift.pan_dy == 0);
  CHECK(g.fingers() == 1);
  // The remaining finger pans on from its own position, not from the old midpoint.
  const GestureOutput o = g.move(2, 207, 103, 0.15);
  CHECK(o.pan_dx == Approx(5));
  CHECK(o.pan_dy == Approx(3));
  CHECK(o.zoom == 1);
  // Quick and barely moved, but the gesture had two fingers: no tap.
  const GestureOutput last = g.up(2, 207, 103, 0.2);
  CHECK_FALSE(last.tap);
  CHECK_FALSE(last.double_tap);
  CHECK(g.fingers() == 0);
  // The next gesture starts afresh.
  CHECK(tap_at(g, 300, 300, 1.0).tap);
}

TEST_CASE("gestures: a third finger is ignored", "[gestures]") {
  G g;
  g.down(1, 100, 100, 0);
  g.down(2, 200, 100, 0);
  g.down(3, 500, 500, 0);
  CHECK(g.fingers() == 3);
  const GestureOutput o = g.move(3, 600, 300, 0.05);
  CHECK(o.pan_dx == 0);
  CHECK(o.pan_dy == 0);
  CHECK(o.zoom == 1);
  // The first two still pinch between themselves.
  CHECK(g.move(2, 300, 100, 0.1).zoom == Approx(2));
  // When the first lifts, the third (where it now is) pairs with the second: no jump.
  g.up(1, 100, 100, 0.2);
  const GestureOutput p = g.move(3, 600, 300, 0.25);
  CHECK(p.pan_dx == 0);
  CHECK(p.zoom == 1);
  const GestureOutput q = g.move(3, 600, 400, 0.3);  // distance to (300, 100): 424 -> 500
  CHECK(q.zoom == Approx(std::hypot(300, 300) / std::hypot(300, 200)));
  CHECK(q.pan_dy == Approx(50));
}

TEST_CASE("gestures: unknown fingers are ignored", "[gestures]") {
  G g;
  GestureOutput o = g.move(9, 10, 10, 0);
  CHECK(o.pan_dx == 0);
  CHECK(o.zoom == 1);
  CHECK_FALSE(g.up(9, 10, 10, 0.05).tap);
  CHECK(g.fingers() == 0);
  g.down(1, 100, 100, 0.1);
  o = g.move(9, 500, 500, 0.12);
  CHECK(o.pan_dx == 0);
  CHECK(o.pan_dy == 0);
  CHECK_FALSE(g.up(9, 500, 500, 0.15).tap);
  CHECK(g.fingers() == 1);
  CHECK(g.move(1, 103, 100, 0.2).pan_dx == Approx(3));
  CHECK(g.up(1, 103, 100, 0.25).tap);  // an unknown finger did not spoil the tap
}

TEST_CASE("gestures: a duplicate down replaces the finger's position", "[gestures]") {
  G g;
  g.down(1, 100, 100, 0);
  g.down(1, 300, 300, 0.05);
  CHECK(g.fingers() == 1);
  const GestureOutput o = g.move(1, 310, 300, 0.1);
  CHECK(o.pan_dx == Approx(10));
  CHECK(o.pan_dy == 0);
}

TEST_CASE("gestures: coincident fingers give no inf or NaN", "[gestures]") {
  G g;
  g.down(1, 100, 100, 0);
  g.down(2, 100, 100, 0);
  GestureOutput o = g.move(1, 150, 100, 0.05);  // from zero distance
  CHECK(o.zoom == 1);
  CHECK(std::isfinite(o.pan_dx));
  CHECK(std::isfinite(o.zoom_x));
  o = g.move(1, 100, 100, 0.1);  // back to zero distance
  CHECK(o.zoom == 1);
  CHECK(std::isfinite(o.pan_dx));
  // And a jump from a pixel apart to far apart is clamped.
  g.move(1, 101, 100, 0.15);
  o = g.move(1, 900, 100, 0.2);
  CHECK(o.zoom == G::kMaxZoom);
  o = g.move(1, 100.5 + G::kMinPinchPx, 100, 0.25);
  CHECK(o.zoom == G::kMinZoom);
  // Non-finite input is dropped.
  o = g.move(1, std::nan(""), 100, 0.3);
  CHECK(o.zoom == 1);
  CHECK(o.pan_dx == 0);
  CHECK(std::isfinite(g.move(1, 200, 100, 0.35).zoom));
}

TEST_CASE("gestures: cancel forgets every finger", "[gestures]") {
  G g;
  g.down(1, 100, 100, 0);
  g.down(2, 200, 100, 0);
  g.cancel();
  CHECK(g.fingers() == 0);
  CHECK_FALSE(g.active());
  CHECK(g.move(1, 150, 150, 0.1).pan_dx == 0);
  CHECK(tap_at(g, 100, 100, 0.2).tap);  // a fresh gesture, not a two-finger one
}

TEST_CASE("gestures: more fingers than slots are ignored", "[gestures]") {
  G g;
  for (int i = 0; i < G::kMaxFingers + 3; ++i) g.down(i, 10.0 * i, 0, 0);
  CHECK(g.fingers() == G::kMaxFingers);
  CHECK(g.move(G::kMaxFingers + 1, 0, 0, 0.1).pan_dx == 0);
  for (int i = 0; i < G::kMaxFingers + 3; ++i) g.up(i, 10.0 * i, 0, 0.2);
  CHECK(g.fingers() == 0);
}

}  // namespace histmap
