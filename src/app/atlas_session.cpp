#include "app/atlas_session.h"

#include "app/resources.h"
#include "data/loader.h"

namespace histmap {

std::optional<AtlasSession> load_session(const Options& options, std::string& error) {
  auto projection = Projection::create(
      options.projection.empty() ? kDefaultProjection : options.projection, error);
  if (!projection) return std::nullopt;
  AtlasSession s;
  s.bundled = options.data.empty();
  const std::vector<std::string> inputs =
      s.bundled ? std::vector<std::string>{bundled_geodata_dir()} : options.data;
  LoadOptions load;
  load.sql = options.sql;
  s.atlas = load_atlas(inputs, *projection, s.diagnostics, nullptr, load);
  s.projection = std::move(projection);
  // The bundled atlas plays its period, February 1917 to December 1920; other data its own span.
  if (s.bundled) {
    s.first_day = to_day_number({1917, 2, 1});
    s.last_day = to_day_number({1920, 12, 31});
  } else {
    auto [lo, hi] = s.atlas.time_extent();
    if (lo == hi) {
      lo = to_day_number({1917, 2, 1});
      hi = to_day_number({1920, 12, 31});
    }
    s.first_day = lo;
    s.last_day = hi;
  }
  return s;
}

void report_diagnostics(const std::vector<Diagnostic>& diagnostics, std::FILE* out,
                        std::size_t limit) {
  std::size_t shown = 0;
  for (const Diagnostic& d : diagnostics) {
    if (shown++ >= limit) break;
    std::fprintf(out, "histmap: %s\n", d.to_string().c_str());
  }
  if (diagnostics.size() > limit)
    std::fprintf(out, "histmap: ... and %zu more problems in the data\n",
                 diagnostics.size() - limit);
}

Camera initial_camera(const Atlas& atlas, int width, int height, bool bundled) {
  Camera c;
  c.width = width;
  c.height = height;
  Bounds b;
  // The bundled story happens along its railways, Moscow to the Pacific; its background
  // items (Paris, Prague) are reachable by panning but do not shrink the opening view.
  if (bundled)
    for (const auto& f : atlas.features)
      if (f.kind == Kind::Railway)
        for (const auto& part : f.parts)
          for (const auto& p : part) b.add(p.x, p.y);
  if (b.empty) b = atlas.bounds(false);
  if (b.empty) b = atlas.bounds(true);
  c.fit(b, std::min(width, height) * 0.08);
  return c;
}

}  // namespace histmap
