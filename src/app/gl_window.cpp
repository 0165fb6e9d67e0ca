#include "app/gl_window.h"

#include <cstdio>
#include <cstdlib>

#include "render/gl.h"

namespace histmap {

std::unique_ptr<GlWindow> GlWindow::create(const GlWindowConfig& config, std::string& error) {
  if (config.offscreen) {
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
  } else {
    const char* x = std::getenv("DISPLAY");
    const char* wl = std::getenv("WAYLAND_DISPLAY");
    const char* forced = std::getenv("SDL_VIDEODRIVER");
    if ((!x || !*x) && (!wl || !*wl) && (!forced || !*forced)) {
      error =
          "no display to open a window on (DISPLAY is not set); use --render out.png to draw "
          "a frame without one, or run under xvfb-run";
      return nullptr;
    }
  }
  if (SDL_InitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    error = std::string("cannot start SDL video: ") + SDL_GetError();
    return nullptr;
  }
  std::unique_ptr<GlWindow> w(new GlWindow);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
  Uint32 flags = SDL_WINDOW_OPENGL;
  flags |= config.offscreen ? SDL_WINDOW_HIDDEN : (SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  int display = 0;
  if (config.display) {
    const int screens = SDL_GetNumVideoDisplays();
    if (*config.display < screens)
      display = *config.display;
    else
      std::fprintf(stderr, "histmap: there is no screen %d (%d found); using the first\n",
                   *config.display, screens);
  }
  int width = config.offscreen ? 64 : config.width, height = config.offscreen ? 64 : config.height;
  if (config.fullscreen && !config.offscreen) {
    // The desktop's own mode: no mode switch, no chrome, the screen's full size.
    flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
    SDL_Rect r;
    if (SDL_GetDisplayBounds(display, &r) == 0) {
      width = r.w;
      height = r.h;
    }
  }
  w->window_ = SDL_CreateWindow(config.title.c_str(), SDL_WINDOWPOS_CENTERED_DISPLAY(display),
                                SDL_WINDOWPOS_CENTERED_DISPLAY(display), width, height, flags);
  if (!w->window_) {
    error = std::string("cannot open a window: ") + SDL_GetError();
    return nullptr;
  }
  w->context_ = SDL_GL_CreateContext(w->window_);
  if (!w->context_) {
    error = std::string("cannot create an OpenGL 3.3 core context: ") + SDL_GetError();
    return nullptr;
  }
  SDL_GL_MakeCurrent(w->window_, w->context_);
  if (epoxy_gl_version() < 33) {
    error = "OpenGL 3.3 is needed, this driver offers " + std::to_string(epoxy_gl_version() / 10) +
            "." + std::to_string(epoxy_gl_version() % 10);
    return nullptr;
  }
  return w;
}

GlWindow::~GlWindow() {
  if (context_) SDL_GL_DeleteContext(context_);
  if (window_) SDL_DestroyWindow(window_);
  SDL_QuitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
}

void GlWindow::drawable_size(int& w, int& h) const {
  SDL_GL_GetDrawableSize(window_, &w, &h);
}

}  // namespace histmap
