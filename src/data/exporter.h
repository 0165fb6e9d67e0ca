// histmap data: exporting what is on the map now with OGR's own writers, for QGIS, a
// spreadsheet or another histmap.
// - GeoJSON: RFC 7946 (WGS 84 longitude/latitude, right-hand rings), the properties of
//   core/export_fields.h with their types; lists (sources, times) stay JSON lists. It loads
//   back into histmap with the same ids, dates, calendar and sources.
// - CSV: one row per feature, the geometry as WKT, lon/lat for points (and for movers, where
//   they are at the time), lists joined with "; ". Quoted as RFC 4180 wants, in UTF-8.
// The file is written beside the target and renamed into place, so a failed export leaves no
// half-written file under the user's name.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/atlas.h"
#include "core/scene.h"

namespace histmap {

enum class ExportFormat { GeoJson, Csv };

// The format a file name asks for (.geojson/.json, .csv), or nothing.
std::optional<ExportFormat> export_format_of(const std::string& path);

// Writes the features the scene marks visible (exported_features) to path. written: how many
// features. False with a message naming the file when it cannot be written.
bool export_visible(const Atlas& atlas, const Scene& scene, const std::string& path,
                    ExportFormat format, std::size_t& written, std::string& error);

}  // namespace histmap
