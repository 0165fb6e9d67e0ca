// histmap render: the framebuffer every map frame is drawn into: 4x multisampled colour with a
// stencil buffer (polygon fills use it), resolved for read-back or blitted to the window.
// Drawing the window and --render through the same target keeps exports identical to screen.
#pragma once

#include <string>

#include "render/gl.h"
#include "render/image.h"

namespace histmap {

class OffscreenTarget {
 public:
  OffscreenTarget() = default;
  ~OffscreenTarget();
  OffscreenTarget(const OffscreenTarget&) = delete;
  OffscreenTarget& operator=(const OffscreenTarget&) = delete;

  // (Re)allocates for the size; false with error if the driver refuses.
  bool resize(int width, int height, std::string& error);
  void bind() const;
  // Resolves the samples and reads the frame back, top row first.
  Image read() const;
  // Resolves onto framebuffer 0 (the window).
  void blit_to_window(int window_w, int window_h) const;
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  void release();
  int width_ = 0, height_ = 0;
  GLuint msaa_fbo_ = 0, msaa_color_ = 0, msaa_stencil_ = 0;
  GLuint resolve_fbo_ = 0, resolve_color_ = 0;
};

}  // namespace histmap
