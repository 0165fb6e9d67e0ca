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
  // Zoomed out no farther than three times the data's extent: it stays a map, not a dot.
  if (width > 0 && height > 0) {
    const double widest = 3 * std::max((b.max_x - b.min_x) / width, (b.max_y - b.min_y) / height);
    if (widest > kMinMetersPerPixel) meters_per_pixel = std::min(meters_per_pixel, widest);
  }
  center_x = std::clamp(center_x, b.min_x, b.max_x);
  center_y = std::clamp(center_y, b.min_y, b.max_y);
}

void CameraFlight::begin(const Camera& current, const Camera& target, double now, double seconds) {
  from = current;
  to = target;
  to.width = current.width;
  to.height = current.height;
  start = now;
  duration = seconds;
  active = true;
}

Camera CameraFlight::at(double now) {
  if (!active) return to;
  const double u = duration > 0 ? std::clamp((now - start) / duration, 0.0, 1.0) : 1.0;
  if (u >= 1.0) {
    active = false;
    return to;
  }
  const double e = u * u * (3 - 2 * u);  // smoothstep: eases in and out
  Camera c = from;
  c.center_x = from.center_x + (to.center_x - from.center_x) * e;
  c.center_y = from.center_y + (to.center_y - from.center_y) * e;
  c.meters_per_pixel =
      std::exp(std::log(from.meters_per_pixel) +
               (std::log(to.meters_per_pixel) - std::log(from.meters_per_pixel)) * e);
  return c;
}

Camera focus_on(const Camera& current, const Bounds& b, double point_mpp) {
  Camera c = current;
  if (b.empty) return c;
  const double w = b.max_x - b.min_x, h = b.max_y - b.min_y;
  if (w / current.width < point_mpp && h / current.height < point_mpp) {
    c.center_x = (b.min_x + b.max_x) / 2;
    c.center_y = (b.min_y + b.max_y) / 2;
    c.meters_per_pixel = std::min(current.meters_per_pixel, point_mpp);
    return c;
  }
  c.fit(b, 60);
  return c;
}

}  // namespace histmap
