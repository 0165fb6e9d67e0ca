#include "app/atlas_session.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/load_job.h"
#include "app/resources.h"
#include "data/loader.h"

namespace histmap {

std::optional<FieldMap> field_map_for(const Options& options, std::string& error) {
  FieldMap map;
  if (!options.fields_file.empty()) {
    std::ifstream in(options.fields_file, std::ios::binary);
    if (!in) {
      error = "--fields: cannot read '" + options.fields_file + "'";
      return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<std::string> errors;
    parse_field_map_text(text.str(), map, errors);
    if (!errors.empty()) {
      error = "--fields: " + options.fields_file + ": " + errors.front();
      if (errors.size() > 1) error += " (and " + std::to_string(errors.size() - 1) + " more)";
      return std::nullopt;
    }
  }
  for (const auto& [to, from] : options.fields.entries) add_field_mapping(map, to + "=" + from);
  for (const auto& [to, value] : options.fields.constants)
    add_field_mapping(map, to + "=\"" + value + "\"");
  return map;
}

std::optional<AtlasSession> load_session(const Options& options, std::string& error) {
  auto projection = Projection::create(
      options.projection.empty() ? kDefaultProjection : options.projection, error);
  if (!projection) return std::nullopt;
  LoadOptions load;
  if (auto fields = field_map_for(options, error)) {
    load.fields = std::move(*fields);
  } else {
    return std::nullopt;
  }
  AtlasSession s;
  s.bundled = options.data.empty() || includes_bundled(options.data);
  const std::vector<std::string> inputs =
      options.data.empty() ? std::vector<std::string>{bundled_geodata_dir()} : options.data;
  load.sql = options.sql;
  s.atlas = load_atlas(inputs, *projection, s.diagnostics, nullptr, load);
  s.projection = std::move(projection);
  set_time_range(s);
  return s;
}

std::optional<AtlasSession> empty_session(const Options& options, std::string& error) {
  auto projection = Projection::create(
      options.projection.empty() ? kDefaultProjection : options.projection, error);
  if (!projection) return std::nullopt;
  AtlasSession s;
  s.bundled = options.data.empty() || includes_bundled(options.data);
  s.projection = std::move(projection);
  set_time_range(s);
  return s;
}

bool includes_bundled(const std::vector<std::string>& inputs) {
  std::error_code ec;
  const std::filesystem::path bundled = bundled_geodata_dir();
  return std::any_of(inputs.begin(), inputs.end(), [&](const std::string& in) {
    return std::filesystem::equivalent(in, bundled, ec);
  });
}

void report_diagnostics(const std::vector<Diagnostic>& diagnostics, std::FILE* out,
                        std::size_t limit) {
  std::size_t shown = 0;
  for (const Diagnostic& d : diagnostics) {
    if (shown++ >= limit) break;
    std::fprintf(out, "histmap: %s\n", d.to_string().c_str());
  }
  if (diagnostics.size() > limit)
    std::fprintf(out, "histmap: ... and %zu more messages about the data\n",
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
