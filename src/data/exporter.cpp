#include "data/exporter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <mutex>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/export_fields.h"

namespace histmap {
namespace {

namespace fs = std::filesystem;

struct DatasetCloser {
  void operator()(GDALDataset* d) const { GDALClose(d); }
};

// Even-odd rings (Feature::parts of a polygon) as polygons with holes: a ring inside an odd
// number of others is a hole of the smallest ring that holds it.
bool point_in_ring(const std::vector<GeoPoint>& ring, double x, double y) {
  bool inside = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const GeoPoint& a = ring[i];
    const GeoPoint& b = ring[j];
    if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

double ring_area(const std::vector<GeoPoint>& ring) {
  double a = 0;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    a += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
  return a < 0 ? -a : a;
}

OGRLinearRing* to_ring(const std::vector<GeoPoint>& pts) {
  auto* r = new OGRLinearRing;
  for (const GeoPoint& p : pts) r->addPoint(p.lon, p.lat);
  r->closeRings();
  return r;
}

std::unique_ptr<OGRGeometry> polygons_of(const Feature& f) {
  const auto& rings = f.parts;
  std::vector<int> depth(rings.size(), 0), parent(rings.size(), -1);
  for (std::size_t i = 0; i < rings.size(); ++i) {
    if (rings[i].size() < 3) continue;
    double best = -1;
    for (std::size_t j = 0; j < rings.size(); ++j) {
      if (i == j || rings[j].size() < 3) continue;
      if (!point_in_ring(rings[j], rings[i][0].x, rings[i][0].y)) continue;
      ++depth[i];
      const double a = ring_area(rings[j]);
      if (best < 0 || a < best) {
        best = a;
        parent[i] = static_cast<int>(j);
      }
    }
  }
  auto multi = std::make_unique<OGRMultiPolygon>();
  std::vector<int> polygon_of(rings.size(), -1);
  for (std::size_t i = 0; i < rings.size(); ++i) {
    if (rings[i].size() < 3 || depth[i] % 2 != 0) continue;
    OGRPolygon poly;
    poly.addRingDirectly(to_ring(rings[i]));
    polygon_of[i] = multi->getNumGeometries();
    multi->addGeometry(&poly);
  }
  for (std::size_t i = 0; i < rings.size(); ++i) {
    if (rings[i].size() < 3 || depth[i] % 2 == 0 || parent[i] < 0) continue;
    const int k = polygon_of[static_cast<std::size_t>(parent[i])];
    if (k < 0) continue;
    multi->getGeometryRef(k)->addRingDirectly(to_ring(rings[i]));
  }
  if (multi->getNumGeometries() == 1) {
    std::unique_ptr<OGRGeometry> single(multi->getGeometryRef(0)->clone());
    return single;
  }
  return multi;
}

std::unique_ptr<OGRGeometry> geometry_of(const Feature& f) {
  if (f.parts.empty()) return nullptr;
  switch (f.geometry) {
    case GeometryType::Point: {
      const auto& pts = f.parts.front();
      if (pts.size() == 1) return std::make_unique<OGRPoint>(pts[0].lon, pts[0].lat);
      auto m = std::make_unique<OGRMultiPoint>();
      for (const GeoPoint& p : pts) {
        OGRPoint pt(p.lon, p.lat);
        m->addGeometry(&pt);
      }
      return m;
    }
    case GeometryType::Line: {
      const auto line = [](const std::vector<GeoPoint>& pts) {
        auto l = std::make_unique<OGRLineString>();
        for (const GeoPoint& p : pts) l->addPoint(p.lon, p.lat);
        return l;
      };
      if (f.parts.size() == 1) return line(f.parts.front());
      auto m = std::make_unique<OGRMultiLineString>();
      for (const auto& part : f.parts) m->addGeometry(line(part).get());
      return m;
    }
    case GeometryType::Polygon:
      return polygons_of(f);
  }
  return nullptr;
}

// One column per field name, in first-seen order; a column is a number only when every value
// in it is one (whole numbers: integer).
struct Column {
  std::string name;
  ExportValue::Type type;
};

std::vector<Column> columns_of(const std::vector<std::vector<ExportField>>& rows) {
  std::vector<Column> cols;
  for (const auto& row : rows)
    for (const ExportField& f : row) {
      auto it =
          std::find_if(cols.begin(), cols.end(), [&](const Column& c) { return c.name == f.name; });
      if (it == cols.end()) {
        cols.push_back({f.name, f.value.type});
        continue;
      }
      using T = ExportValue::Type;
      if (it->type == f.value.type) continue;
      const bool numbers = (it->type == T::Integer || it->type == T::Real) &&
                           (f.value.type == T::Integer || f.value.type == T::Real);
      it->type = numbers ? T::Real : T::Text;
    }
  // The conventions' fields first, in their order (a CSV's lon/lat right after the id), then
  // the other attributes as they came.
  const auto rank = [](const std::string& name) {
    if (name == "id") return 0;
    if (name == "lon") return 1;
    if (name == "lat") return 2;
    const int r = field_rank(name);
    return r < 0 ? 1000 : 3 + r;
  };
  std::stable_sort(cols.begin(), cols.end(),
                   [&](const Column& a, const Column& b) { return rank(a.name) < rank(b.name); });
  return cols;
}

std::string as_text(const ExportValue& v, const char* list_separator) {
  switch (v.type) {
    case ExportValue::Type::Integer:
      return std::to_string(v.integer);
    case ExportValue::Type::Real: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.15g", v.real);
      return buf;
    }
    case ExportValue::Type::TextList: {
      std::string s;
      for (const std::string& item : v.list) s += (s.empty() ? "" : list_separator) + item;
      return s;
    }
    case ExportValue::Type::Text:
      break;
  }
  return v.text;
}

std::string gdal_message(const std::string& fallback) {
  const char* m = CPLGetLastErrorMsg();
  return m && *m ? std::string(m) : fallback;
}

}  // namespace

std::optional<ExportFormat> export_format_of(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".geojson" || ext == ".json") return ExportFormat::GeoJson;
  if (ext == ".csv") return ExportFormat::Csv;
  return std::nullopt;
}

