#include "data/loader.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <mutex>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "data/feature_mapper.h"
#include "data/triangulate.h"

namespace histmap {
namespace {

namespace fs = std::filesystem;

const char* const kVectorExtensions[] = {".geojson", ".json", ".topojson", ".geojsonl", ".gpkg",
                                         ".shp",     ".kml",  ".fgb",      ".csv"};

void register_gdal_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    GDALAllRegister();
    // Never try the network for a file name that looks like a URL.
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
  });
}

// Collects GDAL's messages for the duration of a load, instead of printing them.
class CapturedErrors {
 public:
  CapturedErrors() { CPLPushErrorHandlerEx(&CapturedErrors::handler, this); }
  ~CapturedErrors() { CPLPopErrorHandler(); }
  CapturedErrors(const CapturedErrors&) = delete;
  CapturedErrors& operator=(const CapturedErrors&) = delete;

  std::string take() {
    std::string s = std::move(text_);
    text_.clear();
    return s;
  }

 private:
  static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char* msg) {
    auto* self = static_cast<CapturedErrors*>(CPLGetErrorHandlerUserData());
    if (level < CE_Warning || !self || !msg) return;
    if (self->text_.size() > 2000) return;  // enough to say what is wrong
    if (!self->text_.empty()) self->text_ += "; ";
    self->text_ += msg;
  }
  std::string text_;
};

template <std::size_t N>
bool has_extension(const fs::path& p, const char* const (&extensions)[N]) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(extensions), std::end(extensions),
                     [&](const char* e) { return ext == e; });
}

bool has_vector_extension(const fs::path& p) {
  return has_extension(p, kVectorExtensions);
}

// Documents that sit beside data (a folder's README, notes, pictures): `histmap --check
// geodata/*` names them too, and they are not data with problems.
bool is_document(const fs::path& p) {
  static const char* const kDocuments[] = {".md", ".txt", ".pdf", ".png", ".jpg", ".jpeg", ".html"};
  return has_extension(p, kDocuments);
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs,
                                       std::vector<Diagnostic>& diagnostics,
                                       std::vector<std::string>* skipped) {
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    std::error_code ec;
    const fs::path p(in);
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(
               p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && has_vector_extension(it->path()))
          found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec) && is_document(p)) {
      if (skipped) skipped->push_back(in);
    } else if (fs::exists(p, ec) || in.rfind("PG:", 0) == 0) {
      files.push_back(in);
    } else {
      diagnostics.push_back({Severity::Error, in, "", "", "no such file or folder"});
    }
  }
  return files;
}

constexpr double kMaxEdgeDegrees = 1.0;

void load_file(const std::string& path, const Projection& projection, Atlas& atlas,
               std::vector<Diagnostic>& diagnostics) {
  register_gdal_once();
  CapturedErrors errors;
  // GeoJSON would turn "1918-05-27" into a date field; EDTF needs the text as written.
  const char* const geojson_options[] = {"DATE_AS_STRING=YES", nullptr};
  GDALDriverH driver = GDALIdentifyDriver(path.c_str(), nullptr);
  const bool is_geojson = driver && std::string_view(GDALGetDriverShortName(driver)) == "GeoJSON";
  std::unique_ptr<GDALDataset> ds(
      GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                        nullptr, is_geojson ? geojson_options : nullptr, nullptr));
  if (!ds) {
    std::string why = errors.take();
    if (why.empty()) why = "not a vector format GDAL can read";
    diagnostics.push_back({Severity::Error, path, "", "", "cannot be opened: " + why});
    return;
  }
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

  Triangulator triangulator;
  for (OGRLayer* layer : ds->GetLayers()) {
    // Sources in another CRS are brought to WGS 84 longitude/latitude first.
    std::unique_ptr<OGRCoordinateTransformation> to_wgs84;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
      if (!srs->IsSame(&wgs84)) {
        OGRSpatialReference src(*srs);
        src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        to_wgs84.reset(OGRCreateCoordinateTransformation(&src, &wgs84));
        if (!to_wgs84) {
          diagnostics.push_back({Severity::Error, path, "", "",
                                 std::string("layer '") + layer->GetName() +
                                     "': its coordinate system cannot be transformed to WGS 84"});
          continue;
        }
      }
    }
    layer->ResetReading();
    long long index = 0;
    while (true) {
      std::unique_ptr<OGRFeature> src(layer->GetNextFeature());
      if (!src) break;
      const long long this_index = index++;
      if (to_wgs84 && src->GetGeometryRef()) {
        if (src->GetGeometryRef()->transform(to_wgs84.get()) != OGRERR_NONE) {
          diagnostics.push_back({Severity::Error, path, "#" + std::to_string(this_index),
                                 "geometry", "cannot be transformed to WGS 84"});
          continue;
        }
      }
      // A polygon edge is straight in longitude/latitude (RFC 7946); long edges, like the cut
      // of a clipped base map along a parallel, get vertices every degree so they bend with
      // the projection instead of cutting across the map as chords.
      if (OGRGeometry* g = src->GetGeometryRef()) {
        const auto type = wkbFlatten(g->getGeometryType());
        if (type == wkbPolygon || type == wkbMultiPolygon) g->segmentize(kMaxEdgeDegrees);
      }
      Feature f;
      if (!map_feature(*src, path, this_index, f, diagnostics)) continue;
      bool projected = true;
      for (auto& part : f.parts) projected = projected && projection.forward(part);
      if (!projected) {
        diagnostics.push_back({Severity::Error, path, "'" + f.id + "'", "geometry",
                               "lies where the map projection is undefined"});
        continue;
      }
      if (f.geometry == GeometryType::Polygon) triangulator.triangulate(f);
      atlas.features.push_back(std::move(f));
    }
    // A read error part-way through (e.g. truncated file) surfaces here.
    if (std::string why = errors.take(); !why.empty())
      diagnostics.push_back({Severity::Warning, path, "", "", "GDAL: " + why});
  }
}

Atlas load_atlas(const std::vector<std::string>& inputs, const Projection& projection,
                 std::vector<Diagnostic>& diagnostics, LoadReport* report) {
  Atlas atlas;
  for (const std::string& file :
       expand_inputs(inputs, diagnostics, report ? &report->skipped : nullptr)) {
    const std::size_t before = atlas.features.size();
    load_file(file, projection, atlas, diagnostics);
    if (report) report->files.push_back({file, atlas.features.size() - before});
  }
  atlas.link(diagnostics, [&](std::vector<GeoPoint>& points) { return projection.forward(points); });
  return atlas;
}

}  // namespace histmap
