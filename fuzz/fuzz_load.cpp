// Fuzz target: the whole path from a file's bytes to the map. The input is written to a GDAL
// /vsimem/ file named .geojson and loaded as load_atlas loads a file (load_file, then
// Atlas::link with the projection; load_atlas itself only takes paths that exist on disk),
// then the scene is evaluated at times across the data's extent (with and without a layer
// filter), features are picked at points of a camera fitted to the data, and the atlas is
// validated. Nothing may crash, hang or leak, and what the renderer relies on must hold:
// ids unique and found, coordinates finite, tracks that point at real features with dates in
// order, and scenes whose indices are in range and whose opacities and phases lie in 0..1.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>

#include "core/camera.h"
#include "core/layers.h"
#include "core/picking.h"
#include "core/scene.h"
#include "core/validation.h"
#include "data/loader.h"
#include "data/projection.h"

using namespace histmap;

namespace {

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_load: property broken: %s\n", what);
  std::abort();
}

const char* const kPath = "/vsimem/fuzz_load.geojson";
const Projection* g_projection = nullptr;

bool finite(const GeoPoint& p) {
  return std::isfinite(p.lon) && std::isfinite(p.lat) && std::isfinite(p.x) && std::isfinite(p.y);
}

void check_scene(const Atlas& atlas, const Scene& s) {
  const std::size_t n = atlas.features.size();
  check(s.visible.size() == n && s.opacity.size() == n && s.mover_of.size() == n,
        "one scene entry per feature");
  for (std::size_t i = 0; i < n; ++i) {
    check(s.visible[i] <= kAfter, "a stage is absent, present or after");
    check(std::isfinite(s.opacity[i]) && s.opacity[i] >= 0 && s.opacity[i] <= 1, "opacity in 0..1");
    check(s.mover_of[i] >= -1 && s.mover_of[i] < static_cast<std::int32_t>(s.movers.size()),
          "mover_of in range");
  }
  for (std::size_t k = 0; k < s.movers.size(); ++k) {
    const UnitPosition& u = s.movers[k];
    check(u.feature < n && u.track < atlas.tracks.size(), "a mover's feature and track exist");
    check(atlas.tracks[u.track].feature == u.feature, "a mover's track is its feature's");
    check(s.mover_of[u.feature] == static_cast<std::int32_t>(k), "mover_of points back");
    check(std::isfinite(u.measure) && std::isfinite(u.trail_from), "finite measures");
    check(std::isfinite(u.pos.x) && std::isfinite(u.pos.y), "a mover's position is finite");
  }
  for (const Effect& e : s.effects) {
    check(e.feature < n, "an effect's feature exists");
    check(std::isfinite(e.phase) && e.phase >= 0 && e.phase <= 1, "phase in 0..1");
    check(std::isfinite(e.pos.x) && std::isfinite(e.pos.y), "an effect's position is finite");
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  CPLSetErrorHandler(CPLQuietErrorHandler);
  std::string error;
  static const auto projection = Projection::create(kDefaultProjection, error);
  if (!projection) {
    std::fprintf(stderr, "fuzz_load: projection: %s\n", error.c_str());
    std::abort();
  }
  g_projection = projection.get();
  // Let the loader register GDAL's drivers (once), then keep only the JSON ones a .geojson
  // file can be opened with: the other formats' readers are GDAL's to fuzz, not ours.
  Atlas atlas;
  std::vector<Diagnostic> diags;
  load_file("/vsimem/none.geojson", *g_projection, atlas, diags);
  GDALDriverManager* drivers = GetGDALDriverManager();
  for (int i = drivers->GetDriverCount() - 1; i >= 0; --i) {
    GDALDriver* d = drivers->GetDriver(i);
    const std::string name = d->GetDescription();
    if (name != "GeoJSON" && name != "GeoJSONSeq" && name != "TopoJSON" && name != "ESRIJSON") {
      drivers->DeregisterDriver(d);
      delete d;
    }
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // GDAL reads the fuzzer's buffer in place (not taken over, never written).
  VSILFILE* file = VSIFileFromMemBuffer(kPath, const_cast<GByte*>(data), size, FALSE);
  if (!file) return 0;
  VSIFCloseL(file);
  Atlas atlas;
  std::vector<Diagnostic> diags;
  load_file(kPath, *g_projection, atlas, diags);
  VSIUnlink(kPath);
  atlas.link(diags, [](std::vector<GeoPoint>& points) { return g_projection->forward(points); });

  for (const Diagnostic& d : diags) check(!d.message.empty(), "a diagnostic says what is wrong");
  const std::size_t n = atlas.features.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Feature& f = atlas.features[i];
    check(atlas.find(f.id) == &f, "ids are unique and found");
    check(!f.parts.empty(), "a feature has geometry");
    for (const auto& part : f.parts)
      for (const GeoPoint& p : part) check(finite(p), "coordinates are finite");
    check(f.merge_target < static_cast<std::int32_t>(n), "merge_target in range");
    for (const Vec2& v : f.fill_triangles)
      check(std::isfinite(v.x) && std::isfinite(v.y), "fill triangles are finite");
    check(f.fill_triangles.size() % 3 == 0, "fill triangles come in threes");
  }
  for (const Track& t : atlas.tracks) {
    check(t.feature < n, "a track's feature exists");
    check(t.times.size() == t.measures.size() && !t.times.empty(), "one measure per knot");
    check(std::is_sorted(t.times.begin(), t.times.end()), "a track's knots are in order");
    check(t.route < static_cast<std::int32_t>(atlas.routes.size()), "a track's route exists");
    for (double m : t.measures) check(std::isfinite(m), "finite knot measures");
  }

  const auto [first_day, last_day] = atlas.time_extent();
  check(first_day <= last_day, "the time extent is in order");
  const double first = first_day, last = last_day;
  const double times[] = {first - 1,          first, first + 0.5, first + (last - first) / 3,
                          (first + last) / 2, last,  last + 1,    last + kOutcomeDays + 1};
  LayerFilter filter;
  filter.set_layer(Layer::Regions, false);
  filter.set_side("Red", false);
  Scene scene;
  Camera camera;
  const Bounds bounds = atlas.bounds(true);
  if (!bounds.empty) camera.fit(bounds, 20);
  for (double t : times) {
    evaluate_scene(atlas, t, scene);
    check_scene(atlas, scene);
    for (double sx : {0.0, camera.width / 2.0, camera.width / 3.0})
      for (double sy : {0.0, camera.height / 2.0, camera.height * 0.7}) {
        const auto picked = pick_feature(atlas, scene, camera, sx, sy, 12);
        check(!picked || (*picked < n && scene.visible[*picked]), "picked a visible feature");
      }
    SceneOptions options;
    options.filter = &filter;
    options.trail_days = 0;
    evaluate_scene(atlas, t, scene, options);
    check_scene(atlas, scene);
  }

  std::vector<Diagnostic> checks;
  validate_atlas(atlas, ValidationRules{}, checks);
  validate_atlas(atlas, bundled_rules(), checks);
  for (const Diagnostic& d : checks) check(!d.field.empty(), "validation names the field");
  return 0;
}
