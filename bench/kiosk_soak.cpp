// histmap bench: weeks of an exhibition kiosk on a simulated clock. The kiosk's own logic
// (idle timer, attract loop, stories, the operator's PIN pad), the scene, and the panels
// (Dear ImGui, fed random clicks anywhere on screen as a visitor's taps) run at a fixed step;
// every so often a real frame is drawn offscreen with the map and the panels, so GL objects
// are exercised too. Visitors come and go at random: bursts of taps, story pages turned,
// languages switched, wrong PINs, features picked on the map.
// Reports how the heap in use (glibc's mallinfo2) and the resident memory move from the
// warm-up (a day, or a quarter of a shorter run) to the end, and what happened. With --check it
// exits 1 when the heap in use grew by more than --max-growth MiB (default 1) after the
// warm-up, or when the attract loop ever left the screen still.
// Usage: histmap_kiosk_soak [--days D] [--step SECONDS] [--render-every SECONDS] [--check]
//                           [--max-growth MIB]
#include <malloc.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app/app_ui.h"
#include "app/atlas_session.h"
#include "app/gl_window.h"
#include "app/kiosk_session.h"
#include "app/resources.h"
#include "app/story_mode.h"
#include "bench_report.h"
#include "core/picking.h"
#include "core/scene.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "ui/operator_panels.h"
#include "ui/story_panel.h"

using namespace histmap;
using namespace histmap::bench;

namespace {

double heap_in_use_mib() {
  const struct mallinfo2 m = mallinfo2();
  return static_cast<double>(m.uordblks + m.hblkhd) / (1024.0 * 1024.0);
}

double rss_mib() {
  std::ifstream in("/proc/self/statm");
  long pages = 0, resident = 0;
  in >> pages >> resident;
  return static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0);
}

struct Tally {
  long steps = 0, frames = 0, taps = 0, attract_starts = 0, stories_started = 0, pages_turned = 0,
       pin_tries = 0, operator_visits = 0, still_steps = 0;
};

}  // namespace

