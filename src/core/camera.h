// histmap core: the 2D map camera. Centre in projected metres, scale in metres per pixel,
// screen y pointing down. Pure arithmetic, so pan and zoom behaviour is unit-tested.
#pragma once

#include "core/atlas.h"
#include "core/geo.h"

namespace histmap {

struct Camera {
  double center_x = 0;
  double center_y = 0;
  double meters_per_pixel = 5000;
  int width = 1280;
  int height = 720;

  static constexpr double kMinMetersPerPixel = 20;       // street scale: closer is meaningless
  static constexpr double kMaxMetersPerPixel = 100'000;  // whole hemisphere

  Vec2 world_to_screen(double x, double y) const;
  Vec2 screen_to_world(double sx, double sy) const;

  void pan_pixels(double dx, double dy);
  // Zoom by factor (>1 zooms in) keeping the world point under (sx, sy) fixed.
  void zoom_about(double sx, double sy, double factor);
  // Show the bounds with a margin in pixels on each side.
  void fit(const Bounds& b, double margin_px);
  // Keep the view within reach of the data (the map can't be lost off-screen).
  void clamp_to(const Bounds& b);
};

}  // namespace histmap
