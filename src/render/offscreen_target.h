// histmap render: a framebuffer to draw map frames into, with a stencil buffer (polygon fills
// use it) and its colour in a texture. The window's frames and --render's are drawn into one
// (so exports match the screen), and so is the renderer's cached ground, which each frame
// copies from. Multisampling is possible (samples > 1) but the renderer antialiases in its
// shaders instead.
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

  // (Re)allocates for the size and sample count; false with error if the driver refuses.
  bool resize(int width, int height, std::string& error, int samples = 1);
  void bind() const;
  // Resolves the samples into the colour texture (nothing to do when single-sampled).
  void resolve() const;
  // The resolved colour, after resolve().
  GLuint color_texture() const { return resolve_color_; }
  // Resolves and reads the frame back, top row first.
  Image read() const;
  // Copies the resolved colour into a single-sampled framebuffer of the same size.
  void blit_to(GLuint fbo) const;
  // The same, into the rectangle (x0, y0)-(x1, y1) of it in GL's pixels, scaled (linear).
  void blit_to(GLuint fbo, int x0, int y0, int x1, int y1) const;
  // Resolves onto framebuffer 0 (the window).
  void blit_to_window(int window_w, int window_h) const;
  int width() const { return width_; }
  int height() const { return height_; }
  int samples() const { return samples_; }

 private:
  void release();
  int width_ = 0, height_ = 0, samples_ = 0;
  GLuint msaa_fbo_ = 0, msaa_color_ = 0, stencil_ = 0;
  GLuint resolve_fbo_ = 0, resolve_color_ = 0;
};

}  // namespace histmap