bool export_visible(const Atlas& atlas, const Scene& scene, const std::string& path,
                    ExportFormat format, std::size_t& written, std::string& error) {
  written = 0;
  static std::once_flag registered;
  std::call_once(registered, [] { GDALAllRegister(); });
  const bool csv = format == ExportFormat::Csv;
  const fs::path target(path);
  std::error_code ec;
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (!fs::is_directory(folder, ec)) {
    error = "cannot write '" + path + "': there is no folder '" + folder.string() + "'";
    return false;
  }
  if (fs::is_directory(target, ec)) {
    error = "cannot write '" + path + "': it is a folder";
    return false;
  }
  // GDAL's CSV writer makes a folder of a name without ".csv"; the temporary name has it.
  const fs::path temp = fs::path(path + ".part" + (csv ? ".csv" : ".geojson"));
  fs::remove(temp, ec);
  // Whatever fails below leaves no temporary file (declared before the dataset: it closes first).
  struct RemoveTemp {
    fs::path path;
    bool keep = false;
    ~RemoveTemp() {
      std::error_code e;
      if (!keep) fs::remove(path, e);
    }
  } cleanup{temp};

  const std::vector<std::uint32_t> features = exported_features(atlas, scene);
  std::vector<std::vector<ExportField>> rows;
  rows.reserve(features.size());
  for (std::uint32_t i : features) rows.push_back(export_fields(atlas, scene, i));
  if (csv)  // lon/lat columns for points, as spreadsheets and QGIS's CSV import expect
    for (std::size_t k = 0; k < rows.size(); ++k) {
      const Feature& f = atlas.features[features[k]];
      std::optional<GeoPoint> at;
      if (f.geometry == GeometryType::Point && !f.parts.empty() && f.parts[0].size() == 1)
        at = f.parts[0][0];
      const std::uint32_t i = features[k];
      if (i < scene.mover_of.size() && scene.mover_of[i] >= 0)
        at = scene.movers[static_cast<std::size_t>(scene.mover_of[i])].pos;
      if (!at) continue;
      ExportValue lon, lat;
      lon.type = lat.type = ExportValue::Type::Real;
      lon.real = std::round(at->lon * 1e6) / 1e6;
      lat.real = std::round(at->lat * 1e6) / 1e6;
      rows[k].insert(rows[k].begin() + 1, {{"lon", lon}, {"lat", lat}});
    }
  const std::vector<Column> cols = columns_of(rows);

  CPLErrorReset();
  CPLPushErrorHandler(CPLQuietErrorHandler);
  struct PopHandler {
    ~PopHandler() { CPLPopErrorHandler(); }
  } pop;
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(csv ? "CSV" : "GeoJSON");
  if (!driver) {
    error = std::string("GDAL has no ") + (csv ? "CSV" : "GeoJSON") + " driver";
    return false;
  }
  std::unique_ptr<GDALDataset, DatasetCloser> ds(
      driver->Create(temp.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) {
    error = "cannot write '" + path + "': " + gdal_message("GDAL could not create it");
    return false;
  }
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  CPLStringList layer_options;
  if (csv) {
    layer_options.SetNameValue("GEOMETRY", "AS_WKT");
    layer_options.SetNameValue("LINEFORMAT", "LF");
    layer_options.SetNameValue("STRING_QUOTING", "IF_NEEDED");
  } else {
    layer_options.SetNameValue("RFC7946", "YES");
    layer_options.SetNameValue("WRITE_NAME", "NO");
  }
  const std::string layer_name = target.stem().string();
  OGRLayer* layer = ds->CreateLayer(layer_name.empty() ? "visible" : layer_name.c_str(),
                                    csv ? nullptr : &wgs84, wkbUnknown, layer_options.List());
  if (!layer) {
    error = "cannot write '" + path + "': " + gdal_message("GDAL could not create the layer");
    return false;
  }
  for (const Column& c : cols) {
    using T = ExportValue::Type;
    OGRFieldType type = OFTString;
    if (c.type == T::Integer) type = OFTInteger64;
    if (c.type == T::Real) type = OFTReal;
    if (c.type == T::TextList && !csv) type = OFTStringList;
    OGRFieldDefn defn(c.name.c_str(), type);
    if (layer->CreateField(&defn) != OGRERR_NONE) {
      error = "cannot write '" + path + "': field '" + c.name + "': " + gdal_message("refused");
      return false;
    }
  }
  for (std::size_t k = 0; k < rows.size(); ++k) {
    OGRFeature out(layer->GetLayerDefn());
    for (const ExportField& f : rows[k]) {
      const int idx = out.GetFieldIndex(f.name.c_str());
      if (idx < 0) continue;
      const OGRFieldType type = out.GetFieldDefnRef(idx)->GetType();
      const ExportValue& v = f.value;
      if (type == OFTInteger64 && v.type == ExportValue::Type::Integer) {
        out.SetField(idx, static_cast<GIntBig>(v.integer));
      } else if (type == OFTReal && v.type == ExportValue::Type::Integer) {
        out.SetField(idx, static_cast<double>(v.integer));
      } else if (type == OFTReal && v.type == ExportValue::Type::Real) {
        out.SetField(idx, v.real);
      } else if (type == OFTStringList) {
        CPLStringList items;
        if (v.type == ExportValue::Type::TextList)
          for (const std::string& s : v.list) items.AddString(s.c_str());
        else
          items.AddString(as_text(v, "; ").c_str());
        out.SetField(idx, items.List());
      } else {
        out.SetField(idx, as_text(v, "; ").c_str());
      }
    }
    if (auto g = geometry_of(atlas.features[features[k]])) out.SetGeometryDirectly(g.release());
    if (layer->CreateFeature(&out) != OGRERR_NONE) {
      error = "cannot write '" + path + "': feature '" + atlas.features[features[k]].id +
              "': " + gdal_message("refused");
      return false;
    }
  }
  ds.reset();  // flushes and closes the file
  if (CPLGetLastErrorType() >= CE_Failure) {
    error = "cannot write '" + path + "': " + gdal_message("GDAL failed");
    return false;
  }
  fs::rename(temp, target, ec);
  if (ec) {
    error = "cannot write '" + path + "': " + ec.message();
    return false;
  }
  cleanup.keep = true;
  written = rows.size();
  return true;
}

}  // namespace histmap
