#include "core/validation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>

namespace histmap {

ValidationRules bundled_rules() {
  ValidationRules r;
  // Europe (Paris, Prague, Kyiv) to the Pacific: everything the five sources place.
  r.region = LonLatBox{-12, 20, 165, 75};
  r.require_sources = true;
  r.require_event_end = true;
  return r;
}

void validate_atlas(const Atlas& atlas, const ValidationRules& rules,
                    std::vector<Diagnostic>& diagnostics) {
  auto report = [&](const Feature& f, const char* field, std::string msg) {
    diagnostics.push_back({Severity::Error, f.file, "'" + f.id + "'", field, std::move(msg)});
  };
  // Each railway's parts as polylines, built once for all the stations on it.
  std::unordered_map<const Feature*, std::vector<Polyline>> lines;
  for (const Feature& f : atlas.features) {
    if (f.kind == Kind::Station && !f.route.empty() && !f.parts.empty() &&
        !f.parts.front().empty()) {
      const Feature* rail = atlas.find(f.route);
      if (!rail || rail->kind != Kind::Railway || rail->geometry != GeometryType::Line) {
        report(f, "route", "no railway with id '" + f.route + "'");
      } else {
        // Distance to the nearest of the railway's parts, along the earth.
        double best = std::numeric_limits<double>::infinity();
        auto& parts = lines[rail];
        if (parts.empty())
          for (const auto& part : rail->parts) parts.emplace_back(part);
        for (const Polyline& line : parts) {
          const GeoPoint& p = f.parts.front().front();
          best = std::min(best, geodesic_distance(p, line.at(line.locate(p))));
        }
        if (best > rules.max_station_offset_m) {
          char buf[160];
          std::snprintf(buf, sizeof buf, "lies %.1f km from railway '%s' (at most %.1f km)",
                        best / 1000, f.route.c_str(), rules.max_station_offset_m / 1000);
          report(f, "route", buf);
        }
      }
    }
    if (rules.region) {
      bool outside = false;
      for (const auto& part : f.parts)
        for (const auto& p : part) outside = outside || !rules.region->contains(p);
      if (outside) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "lies (partly) outside the map region %g..%g E, %g..%g N",
                      rules.region->min_lon, rules.region->max_lon, rules.region->min_lat,
                      rules.region->max_lat);
        report(f, "geometry", buf);
      }
    }
    if (rules.require_sources && f.sources.empty()) report(f, "sources", "no citation");
    if (rules.require_event_end && f.kind == Kind::Event && !f.end)
      report(f, "end", "an event must say when it ended (the last day, or the same as start)");
  }
}

}  // namespace histmap
