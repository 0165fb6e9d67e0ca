#include "core/camera.h"

#include <algorithm>
#include <cmath>

namespace histmap {

Vec2 Camera::world_to_screen(double x, double y) const {
  return {(x - center_x) / meters_per_pixel + width / 2.0,
          height / 2.0 - (y - center_y) / meters_per_pixel};
}

Vec2 Camera::screen_to_world(double sx, double sy) const {
  return {center_x + (sx - width / 2.0) * meters_per_pixel,
          center_y - (sy - height / 2.0) * meters_per_pixel};
}

void Camera::pan_pixels(double dx, double dy) {
  center_x -= dx * meters_per_pixel;
  center_y += dy * meters_per_pixel;
}

void Camera::zoom_about(double sx, double sy, double factor) {
  if (!(factor > 0) || !std::isfinite(factor)) return;
  const Vec2 before = screen_to_world(sx, sy);
  meters_per_pixel = std::clamp(meters_per_pixel / factor, kMinMetersPerPixel, kMaxMetersPerPixel);
  const Vec2 after = screen_to_world(sx, sy);
  center_x += before.x - after.x;
  center_y += before.y - after.y;
}

void Camera::fit(const Bounds& b, double margin_px) {
  if (b.empty || width <= 0 || height <= 0) return;
  center_x = (b.min_x + b.max_x) / 2;
  center_y = (b.min_y + b.max_y) / 2;
  const double usable_w = std::max(1.0, width - 2 * margin_px);
  const double usable_h = std::max(1.0, height - 2 * margin_px);
  const double mpp = std::max((b.max_x - b.min_x) / usable_w, (b.max_y - b.min_y) / usable_h);
  meters_per_pixel = std::clamp(mpp, kMinMetersPerPixel, kMaxMetersPerPixel);
}

void Camera::clamp_to(const Bounds& b) {
  if (b.empty) return;
  center_x = std::clamp(center_x, b.min_x, b.max_x);
  center_y = std::clamp(center_y, b.min_y, b.max_y);
}

}  // namespace histmap