int main(int argc, char** argv) {
  double days = 7, step = 0.5, render_every = 60, max_growth = 1;
  bool check = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto next = [&] { return i + 1 < argc ? std::atof(argv[++i]) : 0.0; };
    if (a == "--days")
      days = next();
    else if (a == "--step")
      step = next();
    else if (a == "--render-every")
      render_every = next();
    else if (a == "--check")
      check = true;
    else if (a == "--max-growth")
      max_growth = next();
    else {
      std::fprintf(stderr,
                   "usage: histmap_kiosk_soak [--days D] [--step S] [--render-every S] [--check] "
                   "[--max-growth MIB]\n");
      return 2;
    }
  }
  if (!(days > 0) || !(step > 0) || !(render_every > 0)) return 2;

  std::string error;
  auto window = GlWindow::create({.offscreen = true}, error);
  Options options;
  options.quiet = true;
  auto session = load_session(options, error);
  std::vector<unsigned char> font;
  if (!window || !session || !read_file_bytes(default_font_path(), font, error)) {
    std::fprintf(stderr, "kiosk soak: %s\n", error.c_str());
    return 1;
  }
  constexpr int kW = 640, kH = 360;
  MapRenderer renderer;
  OffscreenTarget target;
  if (!renderer.init(session->atlas, font, error) || !target.resize(kW, kH, error)) {
    std::fprintf(stderr, "kiosk soak: %s\n", error.c_str());
    return 1;
  }

  AppUi ui;
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(kW, kH);
  init_app_ui(ui, *session, options);
  add_ui_fonts(ui, font, 1.0f);
  ImGui_ImplOpenGL3_Init("#version 330 core");

  std::vector<std::string> log;
  StoryMode stories;
  stories.library = load_story_library(stories_dir(), session->atlas, *session->projection, log);
  KioskConfig cfg;
  cfg.idle_seconds = 90;
  cfg.pin = "2718";
  cfg.language = Language::Kk;
  KioskSession kiosk;
  kiosk.controller = KioskController(cfg, 0);
  plan_attract_loop(kiosk, stories.library, log);
  ui.large_type = true;
  ui.controls.kiosk = true;
  stories.panel.allow_export = false;
  stories.panel.large = true;

  Scene scene;
  Camera camera = initial_camera(session->atlas, kW, kH, true);
  FrameOptions frame;
  frame.words = &ui.tr;
  std::mt19937 rng(1918);
  std::uniform_real_distribution<double> u01(0, 1);
  Tally n;
  struct Sample {
    double day, mib;
  };
  std::vector<Sample> samples;
  double visitor_until = -1, next_visitor = 600, next_tap = 0, next_render = 0;
  double heap_hour = -1, rss_hour = -1, heap_max = 0;
  const double end = days * 86400;

  const auto t0 = Clock::now();
  for (double now = 0; now < end; now += step) {
    ++n.steps;
    // Visitors: one arrives every ten minutes or so and taps for one to five minutes.
    if (now >= next_visitor) {
      visitor_until = now + 60 + 240 * u01(rng);
      next_visitor = visitor_until + 1200 * u01(rng);
    }
    bool tapped = false;
    io.MouseDown[0] = false;
    if (now < visitor_until && now >= next_tap) {
      next_tap = now + 1 + 6 * u01(rng);
      tapped = true;
      ++n.taps;
      kiosk_input(kiosk, stories, now);
      const double r = u01(rng);
      if (r < 0.45) {
        // A tap anywhere: on a panel ImGui takes it; on the map it picks a feature.
        const float x = static_cast<float>(u01(rng) * kW), y = static_cast<float>(u01(rng) * kH);
        io.MousePos = ImVec2(x, y);
        io.MouseDown[0] = true;
        ui.inspector.feature = pick_feature(session->atlas, scene, camera, x, y, 12);
      } else if (r < 0.65) {
        n.pages_turned += next_chapter(stories, now) ? 1 : 0;
      } else if (r < 0.72) {
        n.pages_turned += previous_chapter(stories, now) ? 1 : 0;
      } else if (r < 0.78 && !stories.library.stories.empty()) {
        start_story(stories, rng() % stories.library.stories.size(), 0, now, ui);
        ++n.stories_started;
      } else if (r < 0.84) {
        ui.controls.language = kLanguages[rng() % 4];
      } else if (r < 0.88) {
        ui.playback.set_day(ui.playback.first + u01(rng) * (ui.playback.last - ui.playback.first));
      } else if (r < 0.91) {
        leave_story(stories, ui);
      } else if (r < 0.95) {
        std::strcpy(ui.controls.query, u01(rng) < 0.5 ? "alash" : "Семей");
      } else {
        // Somebody found the corner: a few wrong PINs, now and then the right one.
        kiosk.controller.corner_down(now);
        kiosk.controller.corner_held(now + cfg.corner_hold_seconds);
        kiosk.controller.corner_up();
        const bool right = u01(rng) < 0.2;
        for (char d : std::string(right ? "2718" : "1111")) kiosk.controller.pin_digit(d);
        ++n.pin_tries;
        if (kiosk.controller.pin_enter(now)) {
          ++n.operator_visits;
          kiosk.controller.close_operator(now);
        }
      }
    }
    const bool attracting = kiosk.attracting;
    const KioskActions act = kiosk_frame(kiosk, stories, ui, now);
    if (kiosk.attracting && !attracting) {
      ++n.attract_starts;
      // Each attract loop starts from the same reset state: the heap then is comparable
      // across days, where a sample at any moment also counts what a visitor left open.
      samples.push_back({now / 86400, heap_in_use_mib()});
    }
    if (act.go_home) camera = initial_camera(session->atlas, kW, kH, true);
    update_story(stories, now, ui);
    if (stories.chapter_changed) {
      camera = chapter_camera(stories.view(), camera, {});
      stories.chapter_changed = false;
    }
    ui.playback.advance(step);
    // The attract loop must keep the screen alive: a story playing or the years playing.
    if (kiosk.attracting && !stories.active() && !ui.playback.playing) ++n.still_steps;
    evaluate_scene(session->atlas, ui.playback.t, scene,
                   {ui.timeline.trail_days, &ui.controls.filter});

    io.DeltaTime = static_cast<float>(step);
    apply_ui_choices(ui, true);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    draw_panels(ui, *session, scene, renderer, kW, kH);
    if (stories.active())
      draw_story_panel(stories.panel, stories.loaded().story, stories.player.chapter(), ui.tr, kW,
                       kH - ui.timeline.height);
    if (kiosk.controller.mode() == KioskMode::PinPad)
      draw_pin_pad(kiosk.pin, kiosk.controller.pin_typed().size(), false, false, ui.tr, kW, kH);
    ImGui::Render();
    act_on_story_panels(stories, now, ui);
    ui.controls.chosen.reset();
    ui.controls.fit_requested = ui.controls.stories_requested = false;

    // Every so often, and after one tap in four, a real frame.
    if (now >= next_render || (tapped && n.taps % 4 == 0)) {
      if (now >= next_render) next_render = now + render_every;
      frame.language = ui.controls.language;
      frame.selected = ui.inspector.feature ? static_cast<std::int32_t>(*ui.inspector.feature) : -1;
      frame.highlighted = story_highlights(stories);
      target.bind();
      renderer.draw(session->atlas, scene, camera, frame);
      glViewport(0, 0, kW, kH);
      ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
      glFinish();
      ++n.frames;
    }
    log.clear();
    if (heap_hour < 0 && now >= 3600) {
      heap_hour = heap_in_use_mib();
      rss_hour = rss_mib();
    }
    if (heap_hour >= 0) heap_max = std::max(heap_max, heap_in_use_mib());
  }
  const double wall = ms_since(t0) / 1000;
  const double heap_end = heap_in_use_mib(), rss_end = rss_mib();
  // The heap at the attract loop's start: the median over a day after the warm-up against the
  // median over the last day (or a tenth of a shorter run each).
  const double span = std::min(1.0, days / 10);
  const auto median_between = [&](double from, double to) {
    std::vector<double> v;
    for (const Sample& x : samples)
      if (x.day >= from && x.day < to) v.push_back(x.mib);
    return v.empty() ? 0.0 : percentile(v, 0.5);
  };
  // Caches fill over the first day (every glyph of four languages, every story and panel
  // visited): the growth that matters is after it.
  const double warm = std::min(1.0, days / 4);
  const double first = median_between(warm, warm + span);
  const double last = median_between(days - span, days + 1);
  const double growth = last - first;

  char buf[512];
  std::snprintf(buf, sizeof buf, "kiosk soak, %g days", days);
  const std::string c = buf;
  std::snprintf(buf, sizeof buf, "%.0f s of steps of %.2f s in %.0f s", days * 86400, step, wall);
  row(c, "simulated", buf);
  std::snprintf(buf, sizeof buf,
                "%ld taps, %ld attract loops, %ld stories started, %ld pages, "
                "%ld PIN tries (%ld right), %ld frames drawn",
                n.taps, n.attract_starts, n.stories_started, n.pages_turned, n.pin_tries,
                n.operator_visits, n.frames);
  row(c, "what happened", buf);
  std::snprintf(buf, sizeof buf,
                "at each attract loop's start: median %.2f MiB over %g days after a warm-up of %g, "
                "%.2f MiB over the last, %+.3f MiB",
                first, span, warm, last, growth);
  char goal[64];
  std::snprintf(goal, sizeof goal, "flat (< %g MiB growth)", max_growth);
  row(c, "heap in use", buf, goal, growth < max_growth ? "yes" : "**no**");
  std::string by_day;
  for (int d = 0; d < static_cast<int>(std::ceil(days)); ++d) {
    const double m = median_between(d, d + 1);
    if (m > 0) {
      std::snprintf(buf, sizeof buf, "%s%.2f", by_day.empty() ? "" : ", ", m);
      by_day += buf;
    }
  }
  row(c, "heap at the attract loop's start, median of each day (MiB)", by_day);
  std::snprintf(buf, sizeof buf, "%.2f MiB after 1 h, %.2f MiB at the end, %.2f MiB at most",
                heap_hour, heap_end, heap_max);
  row(c, "heap in use, any moment", buf);
  std::snprintf(buf, sizeof buf, "%.1f MiB after 1 h, %.1f MiB at the end", rss_hour, rss_end);
  row(c, "resident memory", buf);
  std::snprintf(buf, sizeof buf, "%ld steps with nothing moving", n.still_steps);
  row(c, "attract loop never still", buf, "0", n.still_steps == 0 ? "yes" : "**no**");

  ImGui_ImplOpenGL3_Shutdown();
  ImGui::DestroyContext();
  if (check && (growth >= max_growth || n.still_steps > 0 || n.attract_starts == 0 || n.taps == 0))
    return 1;
  return 0;
}
