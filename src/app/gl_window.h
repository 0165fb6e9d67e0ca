// histmap app: an SDL2 window with an OpenGL 3.3 core context, on screen or, for --render and
// the render tests, through SDL's offscreen driver (EGL on Mesa; no display needed).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <SDL.h>

namespace histmap {

struct GlWindowConfig {
  bool offscreen = false;
  int width = 1280;
  int height = 720;
  std::string title = "histmap";
  bool fullscreen = false;                    // the whole screen, no window chrome (the kiosk)
  std::optional<int> display = std::nullopt;  // which screen; the first when unset or missing
};

class GlWindow {
 public:
  // Returns null and a one-line reason in error (no display, no GL 3.3, ...).
  static std::unique_ptr<GlWindow> create(const GlWindowConfig& config, std::string& error);
  ~GlWindow();
  GlWindow(const GlWindow&) = delete;
  GlWindow& operator=(const GlWindow&) = delete;

  SDL_Window* window() const { return window_; }
  SDL_GLContext context() const { return context_; }
  void drawable_size(int& w, int& h) const;

 private:
  GlWindow() = default;
  SDL_Window* window_ = nullptr;
  SDL_GLContext context_ = nullptr;
};

}  // namespace histmap
