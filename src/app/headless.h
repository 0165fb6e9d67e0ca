// histmap app: drawing frames without a display (--render, and the render tests).
#pragma once

#include <string>

#include "app/atlas_session.h"
#include "app/options.h"
#include "core/scene.h"
#include "render/image.h"
#include "render/map_renderer.h"

namespace histmap {

// Draws the atlas at day t into an image of the given size. Needs a current GL context.
// The camera shows what the window shows when it opens (initial_camera).
bool render_frame(const Atlas& atlas, double t, int width, int height, const FrameOptions& frame,
                  const std::vector<unsigned char>& font, Image& out, std::string& error,
                  bool bundled = false, const SceneOptions& scene_options = {});

// What the window would show on opening with these options: the map in the chosen language
// and theme, the --select'ed feature ringed, and with options.ui the panels over it (toolbar,
// legend, timeline, the inspector on the selection). Needs a current GL context.
bool render_view(const AtlasSession& session, const Options& options,
                 const std::vector<unsigned char>& font, Image& out, std::string& error);

// --render: returns the process exit code.
int run_render(const Options& options, const AtlasSession& session);

}  // namespace histmap
