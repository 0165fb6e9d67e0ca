// histmap bench: loading. Without arguments, the bundled atlas from the start of loading to
// its first frame on screen (offscreen, llvmpipe). With a file, histmap's load of it against
// GDAL's own read of every feature of the same file, alternated in one run, as a ratio.
// Usage: histmap_load_bench [FILE]
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "app/atlas_session.h"
#include "app/gl_window.h"
#include "app/resources.h"
#include "bench_report.h"
#include "core/scene.h"
#include "data/loader.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"

using namespace histmap;
using namespace histmap::bench;

namespace {

std::size_t count_points(const OGRGeometry* g) {
  if (!g) return 0;
  const auto type = wkbFlatten(g->getGeometryType());
  if (type == wkbPoint) return 1;
  if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    std::size_t n = 0;
    for (const OGRGeometry* part : *g->toGeometryCollection()) n += count_points(part);
    return n;
  }
  if (OGR_GT_IsSubClassOf(type, wkbCurvePolygon)) {
    std::size_t n = 0;
    for (const OGRCurve* ring : *g->toCurvePolygon()) n += count_points(ring);
    return n;
  }
  if (OGR_GT_IsCurve(type)) return static_cast<std::size_t>(g->toCurve()->getNumPoints());
  return 0;
}

// What any GDAL application pays to read the file: open it and fetch every feature with its
// geometry and fields.
std::size_t gdal_read(const std::string& path) {
  std::unique_ptr<GDALDataset> ds(
      GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds) return 0;
  std::size_t points = 0;
  for (OGRLayer* layer : ds->GetLayers()) {
    layer->ResetReading();
    while (OGRFeature* f = layer->GetNextFeature()) {
      points += count_points(f->GetGeometryRef());
      OGRFeature::DestroyFeature(f);
    }
  }
  return points;
}

int bundled_to_first_frame() {
  const auto t0 = Clock::now();
  std::string error;
  auto projection = Projection::create(kDefaultProjection, error);
  std::vector<Diagnostic> diags;
  const Atlas atlas = load_atlas({HISTMAP_GEODATA}, *projection, diags);
  const double load_ms = ms_since(t0);
  auto t1 = Clock::now();
  auto window = GlWindow::create({.offscreen = true, .width = 1920, .height = 1080}, error);
  const double window_ms = ms_since(t1);
  std::vector<unsigned char> font;
  if (!window || !read_file_bytes(default_font_path(), font, error)) {
    std::fprintf(stderr, "bench: %s\n", error.c_str());
    return 1;
  }
  t1 = Clock::now();
  MapRenderer renderer;
  OffscreenTarget target;
  if (!renderer.init(atlas, font, error) || !target.resize(1920, 1080, error)) {
    std::fprintf(stderr, "bench: %s\n", error.c_str());
    return 1;
  }
  const double init_ms = ms_since(t1);
  t1 = Clock::now();
  Scene scene;
  evaluate_scene(atlas, to_day_number({1918, 5, 27}), scene);
  target.bind();
  renderer.draw(atlas, scene, initial_camera(atlas, 1920, 1080, true), FrameOptions{});
  glFinish();
  const double frame_ms = ms_since(t1);
  const double total_ms = ms_since(t0);
  const std::string c = "bundled atlas";
  row(c, "features loaded", std::to_string(atlas.features.size()));
  row(c, "load (GDAL, projection, triangulation, links)", fmt("%.0f ms", load_ms));
  row(c, "OpenGL context (SDL, EGL, Mesa)", fmt("%.0f ms", window_ms));
  row(c, "renderer ready (geometry uploaded, shaders, glyph atlas with halos)",
      fmt("%.0f ms", init_ms));
  row(c, "first frame (ground drawn, everything else)", fmt("%.0f ms", frame_ms));
  row(c, "load to first frame at 1920x1080, all of the above", fmt("%.0f ms", total_ms));
  row(c, "peak memory", fmt("%.0f MiB", peak_rss_mib()));
  return 0;
}

int file_against_gdal(const std::string& path) {
  std::string error;
  auto projection = Projection::create(kDefaultProjection, error);
  // Alternated, so that the file cache and the CPU's clock treat both alike; medians of 3.
  std::vector<double> gdal_ms, ours_ms;
  std::size_t features = 0, points = 0;
  for (int i = 0; i < 3; ++i) {
    auto t0 = Clock::now();
    points = gdal_read(path);
    gdal_ms.push_back(ms_since(t0));
    t0 = Clock::now();
    std::vector<Diagnostic> diags;
    const Atlas atlas = load_atlas({path}, *projection, diags);
    ours_ms.push_back(ms_since(t0));
    features = atlas.features.size();
  }
  const double g = percentile(gdal_ms, 0.5), o = percentile(ours_ms, 0.5);
  const std::string c = path.substr(path.find_last_of('/') + 1);
  row(c, "features loaded, vertices read by GDAL",
      std::to_string(features) + ", " + std::to_string(points));
  row(c, "GDAL reads every feature (median of 3)", fmt("%.0f ms", g));
  row(c, "histmap loads it: GDAL + segmentize + project + triangulate + link", fmt("%.0f ms", o));
  row(c, "histmap load / GDAL read", fmt("%.2f×", o / g), "≤ 1.5×", yes_no(o / g <= 1.5));
  row(c, "peak memory (load)", fmt("%.0f MiB", peak_rss_mib()));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  GDALAllRegister();
  CPLSetErrorHandler(CPLQuietErrorHandler);
  return argc > 1 ? file_against_gdal(argv[1]) : bundled_to_first_frame();
}
