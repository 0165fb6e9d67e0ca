#include "app/interactive.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <tuple>

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include "app/gl_window.h"
#include "app/resources.h"
#include "core/picking.h"
#include "core/playback.h"
#include "core/scene.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "ui/inspector_panel.h"
#include "ui/timeline_panel.h"

namespace histmap {
namespace {

// What the UI font must cover: Latin with Czech letters, Cyrillic with the Kazakh letters,
// dashes and quotes, the numero sign.
const ImWchar kUiGlyphs[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x0400, 0x04FF,
                             0x2000, 0x202F, 0x2116, 0x2116, 0};

// Everything the loop changes, in one place passed explicitly (no globals).
struct WindowState {
  Camera camera;
  Playback playback;
  TimelineView timeline;
  InspectorView inspector;
  Scene scene;
  bool dragging = false;
  int press_x = 0, press_y = 0;  // where the left button went down: a click if it barely moved
  std::optional<Vec2> click;     // a click on the map to resolve after the scene is evaluated
  bool quit = false;
};

void handle_event(const SDL_Event& e, WindowState& st, const Bounds& data_bounds) {
  const ImGuiIO& io = ImGui::GetIO();
  // ImGui learns where the pointer is only at the next frame; the timeline's own area is
  // known now, so a wheel over it never zooms the map.
  const auto over_panel = [&](int y) {
    return static_cast<float>(y) >= io.DisplaySize.y - st.timeline.height;
  };
  switch (e.type) {
    case SDL_QUIT:
      st.quit = true;
      break;
    case SDL_MOUSEBUTTONDOWN:
      if (!io.WantCaptureMouse && !over_panel(e.button.y) && e.button.button == SDL_BUTTON_LEFT) {
        st.dragging = true;
        st.press_x = e.button.x;
        st.press_y = e.button.y;
      }
      break;
    case SDL_MOUSEBUTTONUP:
      if (e.button.button == SDL_BUTTON_LEFT && st.dragging &&
          std::abs(e.button.x - st.press_x) + std::abs(e.button.y - st.press_y) <= 4)
        st.click = Vec2{double{io.DisplayFramebufferScale.x} * e.button.x,
                        double{io.DisplayFramebufferScale.y} * e.button.y};
      if (e.button.button == SDL_BUTTON_LEFT) st.dragging = false;
      break;
    case SDL_MOUSEMOTION:
      if (st.dragging) {
        st.camera.pan_pixels(double{io.DisplayFramebufferScale.x} * e.motion.xrel,
                             double{io.DisplayFramebufferScale.y} * e.motion.yrel);
        st.camera.clamp_to(data_bounds);
      }
      break;
    case SDL_MOUSEWHEEL:
      if (!io.WantCaptureMouse && e.wheel.y != 0) {
        int mx = 0, my = 0;
        SDL_GetMouseState(&mx, &my);
        if (over_panel(my)) break;
        st.camera.zoom_about(double{io.DisplayFramebufferScale.x} * mx,
                             double{io.DisplayFramebufferScale.y} * my, std::pow(1.25, e.wheel.y));
        st.camera.clamp_to(data_bounds);
      }
      break;
    case SDL_KEYDOWN:
      if (!io.WantCaptureKeyboard && e.key.keysym.sym == SDLK_SPACE) st.playback.toggle();
      if (!io.WantCaptureKeyboard && e.key.keysym.sym == SDLK_ESCAPE) st.inspector.feature.reset();
      if (!io.WantCaptureKeyboard) {
        // Arrows step a day (a week with Shift); Page Up/Down jump between events.
        const bool shift = (e.key.keysym.mod & KMOD_SHIFT) != 0;
        const StepUnit unit = shift ? StepUnit::Week : StepUnit::Day;
        if (e.key.keysym.sym == SDLK_LEFT) st.playback.set_day(step_day(st.playback.t, unit, -1));
        if (e.key.keysym.sym == SDLK_RIGHT) st.playback.set_day(step_day(st.playback.t, unit, 1));
        std::optional<DayNumber> jump;
        if (e.key.keysym.sym == SDLK_PAGEUP) jump = prev_mark_day(st.timeline.marks, st.playback.t);
        if (e.key.keysym.sym == SDLK_PAGEDOWN) jump = next_mark_day(st.timeline.marks, st.playback.t);
        if (jump) st.playback.set_day(*jump);
      }
      break;
    default:
      break;
  }
}

}  // namespace

int run_window(const Options& options, AtlasSession& session) {
  std::string error;
  GlWindowConfig config;
  config.width = options.width.value_or(1280);
  config.height = options.height.value_or(720);
  config.title = session.bundled ? "histmap — Steppe and Rail, 1917–1920" : "histmap";
  auto window = GlWindow::create(config, error);
  if (!window) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 1;
  }
  std::vector<unsigned char> font;
  if (!read_file_bytes(default_font_path(), font, error)) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 1;
  }
  MapRenderer renderer;
  if (!renderer.init(session.atlas, font, error)) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 1;
  }
  if (SDL_GL_SetSwapInterval(1) != 0) SDL_GL_SetSwapInterval(0);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing written next to the user's files
  ImFontConfig font_cfg;
  font_cfg.FontDataOwnedByAtlas = false;
  io.Fonts->AddFontFromMemoryTTF(font.data(), static_cast<int>(font.size()), 17.0f, &font_cfg,
                                 kUiGlyphs);
  ImGui_ImplSDL2_InitForOpenGL(window->window(), window->context());
  ImGui_ImplOpenGL3_Init("#version 330 core");

  WindowState st;
  int w = 0, h = 0;
  window->drawable_size(w, h);
  st.camera = initial_camera(session.atlas, w, h, session.bundled);
  // Lift the map by half the timeline panel's height so nothing starts hidden under it.
  st.camera.pan_pixels(0, -80);
  st.playback.first = session.first_day;
  st.playback.last = session.last_day;
  st.playback.set_day(options.date ? *options.date : session.first_day);
  st.timeline.display = options.date_display;
  st.timeline.story_first = session.first_day;
  st.timeline.story_last = session.last_day;
  std::tie(st.timeline.data_first, st.timeline.data_last) = session.atlas.time_extent();
  st.timeline.trail_days = options.trail_days;
  init_timeline(st.timeline, session.atlas, st.playback);
  Bounds data_bounds = session.atlas.bounds(false);
  if (data_bounds.empty) data_bounds = session.atlas.bounds(true);

  FrameOptions frame;
  frame.language = options.language;
  frame.date_display = options.date_display;
  frame.title = session.bundled ? frame.title : std::string("histmap");
  OffscreenTarget target;
  Uint64 last = SDL_GetPerformanceCounter();
  while (!st.quit) {
    SDL_Event e;
    // While paused, sleep until something happens instead of spinning the CPU.
    if (!st.playback.playing && SDL_WaitEventTimeout(&e, 250)) {
      ImGui_ImplSDL2_ProcessEvent(&e);
      handle_event(e, st, data_bounds);
    }
    while (SDL_PollEvent(&e)) {
      ImGui_ImplSDL2_ProcessEvent(&e);
      handle_event(e, st, data_bounds);
    }
    const Uint64 now = SDL_GetPerformanceCounter();
    const double dt =
        static_cast<double>(now - last) / static_cast<double>(SDL_GetPerformanceFrequency());
    last = now;
    st.playback.advance(std::min(dt, 0.25));

    window->drawable_size(w, h);
    if (w != st.camera.width || h != st.camera.height) {
      st.camera.width = w;
      st.camera.height = h;
    }
    if (!target.resize(w, h, error)) {
      std::fprintf(stderr, "histmap: %s\n", error.c_str());
      break;
    }
    evaluate_scene(session.atlas, st.playback.t, st.scene, {st.timeline.trail_days});
    if (st.click) {
      // Clicking empty map closes the inspector; a symbol gets a finger's width of slack.
      st.inspector.feature = pick_feature(session.atlas, st.scene, st.camera, st.click->x,
                                          st.click->y, 10.0 * double{io.DisplayFramebufferScale.x});
      st.click.reset();
    }
    frame.selected = st.inspector.feature ? static_cast<std::int32_t>(*st.inspector.feature) : -1;
    frame.date_display = st.timeline.display;
    target.bind();
    renderer.draw(session.atlas, st.scene, st.camera, frame);
    target.blit_to_window(w, h);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    draw_timeline_panel(st.playback, st.timeline, session.atlas, io.DisplaySize.x,
                        io.DisplaySize.y);
    if (st.timeline.selected) {  // a marker clicked on the timeline: select it on the map
      st.inspector.feature = *st.timeline.selected;
      st.timeline.selected.reset();
    }
    draw_inspector_panel(session.atlas, st.inspector, st.timeline.display, io.DisplaySize.x,
                         io.DisplaySize.y, st.timeline.height);
    ImGui::Render();
    glViewport(0, 0, w, h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(window->window());
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  return 0;
}

}  // namespace histmap
