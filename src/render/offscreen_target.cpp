#include "render/offscreen_target.h"

#include <cstring>

namespace histmap {

OffscreenTarget::~OffscreenTarget() {
  release();
}

void OffscreenTarget::release() {
  if (msaa_fbo_) glDeleteFramebuffers(1, &msaa_fbo_);
  if (resolve_fbo_) glDeleteFramebuffers(1, &resolve_fbo_);
  GLuint rbs[] = {msaa_color_, stencil_};
  for (GLuint rb : rbs)
    if (rb) glDeleteRenderbuffers(1, &rb);
  if (resolve_color_) glDeleteTextures(1, &resolve_color_);
  msaa_fbo_ = resolve_fbo_ = msaa_color_ = stencil_ = resolve_color_ = 0;
}

bool OffscreenTarget::resize(int width, int height, std::string& error, int samples) {
  if (width == width_ && height == height_ && samples == samples_ && resolve_fbo_) return true;
  GLint max_size = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
  if (width <= 0 || height <= 0 || width > max_size || height > max_size) {
    error = "frame size " + std::to_string(width) + "x" + std::to_string(height) +
            " is not possible (this OpenGL allows up to " + std::to_string(max_size) + ")";
    return false;
  }
  release();
  width_ = width;
  height_ = height;
  samples_ = samples;
  // The colour everything ends in is a texture, so that it can be drawn from.
  glGenTextures(1, &resolve_color_);
  glBindTexture(GL_TEXTURE_2D, resolve_color_);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);
  glGenRenderbuffers(1, &stencil_);
  glBindRenderbuffer(GL_RENDERBUFFER, stencil_);
  if (samples > 1)
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH24_STENCIL8, width, height);
  else
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, width, height);
  GLenum status = GL_FRAMEBUFFER_COMPLETE;
  if (samples > 1) {
    glGenRenderbuffers(1, &msaa_color_);
    glBindRenderbuffer(GL_RENDERBUFFER, msaa_color_);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
    glGenFramebuffers(1, &msaa_fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, msaa_color_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER,
                              stencil_);
    status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  }
  glGenFramebuffers(1, &resolve_fbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, resolve_fbo_);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, resolve_color_, 0);
  if (samples <= 1)
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER,
                              stencil_);
  const GLenum resolved = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (status != GL_FRAMEBUFFER_COMPLETE || resolved != GL_FRAMEBUFFER_COMPLETE) {
    error = samples > 1 ? "the OpenGL driver cannot create a multisampled framebuffer"
                        : "the OpenGL driver cannot create a framebuffer";
    release();
    return false;
  }
  return true;
}

void OffscreenTarget::bind() const {
  glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_ ? msaa_fbo_ : resolve_fbo_);
  glViewport(0, 0, width_, height_);
}

void OffscreenTarget::resolve() const {
  if (!msaa_fbo_) return;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_fbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve_fbo_);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

Image OffscreenTarget::read() const {
  resolve();
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve_fbo_);
  Image img;
  img.width = width_;
  img.height = height_;
  img.rgba.resize(static_cast<std::size_t>(width_) * height_ * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  // GL's rows run bottom-up; images run top-down.
  const std::size_t row = static_cast<std::size_t>(width_) * 4;
  std::vector<std::uint8_t> tmp(row);
  for (int y = 0; y < height_ / 2; ++y) {
    std::uint8_t* a = img.rgba.data() + static_cast<std::size_t>(y) * row;
    std::uint8_t* b = img.rgba.data() + static_cast<std::size_t>(height_ - 1 - y) * row;
    std::memcpy(tmp.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, tmp.data(), row);
  }
  return img;
}

void OffscreenTarget::blit_to(GLuint fbo) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve_fbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

void OffscreenTarget::blit_to(GLuint fbo, int x0, int y0, int x1, int y1) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve_fbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo);
  glBlitFramebuffer(0, 0, width_, height_, x0, y0, x1, y1, GL_COLOR_BUFFER_BIT, GL_LINEAR);
}

void OffscreenTarget::blit_to_window(int window_w, int window_h) const {
  resolve();
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve_fbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, window_w, window_h, GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace histmap
