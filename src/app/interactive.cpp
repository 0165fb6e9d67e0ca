#include "app/interactive.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "app/app_ui.h"
#include "app/gl_window.h"
#include "app/headless.h"
#include "app/kiosk_session.h"
#include "app/resources.h"
#include "app/screenshot.h"
#include "app/show_control.h"
#include "app/story_export.h"
#include "app/story_mode.h"
#include "app/study_tools.h"
#include "app/video_export.h"
#include "app/window_loads.h"
#include "core/gestures.h"
#include "core/measure.h"
#include "core/picking.h"
#include "core/scene.h"
#include "data/exporter.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "ui/open_panel.h"
#include "ui/operator_panels.h"
#include "ui/progress_panel.h"
#include "ui/story_panel.h"

namespace histmap {
namespace {

// Everything the loop changes, in one place passed explicitly (no globals).
struct WindowState {
  AppUi ui;
  Camera camera;
  CameraFlight flight;
  Scene scene;
  GestureRecognizer touch;
  bool dragging = false;
  int press_x = 0, press_y = 0;  // where the left button went down: a click if it barely moved
  std::optional<Vec2> click;     // a click on the map to resolve after the scene is evaluated
  bool quit = false;
  double now = 0;  // seconds, for animated camera moves
  Bounds data_bounds;
  Camera home;  // "fit to data"
  float pixel_ratio = 1;
  StoryMode stories;
  std::optional<KioskSession> kiosk;  // set in kiosk mode
  ShowControl show;                   // OSC cues in, the date out
  bool screenshot = false;            // F12: save the next frame
  std::string toast;                  // a short notice at the top ("Screenshot saved: ...")
  double toast_until = 0;
  std::unique_ptr<struct WindowExport> export_job;  // a story being exported, a few frames a frame
  Measurement measurement;                          // the Measure tool's clicks and lengths
  WindowLoads loads;                                // data being opened or added, off the UI thread
  bool first_load = false;  // the command line's DATA is loading: --date and --select wait for it
};

// The story panel's Export video: the open story rendered offscreen as the command line's
// --story NAME --export-video would, a frame or two per window frame, with a progress bar.
struct WindowExport {
  Options options;
  StoryFrames frames;
  VideoExport exporter;
  std::string title;
};

void notify(WindowState& st, std::string text) {
  std::fprintf(stderr, "histmap: %s\n", text.c_str());
  st.toast = std::move(text);
  st.toast_until = st.now + 4;
}

void start_export(WindowState& st, const Options& base, const AtlasSession& session,
                  const std::vector<unsigned char>& font) {
  if (!st.stories.active() || st.export_job) return;
  const LoadedStory& story = st.stories.loaded();
  auto job = std::make_unique<WindowExport>();
  job->options = base;
  job->options.ui = false;
  job->options.scale = 1;
  job->options.width = 1280;  // a classroom projector's size; llvmpipe draws it in real time
  job->options.height = 720;
  job->options.language = st.ui.controls.language;
  job->options.theme = st.ui.controls.theme;
  job->options.date_display = st.ui.timeline.display;
  job->options.select.clear();
  job->options.export_frames.clear();
  // The video shows what the window shows: its time mode and attribute filters.
  const FilterView& filter = st.ui.filter;
  job->options.filters = filter.filters;
  job->options.window_days.reset();
  job->options.since.reset();
  if (filter.mode == TimeMode::Window) job->options.window_days = filter.window_days;
  if (filter.mode == TimeMode::Since)
    job->options.since = static_cast<DayNumber>(std::floor(filter.since_day));
  job->options.export_video = user_folder("Videos") + "/histmap-" + story.story.name + "-" +
                              language_code(st.ui.controls.language) + ".mp4";
  job->title = fill(st.ui.tr.tr("export.title"), {story.story.title.in(st.ui.controls.language)});
  const double natural = StoryPlayer{}.story_seconds(story.story);
  const int count = static_cast<int>(std::lround(natural * job->options.fps)) + 1;
  WindowExport* j = job.get();
  const LoadedStory* s = &story;
  const double fps = job->options.fps;
  std::string error;
  const auto setup = [j, s, fps](int k, ViewRenderer& view) {
    if (k == 0) j->frames.begin(*s, view);
    return j->frames.setup(k / fps, view);
  };
  if (!job->exporter.start(session, job->options, font, count, setup, error)) {
    notify(st, fill(st.ui.tr.tr("export.failed"), {error}));
    return;
  }
  st.export_job = std::move(job);
}

// A frame or two of the export per window frame; the window stays responsive.
void step_export(WindowState& st) {
  if (!st.export_job) return;
  WindowExport& job = *st.export_job;
  std::string error;
  if (!job.exporter.step(2, error)) {
    notify(st, fill(st.ui.tr.tr("export.failed"), {error}));
    st.export_job.reset();
    return;
  }
  if (job.exporter.all_written()) {
    if (job.exporter.finish(error))
      notify(st, fill(st.ui.tr.tr("export.done"), {job.options.export_video}));
    else
      notify(st, fill(st.ui.tr.tr("export.failed"), {error}));
    st.export_job.reset();
  }
}

bool in_kiosk(const WindowState& st) {
  return st.kiosk.has_value();
}

// The top-left corner where a long press asks for the operator's PIN (window points).
bool in_corner(float x, float y) {
  return x < 64 && y < 64;
}

// A move the user asked for by key or button glides there; drags and pinches follow the hand.
void fly(WindowState& st, Camera target) {
  target.clamp_to(st.data_bounds);
  st.flight.begin(st.camera, target, st.now, 0.45);
}

Bounds feature_bounds(const Atlas& atlas, const Scene& scene, std::uint32_t i) {
  Bounds b;
  if (i < scene.mover_of.size() && scene.mover_of[i] >= 0) {
    const GeoPoint& p = scene.movers[static_cast<std::size_t>(scene.mover_of[i])].pos;
    b.add(p.x, p.y);
    return b;
  }
  for (const auto& part : atlas.features[i].parts)
    for (const GeoPoint& p : part) b.add(p.x, p.y);
  return b;
}

// A click with the Measure tool: on a station or town the end is that feature (the nearest
// within a finger's width, even under an event's marker), so the way along the railway is
// measured too; on another point symbol, that; elsewhere the spot clicked.
void measure_click(WindowState& st, const AtlasSession& session, const Vec2& click) {
  const Atlas& atlas = session.atlas;
  const double radius = 12.0 * st.pixel_ratio;
  std::int32_t feature = -1;
  GeoPoint p;
  double best = radius;
  const auto single_point = [](const Feature& f) {
    return f.geometry == GeometryType::Point && f.times.empty() && !f.parts.empty() &&
           f.parts.front().size() == 1;
  };
  for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
    const Feature& f = atlas.features[i];
    if (i >= st.scene.visible.size() || !st.scene.visible[i] || !single_point(f) ||
        (f.kind != Kind::Station && f.kind != Kind::Place))
      continue;
    const GeoPoint& q = f.parts.front().front();
    const Vec2 s = st.camera.world_to_screen(q.x, q.y);
    const double d = std::hypot(s.x - click.x, s.y - click.y);
    if (d <= best) {
      best = d;
      feature = static_cast<std::int32_t>(i);
      p = q;
    }
  }
  if (feature < 0) {
    if (const auto picked = pick_feature(atlas, st.scene, st.camera, click.x, click.y, radius);
        picked && single_point(atlas.features[*picked])) {
      feature = static_cast<std::int32_t>(*picked);
      p = atlas.features[*picked].parts.front().front();
    }
  }
  if (feature < 0) {
    const Vec2 w = st.camera.screen_to_world(click.x, click.y);
    p.x = w.x;
    p.y = w.y;
    if (!session.projection || !session.projection->inverse(p)) return;
  }
  const Projector project = [&session](std::vector<GeoPoint>& pts) {
    return session.projection && session.projection->forward(pts);
  };
  add_measure_point(st.measurement, atlas, p, feature, project);
}

// Toolbar → Export: what is on the map now (the layers and filters shown) as GeoJSON or CSV
// in Documents, or the map as a PNG at three times the window's view in Pictures.
void export_from_window(WindowState& st, const Options& options, const AtlasSession& session,
                        const std::vector<unsigned char>& font, ControlsView::ExportRequest what) {
  const double t = st.ui.playback.t;
  std::string error, path;
  using R = ControlsView::ExportRequest;
  if (what == R::GeoJson || what == R::Csv) {
    const bool csv = what == R::Csv;
    path = timestamped_name(user_folder("Documents"), t, "visible", csv ? "csv" : "geojson");
    std::size_t count = 0;
    if (export_visible(session.atlas, st.scene, path,
                       csv ? ExportFormat::Csv : ExportFormat::GeoJson, count, error))
      notify(st, fill(st.ui.tr.tr("export.saved_features"), {path, std::to_string(count)}));
    else
      notify(st, fill(st.ui.tr.tr("export.failed"), {error}));
    return;
  }
  // The print: the window's view, with the same extent, at 3x (as --render --scale 3 draws).
  constexpr double kPrintScale = 3;
  Options print = options;
  print.ui = false;
  print.scale = kPrintScale;
  print.width = static_cast<int>(std::lround(st.camera.width / double{st.pixel_ratio}));
  print.height = static_cast<int>(std::lround(st.camera.height / double{st.pixel_ratio}));
  print.language = st.ui.controls.language;
  print.theme = st.ui.controls.theme;
  print.date_display = st.ui.timeline.display;
  print.trail_days = st.ui.timeline.trail_days;
  print.select = st.ui.inspector.feature ? session.atlas.features[*st.ui.inspector.feature].id : "";
  print.measure.clear();
  ViewRenderer view;
  Image image;
  path = timestamped_name(user_folder("Pictures"), t, "print", "png");
  if (!view.init(session, print, font, error)) {
    notify(st, fill(st.ui.tr.tr("export.failed"), {error}));
    return;
  }
  Camera& c = view.camera();
  const int pw = c.width, ph = c.height;
  c = st.camera;
  c.meters_per_pixel = st.camera.meters_per_pixel * st.camera.width / pw;
  c.width = pw;
  c.height = ph;
  view.ui().controls.filter = st.ui.controls.filter;
  view.frame().highlighted = story_highlights(st.stories);
  if (st.ui.controls.measuring && st.measurement.complete())
    view.frame().measurement = &st.measurement;
  view.draw(t, image);
  if (write_png(image, path, error))
    notify(st, fill(st.ui.tr.tr("export.done"), {path}));
  else
    notify(st, fill(st.ui.tr.tr("export.failed"), {error}));
}

// A search result was chosen: select it, move time to it if it is not on the map now, and fly.
void go_to(WindowState& st, const Atlas& atlas, std::uint32_t i) {
  const Feature& f = atlas.features[i];
  st.ui.inspector.feature = i;
  if (!present_at(f, st.ui.playback.t)) {
    if (f.start && !f.start->open_start)
      st.ui.playback.set_day(f.start->earliest);
    else if (!f.times.empty())
      st.ui.playback.set_day(f.times.front());
  }
  evaluate_scene(atlas, st.ui.playback.t, st.scene, scene_options(st.ui));
  // Close enough to read the town names around a point; areas fill the view.
  fly(st, focus_on(st.camera, feature_bounds(atlas, st.scene, i), 1500 * st.pixel_ratio));
}

// Is a point (window points) on a panel, as the panels stood last frame? ImGui learns where
// the pointer is only at its next frame, too late for a click or a finger that has already
// landed; the panels' own rectangles are known now.
// Is there a panel of ImGui's under (x, y) in window points, or a popup open (a click outside
// a popup closes it and must not also act on the map)? Asked of the windows ImGui drew last
// frame, at the event's own position: io.WantCaptureMouse is from where the pointer was when
// that frame began, so the first click on the map after a toolbar button was taken for the
// toolbar's and lost (seen with the Measure tool).
bool pointer_on_ui(float x, float y) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.OpenPopupStack.Size > 0) return true;
  for (const ImGuiWindow* w : g.Windows)
    if (w->Active && !w->Hidden && !(w->Flags & ImGuiWindowFlags_NoMouseInputs) &&
        w->OuterRectClipped.Contains(ImVec2(x, y)))
      return true;
  return false;
}

