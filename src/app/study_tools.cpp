#include "app/study_tools.h"

#include <cmath>
#include <cstdio>
#include <ctime>

#include "core/attribute_filter.h"
#include "core/date_format.h"
#include "core/settings_text.h"
#include "data/exporter.h"
#include "render/style.h"

namespace histmap {

double options_day(const AtlasSession& session, const Options& options) {
  return options.date ? *options.date : session.first_day;
}

void evaluate_options_scene(const AtlasSession& session, const Options& options, double t,
                            Scene& scene) {
  // The study's options as the window takes them (--window, --since, --filter): an export
  // writes what the window would show.
  SceneOptions so;
  so.trail_days = options.trail_days;
  if (options.window_days) {
    so.time_mode = TimeMode::Window;
    so.window_days = *options.window_days;
  } else if (options.since) {
    so.time_mode = TimeMode::Since;
    so.since_day = *options.since;
  }
  std::vector<std::uint8_t> passes;
  if (!options.filters.empty()) {
    filter_mask(session.atlas, options.filters, passes);
    so.passes = &passes;
  }
  evaluate_scene(session.atlas, t, scene, so);
}

std::optional<MeasureEnd> resolve_measure_end(const AtlasSession& session, const std::string& spec,
                                              std::string& error) {
  MeasureEnd end;
  if (const std::int32_t i = session.atlas.index_of(spec); i >= 0) {
    const Feature& f = session.atlas.features[static_cast<std::size_t>(i)];
    if (f.geometry != GeometryType::Point || f.parts.empty() || f.parts.front().empty() ||
        !f.times.empty()) {
      error = "'" + spec + "' is a " + kind_name(f.kind) +
              " that is not one point: give a station, a town or LON,LAT";
      return std::nullopt;
    }
    end.point = f.parts.front().front();
    end.feature = i;
    end.label = f.id + (f.name.empty() ? "" : " (" + f.name + ")");
    return end;
  }
  const auto comma = spec.find(',');
  double lon = 0, lat = 0;
  if (comma != std::string::npos && parse_number(spec.substr(0, comma), lon) &&
      parse_number(spec.substr(comma + 1), lat)) {
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
      error = "'" + spec + "': longitude must be -180..180 and latitude -90..90";
      return std::nullopt;
    }
    std::vector<GeoPoint> p{{lon, lat, 0, 0}};
    if (!session.projection || !session.projection->forward(p)) {
      error = "'" + spec + "' lies where the map projection is undefined";
      return std::nullopt;
    }
    end.point = p[0];
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f,%.4f", lon, lat);
    end.label = buf;
    return end;
  }
  error = "there is no feature '" + spec + "' (give a feature's id or LON,LAT, e.g. 45.0,53.2)";
  return std::nullopt;
}

bool measurement_from_options(const AtlasSession& session, const Options& options, Measurement& m,
                              std::string& error) {
  m.clear();
  if (options.measure.size() != 2) return false;
  const Projector project = [&session](std::vector<GeoPoint>& pts) {
    return session.projection && session.projection->forward(pts);
  };
  for (const std::string& spec : options.measure) {
    const auto end = resolve_measure_end(session, spec, error);
    if (!end) return false;
    // Bare points are measured along the railway too when they lie on it: the command line
    // names its ends on purpose.
    add_measure_point(m, session.atlas, end->point, end->feature, project, true);
  }
  return true;
}

int run_measure(const Options& options, const AtlasSession& session) {
  std::string error;
  std::optional<MeasureEnd> a = resolve_measure_end(session, options.measure.at(0), error);
  std::optional<MeasureEnd> b =
      a ? resolve_measure_end(session, options.measure.at(1), error) : std::nullopt;
  if (!a || !b) {
    std::fprintf(stderr, "histmap: --measure: %s\n", error.c_str());
    return 2;
  }
  const double gc = geodesic_distance(a->point, b->point);
  const RailMeasure rail = measure_along_railway(session.atlas, a->point, b->point);
  std::printf("from %s\nto   %s\n", a->label.c_str(), b->label.c_str());
  std::printf("great circle:      %s (%.1f km)\n", format_distance(gc).c_str(), gc / 1000);
  if (rail.found) {
    std::string via;
    const std::vector<std::uint32_t> lines = railway_features(session.atlas);
    for (const PathSpan& s : rail.spans) {
      const auto r = static_cast<std::size_t>(s.route);
      const std::string id = r < lines.size() ? session.atlas.features[lines[r]].id : "?";
      if (via.empty() || via.rfind(id) != via.size() - id.size())
        via += (via.empty() ? "" : ", ") + id;
    }
    std::printf("along the railway: %s (%.1f km; via %s)\n", format_distance(rail.metres).c_str(),
                rail.metres / 1000, via.c_str());
  } else {
    double off = 0;
    const bool on_a = snap_to_railway(session.atlas, a->point, kMaxSnapM, &off).has_value();
    const bool on_b = snap_to_railway(session.atlas, b->point, kMaxSnapM, &off).has_value();
    std::printf("along the railway: none (%s)\n", !on_a   ? "the first place is not on a railway"
                                                  : !on_b ? "the second place is not on a railway"
                                                          : "no line joins them");
  }
  return 0;
}

int run_data_export(const Options& options, const AtlasSession& session) {
  const double t = options_day(session, options);
  Scene scene;
  evaluate_options_scene(session, options, t, scene);
  int status = 0;
  const auto write = [&](const std::string& path, ExportFormat format) {
    if (path.empty()) return;
    std::size_t count = 0;
    std::string error;
    if (!export_visible(session.atlas, scene, path, format, count, error)) {
      std::fprintf(stderr, "histmap: %s\n", error.c_str());
      status = 1;
      return;
    }
    if (!options.quiet)
      std::fprintf(stderr, "histmap: wrote %s (%zu features on the map on %s)\n", path.c_str(),
                   count, format_iso(static_cast<DayNumber>(std::floor(t))).c_str());
  };
  write(options.export_geojson, ExportFormat::GeoJson);
  write(options.export_csv, ExportFormat::Csv);
  return status;
}

std::string timestamped_name(const std::string& folder, double day, const std::string& what,
                             const std::string& ext) {
  const std::time_t now = std::time(nullptr);
  char stamp[32] = {};
  std::tm tm{};
  localtime_r(&now, &tm);
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
  return folder + "/histmap-" + format_iso(static_cast<DayNumber>(std::floor(day))) + "-" + what +
         "-" + stamp + "." + ext;
}

}  // namespace histmap
