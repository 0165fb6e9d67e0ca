// histmap bench: frame time at 1920x1080, offscreen, over a played animation (the default
// speed, 5 days a second at 60 frames a second): median and 99th percentile, where the time
// goes, how often the cached ground was drawn again, and the same while the camera pans (a
// slow ground follows the view stretched, and is drawn anew when the pan stops). With --panels, the
// window as a user sees it: every panel open over the map, in both themes. Usage:
// SDL_VIDEODRIVER=offscreen histmap_frame_bench [--data FILE] [--frames N] [--panels]
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app/app_ui.h"
#include "app/atlas_session.h"
#include "app/gl_window.h"
#include "app/resources.h"
#include "bench_report.h"
#include "core/camera.h"
#include "core/scene.h"
#include "data/loader.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"

using namespace histmap;
using namespace histmap::bench;

namespace {

constexpr int kW = 1920, kH = 1080;
constexpr double kDaysPerFrame = 5.0 / 60.0;  // the default speed at 60 fps

struct Series {
  std::vector<double> ms;
  std::string summary() const {
    return fmt("%.1f", percentile(ms, 0.5)) + " / " + fmt("%.1f ms", percentile(ms, 0.99)) +
           fmt(" (%.0f fps)", 1000.0 / percentile(ms, 0.5));
  }
};

void report(const std::string& c, const std::string& what, const Series& s, double target_ms,
            const std::string& target) {
  const bool met = percentile(s.ms, 0.99) <= target_ms;
  row(c, what + ": median / p99", s.summary(), target, target.empty() ? "" : yes_no(met));
}

}  // namespace