bool over_panels(const WindowState& st, float x, float y) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  return y >= size.y - st.ui.timeline.height || x >= size.x - st.ui.inspector.width ||
         st.ui.controls.toolbar_rect.contains(x, y) || st.ui.controls.panel_rect.contains(x, y) ||
         st.ui.filter.rect.contains(x, y) || st.ui.statistics.rect.contains(x, y) ||
         (st.stories.active() && st.stories.panel.rect.contains(x, y));
}

// Keys that turn a story's pages: Page Down / Up (what presentation clickers send), the
// arrows and space. True when the key was the story's.
bool story_key(WindowState& st, SDL_Keycode key) {
  if (!st.stories.active()) return false;
  if (key == SDLK_PAGEDOWN || key == SDLK_RIGHT || key == SDLK_SPACE || key == SDLK_DOWN) {
    next_chapter(st.stories, st.now);
    return true;
  }
  if (key == SDLK_PAGEUP || key == SDLK_LEFT || key == SDLK_UP) {
    previous_chapter(st.stories, st.now);
    return true;
  }
  if (key == SDLK_ESCAPE && !st.ui.inspector.feature) {
    leave_story(st.stories, st.ui);
    return true;
  }
  return false;
}

// The kiosk's operator keys; everything else a visitor can reach is harmless.
bool kiosk_key(WindowState& st, const SDL_Keysym& k) {
  const bool combo = (k.mod & KMOD_CTRL) && (k.mod & KMOD_ALT) && (k.mod & KMOD_SHIFT);
  if (combo && k.sym == SDLK_q) {
    st.quit = true;
    return true;
  }
  if (combo && k.sym == SDLK_o) {
    st.kiosk->controller.operator_keys(st.now);
    return true;
  }
  // Settings stay out of a visitor's reach: the theme, screenshots.
  return k.sym == SDLK_F5 || k.sym == SDLK_F12;
}

