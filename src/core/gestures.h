// histmap core: touch gestures for the map. Fingers in, camera actions out: one finger pans,
// two pinch-zoom about their midpoint (and pan with it), a quick touch that barely moves is a
// tap, two taps close together a double tap. Pure, so the touch table's behaviour is tested.
#pragma once

#include <array>
#include <cstdint>

namespace histmap {

struct GestureOutput {
  double pan_dx = 0, pan_dy = 0;  // pixels to pan by: pass as is to Camera::pan_pixels
  double zoom = 1;                // factor (>1 zooms in) about (zoom_x, zoom_y), after the pan
  double zoom_x = 0, zoom_y = 0;
  bool tap = false;         // a tap ended at (tap_x, tap_y)
  bool double_tap = false;  // second tap within kDoubleTapSeconds and kDoubleTapSlopPx of the first
  double tap_x = 0, tap_y = 0;
};

// Feed it every finger event in pixels (SDL gives 0..1: multiply by the window's size) and
// seconds. The first two fingers down drive the gesture; further ones are tracked but ignored
// until one of the two lifts. Fixed storage: no allocation per event.
class GestureRecognizer {
 public:
  static constexpr double kTapSlopPx = 12;     // a finger that moved less is still a tap
  static constexpr double kTapSeconds = 0.35;  // held longer: not a tap
  static constexpr double kDoubleTapSeconds = 0.4;
  static constexpr double kDoubleTapSlopPx = 40;
  static constexpr double kMinZoom = 0.5;  // per event: a glitch cannot jump the scale
  static constexpr double kMaxZoom = 2;
  static constexpr double kMinPinchPx = 1;  // fingers closer than this: no zoom
  static constexpr int kMaxFingers = 10;    // more fingers down are ignored

  // id: the finger's id; x, y in pixels; time in seconds. Each returns what to do now.
  GestureOutput down(std::int64_t id, double x, double y, double time);
  GestureOutput move(std::int64_t id, double x, double y, double time);
  GestureOutput up(std::int64_t id, double x, double y, double time);
  void cancel();  // forget all fingers (window lost focus)
  int fingers() const { return count_; }
  bool active() const { return fingers() > 0; }

 private:
  struct Finger {
    std::int64_t id = 0;
    double x = 0, y = 0;            // last known position
    double down_x = 0, down_y = 0;  // where it went down
    double down_time = 0;
    double travel = 0;        // farthest it has been from its down point
    std::uint64_t order = 0;  // when it went down: the two earliest drive the gesture
    bool used = false;
  };
  struct Pair {
    int first = -1;  // slot indices, -1 where none
    int second = -1;
  };

  int find(std::int64_t id) const;
  Pair pair() const;

  std::array<Finger, kMaxFingers> slots_{};
  int count_ = 0;
  std::uint64_t next_order_ = 0;
  bool multi_ = false;  // this gesture has had two fingers: it ends without a tap
  bool has_last_tap_ = false;
  double last_tap_time_ = 0, last_tap_x_ = 0, last_tap_y_ = 0;
};

}  // namespace histmap
