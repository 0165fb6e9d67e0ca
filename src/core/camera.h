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

// A smooth move from one view to another, eased in and out; the scale changes
// geometrically, so a long zoom does not rush through the close-up end.
struct CameraFlight {
  Camera from, to;
  double start = 0;       // seconds, on the caller's clock
  double duration = 0.8;  // seconds
  bool active = false;

  void begin(const Camera& current, const Camera& target, double now, double seconds = 0.8);
  // The view at `now`; ends (active = false) at the target.
  Camera at(double now);
};

// Where to look to show a feature: its bounds fitted with a margin, or for a point, centred
// there at no farther out than the current view and no closer than `point_mpp`.
Camera focus_on(const Camera& current, const Bounds& feature_bounds, double point_mpp);

}  // namespace histmap