void handle_event(const SDL_Event& e, WindowState& st) {
  const ImGuiIO& io = ImGui::GetIO();
  const double fx = io.DisplayFramebufferScale.x, fy = io.DisplayFramebufferScale.y;
  const auto touch_mouse = [](Uint32 which) { return which == SDL_TOUCH_MOUSEID; };
  if (in_kiosk(st)) {
    switch (e.type) {
      case SDL_MOUSEBUTTONDOWN:
      case SDL_FINGERDOWN:
      case SDL_KEYDOWN:
      case SDL_MOUSEWHEEL:
      case SDL_TEXTINPUT:
        kiosk_input(*st.kiosk, st.stories, st.now);
        break;
      default:
        break;
    }
    // A long press in the corner asks for the operator's PIN.
    if (e.type == SDL_MOUSEBUTTONDOWN &&
        in_corner(static_cast<float>(e.button.x), static_cast<float>(e.button.y)))
      st.kiosk->controller.corner_down(st.now);
    if (e.type == SDL_FINGERDOWN &&
        in_corner(e.tfinger.x * io.DisplaySize.x, e.tfinger.y * io.DisplaySize.y))
      st.kiosk->controller.corner_down(st.now);
    if (e.type == SDL_MOUSEBUTTONUP || e.type == SDL_FINGERUP) st.kiosk->controller.corner_up();
    if (e.type == SDL_KEYDOWN && kiosk_key(st, e.key.keysym)) return;
    if (e.type == SDL_QUIT) return;  // no closing the window from a visitor's keyboard
  }
  switch (e.type) {
    case SDL_QUIT:
      st.quit = true;
      break;
    case SDL_WINDOWEVENT:
      if (e.window.event == SDL_WINDOWEVENT_FOCUS_LOST) st.touch.cancel();
      break;
    case SDL_MOUSEBUTTONDOWN:
      // Fingers drive the map through the gesture recognizer; the mouse events SDL makes from
      // them reach only the panels.
      if (touch_mouse(e.button.which)) break;
      if (!pointer_on_ui(static_cast<float>(e.button.x), static_cast<float>(e.button.y)) &&
          !over_panels(st, static_cast<float>(e.button.x), static_cast<float>(e.button.y)) &&
          e.button.button == SDL_BUTTON_LEFT) {
        if (e.button.clicks == 2) {
          Camera target = st.camera;
          target.zoom_about(fx * e.button.x, fy * e.button.y, 2.0);
          fly(st, target);
          break;
        }
        st.dragging = true;
        st.press_x = e.button.x;
        st.press_y = e.button.y;
      }
      break;
    case SDL_MOUSEBUTTONUP:
      if (touch_mouse(e.button.which)) break;
      if (e.button.button == SDL_BUTTON_LEFT && st.dragging &&
          std::abs(e.button.x - st.press_x) + std::abs(e.button.y - st.press_y) <= 4)
        st.click = Vec2{fx * e.button.x, fy * e.button.y};
      if (e.button.button == SDL_BUTTON_LEFT) st.dragging = false;
      break;
    case SDL_MOUSEMOTION:
      if (touch_mouse(e.motion.which)) break;
      if (st.dragging) {
        st.flight.active = false;
        st.camera.pan_pixels(fx * e.motion.xrel, fy * e.motion.yrel);
        st.camera.clamp_to(st.data_bounds);
      }
      break;
    case SDL_MOUSEWHEEL:
      if (e.wheel.y != 0 && !touch_mouse(e.wheel.which)) {
        int mx = 0, my = 0;
        SDL_GetMouseState(&mx, &my);
        if (pointer_on_ui(static_cast<float>(mx), static_cast<float>(my)) ||
            over_panels(st, static_cast<float>(mx), static_cast<float>(my)))
          break;
        st.flight.active = false;
        st.camera.zoom_about(fx * mx, fy * my, std::pow(1.25, e.wheel.y));
        st.camera.clamp_to(st.data_bounds);
      }
      break;
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP: {
      // Finger positions are 0..1 of the window; the map works in drawable pixels.
      const double x = double{e.tfinger.x} * st.camera.width;
      const double y = double{e.tfinger.y} * st.camera.height;
      const double t = e.tfinger.timestamp / 1000.0;
      GestureOutput g;
      if (e.type == SDL_FINGERDOWN) {
        // A finger that lands on a panel belongs to the panel (ImGui gets its mouse events).
        if (pointer_on_ui(static_cast<float>(x / fx), static_cast<float>(y / fy)) ||
            over_panels(st, static_cast<float>(x / fx), static_cast<float>(y / fy)))
          break;
        g = st.touch.down(e.tfinger.fingerId, x, y, t);
      } else if (e.type == SDL_FINGERMOTION) {
        g = st.touch.move(e.tfinger.fingerId, x, y, t);
      } else {
        g = st.touch.up(e.tfinger.fingerId, x, y, t);
      }
      if (g.pan_dx != 0 || g.pan_dy != 0 || g.zoom != 1) {
        st.flight.active = false;
        st.camera.pan_pixels(g.pan_dx, g.pan_dy);
        if (g.zoom != 1) st.camera.zoom_about(g.zoom_x, g.zoom_y, g.zoom);
        st.camera.clamp_to(st.data_bounds);
      }
      if (g.double_tap) {
        Camera target = st.camera;
        target.zoom_about(g.tap_x, g.tap_y, 2.0);
        fly(st, target);
      } else if (g.tap) {
        st.click = Vec2{g.tap_x, g.tap_y};
      }
      break;
    }
    case SDL_KEYDOWN: {
      if (io.WantCaptureKeyboard) break;
      const SDL_Keycode key = e.key.keysym.sym;
      const bool shift = (e.key.keysym.mod & KMOD_SHIFT) != 0;
      const bool ctrl = (e.key.keysym.mod & KMOD_CTRL) != 0;
      if (story_key(st, key)) break;
      Playback& pb = st.ui.playback;
      if (key == SDLK_SPACE) pb.toggle();
      if (key == SDLK_ESCAPE) {
        // Esc ends a measurement first (and the tool with it), then closes the inspector.
        if (st.ui.controls.measuring) {
          st.ui.controls.measuring = false;
          st.measurement.clear();
        } else {
          st.ui.inspector.feature.reset();
        }
      }
      // , and . step a day (a week with Shift), as video players step frames.
      const StepUnit unit = shift ? StepUnit::Week : StepUnit::Day;
      if (key == SDLK_COMMA || key == SDLK_LESS) pb.set_day(step_day(pb.t, unit, -1));
      if (key == SDLK_PERIOD || key == SDLK_GREATER) pb.set_day(step_day(pb.t, unit, 1));
      std::optional<DayNumber> jump;
      if (key == SDLK_PAGEUP) jump = prev_mark_day(st.ui.timeline.marks, pb.t);
      if (key == SDLK_PAGEDOWN) jump = next_mark_day(st.ui.timeline.marks, pb.t);
      if (jump) pb.set_day(*jump);
      // The camera: arrows pan a fifth of the view, + and - zoom about the centre.
      Camera target = st.flight.active ? st.flight.to : st.camera;
      const double step = 0.2 * std::min(target.width, target.height);
      bool moved = true;
      if (key == SDLK_LEFT)
        target.pan_pixels(step, 0);
      else if (key == SDLK_RIGHT)
        target.pan_pixels(-step, 0);
      else if (key == SDLK_UP)
        target.pan_pixels(0, step);
      else if (key == SDLK_DOWN)
        target.pan_pixels(0, -step);
      else if (key == SDLK_PLUS || key == SDLK_EQUALS || key == SDLK_KP_PLUS)
        target.zoom_about(target.width / 2.0, target.height / 2.0, 1.6);
      else if (key == SDLK_MINUS || key == SDLK_KP_MINUS)
        target.zoom_about(target.width / 2.0, target.height / 2.0, 1 / 1.6);
      else if (key == SDLK_HOME)
        target = st.home;
      else
        moved = false;
      if (moved) fly(st, target);
      if ((ctrl && key == SDLK_f) || key == SDLK_SLASH) st.ui.controls.focus_search = true;
      if (key >= SDLK_F1 && key <= SDLK_F4) st.ui.controls.language = kLanguages[key - SDLK_F1];
      if (key == SDLK_F5)
        st.ui.controls.theme =
            st.ui.controls.theme == Theme::Default ? Theme::HighContrast : Theme::Default;
      if (key == SDLK_F12) st.screenshot = true;
      break;
    }
    default:
      break;
  }
}