int main(int argc, char** argv) {
  std::string data;
  int frames = 300;
  bool panels = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--data" && i + 1 < argc)
      data = argv[++i];
    else if (a == "--frames" && i + 1 < argc)
      frames = std::max(20, std::atoi(argv[++i]));
    else if (a == "--panels")
      panels = true;
  }
  const bool bundled = data.empty();
  std::string error;
  auto projection = Projection::create(kDefaultProjection, error);
  std::vector<Diagnostic> diags;
  const Atlas atlas =
      load_atlas({bundled ? std::string(HISTMAP_GEODATA) : data}, *projection, diags);
  const std::string c = bundled ? "bundled atlas" : data.substr(data.find_last_of('/') + 1);

  auto window = GlWindow::create({.offscreen = true, .width = kW, .height = kH}, error);
  std::vector<unsigned char> font;
  if (!window || !read_file_bytes(default_font_path(), font, error)) {
    std::fprintf(stderr, "bench: %s\n", error.c_str());
    return 1;
  }
  MapRenderer renderer;
  OffscreenTarget target;
  if (!renderer.init(atlas, font, error) || !target.resize(kW, kH, error)) {
    std::fprintf(stderr, "bench: %s\n", error.c_str());
    return 1;
  }
  const double first = to_day_number({1918, 5, 14});
  const Camera camera = initial_camera(atlas, kW, kH, bundled);
  Scene scene;
  FrameOptions frame;
  frame.caption = true;
  if (!bundled) frame.title = "histmap";
  const auto draw_frame = [&](int i, const Camera& cam, const FrameOptions& opt) {
    evaluate_scene(atlas, first + kDaysPerFrame * i, scene);
    target.bind();
    renderer.draw(atlas, scene, cam, opt);
    glFinish();  // count llvmpipe's (or the GPU's) work, not just the commands' submission
  };

  // The first frame draws the ground and rasterizes nothing new after it: reported apart.
  auto t0 = Clock::now();
  draw_frame(0, camera, frame);
  const double first_ms = ms_since(t0);
  const auto redraws_before = renderer.base_redraws();
  Series played;
  for (int i = 1; i <= frames; ++i) {
    t0 = Clock::now();
    draw_frame(i, camera, frame);
    played.ms.push_back(ms_since(t0));
  }
  const auto redraws = renderer.base_redraws() - redraws_before;

  FrameProfile profile;
  FrameOptions profiled = frame;
  profiled.profile = &profile;
  const int profiled_frames = std::min(frames, 100);
  for (int i = 1; i <= profiled_frames; ++i) draw_frame(i, camera, profiled);
  const auto per = [&](double v) { return fmt("%.1f", v / profiled_frames); };

  // Panning: a few pixels a frame. A ground slower to draw than 12 ms follows the view
  // stretched and is drawn anew in the first frame after the pan stops, timed apart.
  Series panning;
  Camera moving = camera;
  const auto pan_redraws_before = renderer.base_redraws();
  for (int i = 1; i <= std::min(frames, 100); ++i) {
    moving.pan_pixels(3, 1);
    t0 = Clock::now();
    draw_frame(i, moving, frame);
    panning.ms.push_back(ms_since(t0));
  }
  const auto pan_redraws = renderer.base_redraws() - pan_redraws_before;
  t0 = Clock::now();
  draw_frame(std::min(frames, 100), moving, frame);
  const double rest_ms = ms_since(t0);

  const double target_ms = bundled ? 1000.0 / 60 : 1000.0 / 30;
  const std::string target_text = bundled ? "≥ 60 fps (p99 ≤ 16.7 ms)" : "≥ 30 fps (p99 ≤ 33.3 ms)";
  row(c, "features", std::to_string(atlas.features.size()));
  report(c, "frame 1920x1080, played animation", played, target_ms, target_text);
  row(c, "first frame (ground drawn, glyphs warm)", fmt("%.1f ms", first_ms));
  row(c, "ground drawn again during the animation",
      std::to_string(redraws) + " of " + std::to_string(frames) + " frames");
  row(c, "where a frame's time goes (ms, each stage finished before the next)",
      "copy ground " + per(profile.copy) + ", dated areas " + per(profile.regions) +
          ", borders and railways " + per(profile.lines) + ", trails " + per(profile.trails) +
          ", layout (CPU) " + per(profile.layout) + ", symbols " + per(profile.symbols) +
          ", labels " + per(profile.text));
  report(c, "frame while the camera pans", panning, 0, "");
  row(c, "ground drawn during the pan; the frame after it stops (ground drawn anew)",
      std::to_string(pan_redraws) + " of " + std::to_string(panning.ms.size()) + " frames; " +
          fmt("%.1f ms", rest_ms));

  if (panels) {
    // The window as a user sees it: every layer on, the layers panel and legend open, the
    // toolbar, the timeline and the inspector; in the default theme and the projector's.
    AtlasSession session;
    session.atlas = atlas;
    session.first_day = to_day_number({1917, 2, 1});
    session.last_day = to_day_number({1920, 12, 31});
    Options options;
    options.quiet = true;
    options.date = static_cast<DayNumber>(first);
    AppUi ui;
    init_app_ui(ui, session, options);
    ui.controls.show_layers = ui.controls.show_legend = true;
    const std::int32_t selected = atlas.index_of("unit-alash-cavalry-1918-06");
    if (selected >= 0) ui.inspector.feature = static_cast<std::uint32_t>(selected);
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(kW, kH);
    io.DeltaTime = 1.0f / 60;
    add_ui_fonts(ui, font, 1.0f);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    for (int theme = 0; theme < 2; ++theme) {
      ui.controls.theme = theme ? Theme::HighContrast : Theme::Default;
      FrameOptions wf;
      wf.theme = ui.controls.theme;
      wf.words = &ui.tr;
      Series s;
      for (int i = 0; i < frames + 3; ++i) {
        t0 = Clock::now();
        apply_ui_choices(ui, true);
        evaluate_scene(atlas, first + kDaysPerFrame * i, scene, {14, &ui.controls.filter});
        target.bind();
        renderer.draw(atlas, scene, camera, wf);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        draw_panels(ui, session, scene, renderer, kW, kH);
        ImGui::Render();
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glFinish();
        if (i >= 3) s.ms.push_back(ms_since(t0));  // the first frames build the UI's fonts
      }
      report(c,
             std::string("window with every panel open, ") +
                 (theme ? "projector theme" : "default theme"),
             s, 0, "");
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
  }
  row(c, "peak memory (frames)", fmt("%.0f MiB", peak_rss_mib()));
  row(c, "renderer", reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
  return 0;
}
