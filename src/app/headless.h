// histmap app: drawing frames without a display: --render, exports (video_export.h) and the
// render tests. One class draws the view; --render draws one frame with it and an export every
// frame, so that frame k of an export and --render of the same day are the same pixels.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/app_ui.h"
#include "app/atlas_session.h"
#include "app/options.h"
#include "core/camera.h"
#include "core/measure.h"
#include "core/scene.h"
#include "render/image.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"

namespace histmap {

// What the window would show on opening with these options, drawn offscreen at any day, as
// often as asked: the map in the chosen language and theme with its caption (title and date),
// the --select'ed feature ringed, and with options.ui the panels over it (toolbar, legend,
// timeline, the inspector on the selection). The renderer, its GPU buffers and glyphs and the
// framebuffer are made once in init(); each draw() evaluates the scene at t and draws it.
//
// --scale S draws the same view S times larger: the frame is (W S) x (H S) pixels, the camera
// shows the same extent of the map, and lines, symbols, type and panels are S times larger
// (the renderer's pixel ratio, ImGui's framebuffer scale), as on a HiDPI screen.
class ViewRenderer {
 public:
  ViewRenderer() = default;
  ViewRenderer(const ViewRenderer&) = delete;
  ViewRenderer& operator=(const ViewRenderer&) = delete;

  // Needs a current GL 3.3 context (and keeps needing it). session and font must outlive this.
  // False with error: a --select of no feature, a frame size the driver refuses, a shader.
  bool init(const AtlasSession& session, const Options& options,
            const std::vector<unsigned char>& font, std::string& error);

  // Draws the view at day t (fractional between days; clamped to the session's range as the
  // slider is) into out, top row first. Leaves framebuffer 0 bound; with panels, the current
  // ImGui context (the window's, if any) is kept: the panels use one of their own.
  void draw(double t, Image& out);

  int width() const { return camera_.width; }  // pixels
  int height() const { return camera_.height; }
  float scale() const { return scale_; }
  // What a caller may change between frames (a story export moves the camera and sets the
  // caption): the camera in pixels of the frame, the map's options, the interface's state.
  Camera& camera() { return camera_; }
  FrameOptions& frame() { return frame_; }
  AppUi& ui() { return ui_; }
  const AppUi& ui() const { return ui_; }
  MapRenderer& renderer() { return renderer_; }
  const Scene& scene() const { return scene_; }
  // Drawn with Dear ImGui over the map (and the panels, if any) in every frame, given the
  // frame's size in points: a story's caption burned into an export.
  std::function<void(float width, float height)> overlay;

 private:
  void draw_ui_panels();

  const AtlasSession* session_ = nullptr;
  const std::vector<unsigned char>* font_ = nullptr;
  bool panels_ = false;
  bool quiet_ = false;
  float scale_ = 1;
  AppUi ui_;
  MapRenderer renderer_;
  OffscreenTarget target_;
  Scene scene_;
  Camera camera_;
  FrameOptions frame_;
  Measurement measurement_;  // --measure A B with --render: drawn on the map
};

// Draws the atlas at day t into an image of the given size with these frame options and no
// panels (the render tests' cases with their own data). Needs a current GL context. The camera
// shows what the window shows when it opens (initial_camera).
bool render_frame(const Atlas& atlas, double t, int width, int height, const FrameOptions& frame,
                  const std::vector<unsigned char>& font, Image& out, std::string& error,
                  bool bundled = false, const SceneOptions& scene_options = {});

// One frame of ViewRenderer at options.date (or the session's first day): what --render writes.
// Needs a current GL context.
bool render_view(const AtlasSession& session, const Options& options,
                 const std::vector<unsigned char>& font, Image& out, std::string& error);

// --render: returns the process exit code.
int run_render(const Options& options, const AtlasSession& session);

}  // namespace histmap