// Where a chapter's view goes: fitted above the caption panel or beside it, whichever shows
// it larger, clear of the toolbar, the timeline and the inspector (drawable pixels).
Camera chapter_view_camera(const WindowState& st, const Camera& from, float display_h) {
  const float r = st.pixel_ratio;
  const UiRect& panel = st.stories.panel.rect;
  ScreenInsets above;
  above.top = r * (st.ui.controls.toolbar_rect.y1 + 8);
  above.right = r * st.ui.inspector.width;
  above.bottom =
      r * std::max(display_h - (panel.y1 > 0 ? panel.y0 : display_h), st.ui.timeline.height);
  ScreenInsets beside = above;
  beside.bottom = r * st.ui.timeline.height;
  beside.left = r * panel.x1;
  return chapter_camera(st.stories.view(), from, above, beside);
}

// 1234567 as "1 234 567" (thin spaces), as the map writes strengths.
std::string grouped(long long n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > (n < 0 ? 1 : 0); i -= 3)
    s.insert(static_cast<std::size_t>(i), "\u2009");
  return s;
}

// A load has finished: the renderer's geometry, the panels and the view follow the new atlas,
// and the user is told what came in and what was wrong with it.
void on_loaded(WindowState& st, AtlasSession& session, MapRenderer& renderer, LoadResult& r,
               const Options& options) {
  const Translations& tr = st.ui.tr;
  if (r.cancelled) {
    notify(st, tr.tr("load.cancelled"));
    return;
  }
  if (!options.quiet) report_diagnostics(r.diagnostics, stderr);
  const bool add = r.request.add;
  renderer.set_atlas(session.atlas);
  st.scene = Scene{};
  refresh_app_ui(st.ui, session, std::move(r.index), add);
  if (!add) {
    // Another atlas: the selection and the bundled stories no longer apply.
    st.ui.inspector.feature.reset();
    if (st.stories.active()) leave_story(st.stories, st.ui);
    st.stories.picker.open = false;
    st.stories.library = {};
    st.ui.controls.has_stories = false;
  }
  st.data_bounds = session.atlas.bounds(false);
  if (st.data_bounds.empty) st.data_bounds = session.atlas.bounds(true);
  st.home = initial_camera(session.atlas, st.camera.width, st.camera.height, session.bundled);
  st.home.pan_pixels(0, -60 * st.pixel_ratio);
  // Added layers are shown where they are; opened data as a whole.
  Camera target = st.home;
  if (add) {
    Bounds b;
    for (std::size_t i = r.features_before; i < session.atlas.features.size(); ++i)
      for (const auto& part : session.atlas.features[i].parts)
        for (const GeoPoint& p : part) b.add(p.x, p.y);
    if (!b.empty) {
      // With a margin as deep as the timeline, so nothing of the new layers starts under
      // the panels (the toolbar is shallower).
      target = st.camera;
      target.fit(b, st.pixel_ratio * (st.ui.timeline.height + 24));
    }
  }
  if (st.first_load) {
    // The command line's DATA: its --date and --select apply now, and the view starts there.
    st.first_load = false;
    if (options.date) st.ui.playback.set_day(*options.date);
    const std::int32_t i = options.select.empty() ? -1 : session.atlas.index_of(options.select);
    if (i >= 0) st.ui.inspector.feature = static_cast<std::uint32_t>(i);
    st.camera = target;
  }
  fly(st, target);
  const std::size_t added = session.atlas.features.size() - r.features_before;
  LoadReportView& report = st.loads.report;
  report.summary = fill(tr.tr("load.done"), {grouped(static_cast<long long>(added)),
                                             describe_sources(r.request.inputs)});
  // Errors, then warnings, then notes (what was guessed), each in the load's order.
  std::vector<Diagnostic> sorted = r.diagnostics;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    const auto rank = [](Severity s) {
      return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
    };
    return rank(a.severity) < rank(b.severity);
  });
  report.total_notes =
      static_cast<std::size_t>(std::count_if(sorted.begin(), sorted.end(), [](const Diagnostic& d) {
        return d.severity == Severity::Note;
      }));
  report.total_problems = sorted.size() - report.total_notes;
  sorted.resize(std::min<std::size_t>(sorted.size(), 8));
  report.diagnostics = std::move(sorted);
  report.open = !r.diagnostics.empty() || added == 0;
  if (report.open && !options.quiet) std::fprintf(stderr, "histmap: %s\n", report.summary.c_str());
  if (!report.open) notify(st, report.summary);
}

