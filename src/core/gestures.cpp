#include "core/gestures.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace histmap {
namespace {

bool finite(double x, double y) {
  return std::isfinite(x) && std::isfinite(y);
}

}  // namespace

int GestureRecognizer::find(std::int64_t id) const {
  for (int i = 0; i < kMaxFingers; ++i) {
    const Finger& f = slots_[static_cast<std::size_t>(i)];
    if (f.used && f.id == id) return i;
  }
  return -1;
}

GestureRecognizer::Pair GestureRecognizer::pair() const {
  Pair p;
  for (int i = 0; i < kMaxFingers; ++i) {
    const Finger& f = slots_[static_cast<std::size_t>(i)];
    if (!f.used) continue;
    if (p.first < 0 || f.order < slots_[static_cast<std::size_t>(p.first)].order) {
      p.second = p.first;
      p.first = i;
    } else if (p.second < 0 || f.order < slots_[static_cast<std::size_t>(p.second)].order) {
      p.second = i;
    }
  }
  return p;
}

GestureOutput GestureRecognizer::down(std::int64_t id, double x, double y, double time) {
  if (!finite(x, y)) return {};
  int i = find(id);
  if (i < 0) {  // a duplicate down keeps its slot and order, and starts over from here
    if (count_ == kMaxFingers) return {};
    i = 0;
    while (slots_[static_cast<std::size_t>(i)].used) ++i;
    Finger& f = slots_[static_cast<std::size_t>(i)];
    f.used = true;
    f.id = id;
    f.order = next_order_++;
    ++count_;
  }
  Finger& f = slots_[static_cast<std::size_t>(i)];
  f.x = f.down_x = x;
  f.y = f.down_y = y;
  f.down_time = time;
  f.travel = 0;
  if (count_ >= 2) multi_ = true;
  return {};
}

GestureOutput GestureRecognizer::move(std::int64_t id, double x, double y, double /*time*/) {
  GestureOutput out;
  if (!finite(x, y)) return out;
  const int i = find(id);
  if (i < 0) return out;
  Finger& f = slots_[static_cast<std::size_t>(i)];
  const Pair p = pair();
  if (i == p.first && p.second < 0) {
    out.pan_dx = x - f.x;
    out.pan_dy = y - f.y;
  } else if (i == p.first || i == p.second) {
    const Finger& o = slots_[static_cast<std::size_t>(i == p.first ? p.second : p.first)];
    const double before = std::hypot(f.x - o.x, f.y - o.y);
    const double after = std::hypot(x - o.x, y - o.y);
    // The midpoint moves by half this finger's movement, the other finger being still.
    out.pan_dx = (x - f.x) / 2;
    out.pan_dy = (y - f.y) / 2;
    out.zoom_x = (x + o.x) / 2;
    out.zoom_y = (y + o.y) / 2;
    if (before >= kMinPinchPx && after >= kMinPinchPx) {
      out.zoom = std::clamp(after / before, kMinZoom, kMaxZoom);
    }
  }  // else a third or later finger: tracked, not acted on
  f.x = x;
  f.y = y;
  f.travel = std::max(f.travel, std::hypot(x - f.down_x, y - f.down_y));
  return out;
}

GestureOutput GestureRecognizer::up(std::int64_t id, double x, double y, double time) {
  const int i = find(id);
  if (i < 0) return {};
  GestureOutput out = move(id, x, y, time);  // the last stretch, if the finger moved on lifting
  Finger& f = slots_[static_cast<std::size_t>(i)];
  f.used = false;
  --count_;
  if (count_ > 0) return out;  // the other finger pans on from where it is: no jump

  const bool tap = !multi_ && time - f.down_time < kTapSeconds && f.travel < kTapSlopPx;
  multi_ = false;
  if (!tap) {
    has_last_tap_ = false;  // tap, drag, tap is not a double tap
    return out;
  }
  out.tap = true;
  out.tap_x = f.x;
  out.tap_y = f.y;
  if (has_last_tap_ && time - last_tap_time_ < kDoubleTapSeconds &&
      std::hypot(f.x - last_tap_x_, f.y - last_tap_y_) < kDoubleTapSlopPx) {
    out.double_tap = true;
    has_last_tap_ = false;  // the pair is used up: a third tap starts afresh
  } else {
    has_last_tap_ = true;
    last_tap_time_ = time;
    last_tap_x_ = f.x;
    last_tap_y_ = f.y;
  }
  return out;
}

void GestureRecognizer::cancel() {
  for (Finger& f : slots_) f.used = false;
  count_ = 0;
  multi_ = false;
  has_last_tap_ = false;
}

}  // namespace histmap