void draw_overlays(WindowState& st, float display_w, float display_h) {
  StoryMode& sm = st.stories;
  const float bottom = display_h - st.ui.timeline.height;
  if (sm.active())
    draw_story_panel(sm.panel, sm.loaded().story, sm.player.chapter(), st.ui.tr, display_w, bottom);
  if (sm.picker.open) {
    std::vector<const Story*> list;
    for (const LoadedStory& s : sm.library.stories) list.push_back(&s.story);
    draw_story_picker(sm.picker, list, st.ui.tr, display_w, st.ui.controls.toolbar_rect.y1);
  }
  if (st.kiosk) {
    KioskSession& k = *st.kiosk;
    if (k.controller.mode() == KioskMode::PinPad)
      draw_pin_pad(k.pin, k.controller.pin_typed().size(), k.controller.pin_locked(st.now),
                   k.pin_wrong, st.ui.tr, display_w, display_h);
    if (k.controller.mode() == KioskMode::Operator)
      draw_operator_menu(k.choice, st.ui.tr, display_w, display_h);
    if (k.attracting) {
      // The loop invites a touch, gently pulsing, at the top centre.
      ImGui::SetNextWindowPos(ImVec2(display_w / 2, 12), ImGuiCond_Always, ImVec2(0.5f, 0));
      ImGui::SetNextWindowBgAlpha(0.55f + 0.3f * static_cast<float>(std::sin(st.now * 2.5)));
      ImGui::Begin("##attract", nullptr,
                   ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                       ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
      ImGui::TextUnformatted(st.ui.tr.tr("story.touch").c_str());
      ImGui::End();
    }
  }
  if (st.export_job) {
    VideoExport& e = st.export_job->exporter;
    const int left = e.frames_done() > 0 ? static_cast<int>(e.elapsed_s() / e.frames_done() *
                                                            (e.frames_total() - e.frames_done()))
                                         : 0;
    const std::string detail = fill(
        st.ui.tr.tr("export.detail"),
        {std::to_string(e.frames_done()), std::to_string(e.frames_total()), std::to_string(left)});
    if (draw_progress_panel(st.export_job->title, static_cast<float>(e.fraction()), detail,
                            st.ui.tr, display_w, display_h)) {
      e.cancel();
      st.export_job.reset();
    }
  }
  if (st.ui.controls.measuring) {
    // Under the toolbar: what to do, then the lengths.
    const Measurement& m = st.measurement;
    ImGui::SetNextWindowPos(
        ImVec2(st.ui.controls.toolbar_rect.x0 + 4, st.ui.controls.toolbar_rect.y1 + 4));
    ImGui::SetNextWindowBgAlpha(0.9f);
    ImGui::Begin("##measure", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    if (!m.complete()) {
      ImGui::TextUnformatted(st.ui.tr.tr("measure.hint").c_str());
    } else {
      ImGui::TextUnformatted(fill(st.ui.tr.tr("measure.great_circle"),
                                  {format_distance(m.great_circle_m, distance_words(st.ui.tr))})
                                 .c_str());
      if (m.rail.found)
        ImGui::TextUnformatted(fill(st.ui.tr.tr("measure.railway"),
                                    {format_distance(m.rail.metres, distance_words(st.ui.tr))})
                                   .c_str());
      else if (m.features.size() == 2 && m.features[0] >= 0 && m.features[1] >= 0)
        ImGui::TextDisabled("%s", st.ui.tr.tr("measure.no_railway").c_str());
    }
    ImGui::End();
  }
  const float below_toolbar = st.ui.controls.toolbar_rect.y1;
  draw_open_panel(st.loads.open, st.ui.tr, st.loads.job.busy(), below_toolbar);
  draw_load_report(st.loads.report, st.ui.tr, display_w, below_toolbar);
  if (st.loads.job.busy()) {
    const LoadStatus s = st.loads.job.status();
    const Translations& tr = st.ui.tr;
    std::string detail =
        s.features_total > 0 ? fill(tr.tr("load.detail_total"),
                                    {grouped(s.features_read), grouped(s.features_total)})
        : s.features_read > 0
            ? fill(tr.tr("load.detail"), {grouped(s.features_read)})
            // The loader has not said how far it is: the time it has taken so far.
            : fill(tr.tr("load.reading"), {std::to_string(static_cast<int>(s.seconds))});
    if (s.source_count > 1)
      detail += " · " + fill(tr.tr("load.source"),
                             {std::to_string(s.source_index + 1), std::to_string(s.source_count)});
    if (st.loads.cancelling) detail = tr.tr("load.cancelling");
    const std::string title = fill(
        tr.tr("load.title"),
        {describe_sources(s.source.empty() ? std::vector<std::string>{} : std::vector{s.source})});
    if (draw_load_progress(title, s.fraction(), detail, s.seconds, tr, display_w, display_h))
      cancel_loads(st.loads);
  }
  if (st.now < st.toast_until) {
    ImGui::SetNextWindowPos(ImVec2(display_w / 2, display_h / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(st.toast.c_str());
    ImGui::End();
  }
}

}  // namespace

int run_window(const Options& options, AtlasSession& session,
               const std::optional<KioskConfig>& kiosk_config, bool load_data) {
  std::string error;
  std::vector<std::string> log;
  GlWindowConfig config;
  config.width = options.width.value_or(1280);
  config.height = options.height.value_or(720);
  config.title = session.bundled ? "histmap — Steppe and Rail, 1917–1920" : "histmap";
  config.fullscreen = options.fullscreen || options.kiosk;
  config.display =
      options.display ? options.display : (kiosk_config ? kiosk_config->display : std::nullopt);
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

  WindowState st;
  int w = 0, h = 0, ww = 0, wh = 0;
  window->drawable_size(w, h);
  SDL_GetWindowSize(window->window(), &ww, &wh);
  st.pixel_ratio = ww > 0 ? static_cast<float>(w) / static_cast<float>(ww) : 1.0f;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing written next to the user's files
  Options ui_options = options;
  if (kiosk_config) {
    ui_options.language = kiosk_config->language;
    if (kiosk_config->projector) ui_options.theme = Theme::HighContrast;
  }
  init_app_ui(st.ui, session, ui_options);
  add_ui_fonts(st.ui, font, st.pixel_ratio);
  ImGui_ImplSDL2_InitForOpenGL(window->window(), window->context());
  ImGui_ImplOpenGL3_Init("#version 330 core");

  st.camera = initial_camera(session.atlas, w, h, session.bundled);
  // Lift the map by about half the timeline panel's height (less the toolbar's), so nothing
  // starts hidden under them.
  st.camera.pan_pixels(0, -60 * st.pixel_ratio);
  st.home = st.camera;
  st.data_bounds = session.atlas.bounds(false);
  if (st.data_bounds.empty) st.data_bounds = session.atlas.bounds(true);
  if (!options.select.empty()) {
    const std::int32_t i = session.atlas.index_of(options.select);
    if (i >= 0) st.ui.inspector.feature = static_cast<std::uint32_t>(i);
  }

  // Stories: the bundled ones, and the one asked for by name or path.
  // (Not for DATA still to load: the bundled stories tell of the bundled atlas.)
  if (!load_data || !options.story.empty())
    st.stories.library = load_story_library(stories_dir(), session.atlas, *session.projection, log);
  if (!options.story.empty()) {
    if (const LoadedStory* s = find_or_load_story(st.stories.library, options.story, session.atlas,
                                                  *session.projection, log)) {
      const auto index = static_cast<std::size_t>(st.stories.library.index_of(s->story.name));
      start_story(st.stories, index, static_cast<std::size_t>(options.chapter.value_or(1) - 1), 0,
                  st.ui);
    }
  }
  st.ui.controls.has_stories = !st.stories.library.stories.empty();
  st.ui.controls.can_open = true;
  // DATA from the command line: the window is there at once, with the load's progress.
  // main has read the --fields file once already: it was readable then.
  if (auto fields = field_map_for(options, error)) st.loads.fields = std::move(*fields);
  if (load_data) {
    request_load(st.loads, {options.data, false, {}, options.sql}, session);
    st.first_load = true;
  }
  if (kiosk_config) {
    st.kiosk.emplace();
    st.kiosk->controller = KioskController(*kiosk_config, 0);
    plan_attract_loop(*st.kiosk, st.stories.library, log);
    st.ui.large_type = true;  // touch-first: everything a size larger
    st.ui.controls.kiosk = true;
    st.stories.panel.allow_export = false;
    st.stories.panel.large = true;
  }
  open_show_control(st.show, options, log);
  const auto flush_log = [&] {
    if (!options.quiet)
      for (const std::string& line : log) std::fprintf(stderr, "histmap: %s\n", line.c_str());
    log.clear();
  };
  flush_log();

  FrameOptions frame;
  frame.date_display = options.date_display;
  frame.pixel_ratio = st.pixel_ratio;
  frame.words = &st.ui.tr;
  OffscreenTarget target;
  const Uint64 freq = SDL_GetPerformanceFrequency();
  const Uint64 start = SDL_GetPerformanceCounter();
  Uint64 last = start;
  // Seconds since the window opened: stories, flights and the kiosk's timer share this clock.
  const auto clock = [&](Uint64 counter) {
    return static_cast<double>(counter - start) / static_cast<double>(freq);
  };
  while (!st.quit) {
    SDL_Event e;
    // While paused and still, sleep until something happens instead of spinning the CPU.
    const bool still = !st.export_job && !st.ui.playback.playing && !st.flight.active &&
                       !st.stories.active() && !st.kiosk && st.now >= st.toast_until;
    // While data loads the bar moves at 30 frames a second, leaving the cores to the loader.
    const int wait_ms = st.loads.job.busy() ? 33 : st.show.listener ? 20 : 250;
    // Listening for cues, it wakes often enough that a cue lands within a frame or two.
    const auto dispatch = [&](const SDL_Event& ev) {
      // Files dropped on the window are added as layers; a kiosk takes none.
      if (st.kiosk && (ev.type == SDL_DROPFILE || ev.type == SDL_DROPTEXT)) {
        SDL_free(ev.drop.file);
        return;
      }
      if (!st.kiosk && handle_drop_event(st.loads, ev, session)) return;
      ImGui_ImplSDL2_ProcessEvent(&ev);
      handle_event(ev, st);
    };
    if (still && SDL_WaitEventTimeout(&e, wait_ms)) dispatch(e);
    while (SDL_PollEvent(&e)) dispatch(e);
    if (std::optional<LoadResult> loaded = poll_loads(st.loads, session))
      on_loaded(st, session, renderer, *loaded, options);
    const Uint64 now = SDL_GetPerformanceCounter();
    const double dt = static_cast<double>(now - last) / static_cast<double>(freq);
    last = now;
    st.now = clock(now);
    st.ui.playback.advance(std::min(dt, 0.25));

    if (apply_show_cues(st.show, st.stories, st.ui, st.now, log) > 0 && st.kiosk)
      kiosk_input(*st.kiosk, st.stories, st.now);  // a cue is somebody at the desk
    if (st.kiosk) {
      const KioskActions act = kiosk_frame(*st.kiosk, st.stories, st.ui, st.now);
      if (act.go_home) fly(st, st.home);
      if (act.quit) st.quit = true;
      if (act.leave_kiosk) {
        st.kiosk.reset();
        st.ui.large_type = false;
        st.ui.controls.kiosk = false;
        st.stories.panel.allow_export = true;
        st.stories.panel.large = false;
        SDL_SetWindowFullscreen(window->window(), 0);
      }
    }
    update_story(st.stories, st.now, st.ui);

    window->drawable_size(w, h);
    if (w != st.camera.width || h != st.camera.height) {
      st.camera.width = st.home.width = w;
      st.camera.height = st.home.height = h;
    }
    // The flight waits for the caption panel to have a size, so the view clears it.
    if (st.stories.active() && st.stories.chapter_changed && st.stories.panel.rect.y1 > 0) {
      const Camera to =
          chapter_view_camera(st, st.flight.active ? st.flight.to : st.camera, io.DisplaySize.y);
      st.flight.begin(st.camera, to, st.now, st.stories.player.timing.travel_seconds);
      st.stories.chapter_changed = false;
    }
    if (st.flight.active) st.camera = st.flight.at(st.now);
    if (!target.resize(w, h, error)) {
      std::fprintf(stderr, "histmap: %s\n", error.c_str());
      break;
    }
    apply_ui_choices(st.ui, options.quiet);
    update_study(st.ui, session.atlas);
    evaluate_scene(session.atlas, st.ui.playback.t, st.scene, scene_options(st.ui));
    if (st.click) {
      // Clicking empty map closes the inspector; a symbol gets a finger's width of slack.
      if (st.ui.controls.measuring)
        measure_click(st, session, *st.click);
      else
        st.ui.inspector.feature = pick_feature(session.atlas, st.scene, st.camera, st.click->x,
                                               st.click->y, 12.0 * st.pixel_ratio);
      st.click.reset();
    }
    frame.language = st.ui.controls.language;
    frame.theme = st.ui.controls.theme;
    frame.title = session.bundled ? st.ui.tr.tr("atlas.title") : std::string("histmap");
    frame.selected =
        st.ui.inspector.feature ? static_cast<std::int32_t>(*st.ui.inspector.feature) : -1;
    frame.highlighted = story_highlights(st.stories);
    frame.date_display = st.ui.timeline.display;
    frame.measurement = st.ui.controls.measuring ? &st.measurement : nullptr;
    target.bind();
    renderer.draw(session.atlas, st.scene, st.camera, frame);
    target.blit_to_window(w, h);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    draw_panels(st.ui, session, st.scene, renderer, io.DisplaySize.x, io.DisplaySize.y);
    draw_overlays(st, io.DisplaySize.x, io.DisplaySize.y);
    ImGui::Render();
    glViewport(0, 0, w, h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (st.screenshot) {
      st.screenshot = false;
      std::string path;
      if (save_screenshot(w, h, st.ui.playback.t, path, error))
        st.toast = fill(st.ui.tr.tr("screenshot.saved"), {path});
      else
        st.toast = error;
      std::fprintf(stderr, "histmap: %s\n", st.toast.c_str());
      st.toast_until = st.now + 3;
    }
    SDL_GL_SwapWindow(window->window());
    send_show_state(st.show, st.ui,
                    st.stories.active() && st.stories.player.phase_at(st.now) != StoryPhase::Rest,
                    log);
    flush_log();

    if (st.ui.controls.chosen) {
      go_to(st, session.atlas, *st.ui.controls.chosen);
      st.ui.controls.chosen.reset();
    }
    if (st.ui.controls.fit_requested) {
      fly(st, st.home);
      st.ui.controls.fit_requested = false;
    }
    if (st.ui.controls.measure_toggled) {  // the button starts afresh and clears when off
      st.measurement.clear();
      st.ui.controls.measure_toggled = false;
    }
    if (st.ui.controls.export_request != ControlsView::ExportRequest::None) {
      export_from_window(st, options, session, font, st.ui.controls.export_request);
      st.ui.controls.export_request = ControlsView::ExportRequest::None;
    }
    if (st.ui.controls.open_requested) {
      st.loads.open.open = !st.loads.open.open;
      st.ui.controls.open_requested = false;
    }
    if (st.loads.open.asked) {
      LoadRequest request;
      request.inputs = std::move(st.loads.open.asked->inputs);
      request.add = st.loads.open.asked->add;
      request.sql = std::move(st.loads.open.asked->sql);
      request.fields = std::move(st.loads.open.asked->fields);
      st.loads.open.asked.reset();
      request_load(st.loads, std::move(request), session);
    }
    if (st.ui.controls.stories_requested) {
      st.stories.picker.open = !st.stories.picker.open;
      st.ui.controls.stories_requested = false;
    }
    if (st.stories.panel.export_video) {
      st.stories.panel.export_video = false;
      start_export(st, options, session, font);
    }
    act_on_story_panels(st.stories, st.now, st.ui);
    step_export(st);
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  return 0;
}

}  // namespace histmap
