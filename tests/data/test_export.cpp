// Measuring the bundled railway and exporting what is on the map (data/exporter.h), through
// GDAL as a user's files go: the Penza-Vladivostok distance along the railway against the
// bundled geometry read independently with OGR; exported GeoJSON loading back with the same
// ids, dates, calendar and sources; CSV quoting of commas, quotes, newlines and Cyrillic.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/measure.h"
#include "core/scene.h"
#include "data/exporter.h"
#include "data/loader.h"

using namespace histmap;
namespace fs = std::filesystem;

namespace {

class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("histmap_export_" + std::to_string(getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(dir_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::string write(const std::string& name, const std::string& content) const {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return path(name);
  }

 private:
  fs::path dir_;
};

std::unique_ptr<Projection> projection() {
  std::string error;
  auto p = Projection::create(kDefaultProjection, error);
  REQUIRE(p);
  return p;
}

// The test's own haversine, not core's, over the same mean radius.
double haversine_m(double lon1, double lat1, double lon2, double lat2) {
  const double r = M_PI / 180;
  const double s =
      std::pow(std::sin((lat2 - lat1) * r / 2), 2) +
      std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin((lon2 - lon1) * r / 2), 2);
  return 2 * 6371008.8 * std::asin(std::sqrt(s));
}

std::map<std::string, std::string> read_csv_row(const std::string& path, const std::string& id) {
  std::map<std::string, std::string> out;
  GDALAllRegister();
  std::unique_ptr<GDALDataset> ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                    nullptr, nullptr, nullptr));
  REQUIRE(ds);
  OGRLayer* layer = ds->GetLayer(0);
  REQUIRE(layer);
  for (auto& f : *layer) {
    if (std::string(f->GetFieldAsString("id")) != id) continue;
    for (int i = 0; i < f->GetFieldCount(); ++i)
      out[f->GetFieldDefnRef(i)->GetNameRef()] = f->GetFieldAsString(i);
  }
  return out;
}

}  // namespace

TEST_CASE("Penza to Vladivostok along the railway is within 1 percent of the bundled line's length",
          "[measure][export]") {
  const auto proj = projection();
  std::vector<Diagnostic> diags;
  const Atlas atlas = load_atlas({HISTMAP_GEODATA}, *proj, diags);
  const Feature* penza = atlas.find("st-penza");
  const Feature* vladivostok = atlas.find("st-vladivostok");
  REQUIRE(penza);
  REQUIRE(vladivostok);
  const GeoPoint a = penza->parts[0][0], b = vladivostok->parts[0][0];
  const RailMeasure m = measure_along_railway(atlas, a, b);
  REQUIRE(m.found);

  // Independently: rail-transsib (the Legion's line, via Harbin) read with OGR, its vertices
  // nearest the two stations, and the haversine lengths of the segments between them.
  GDALAllRegister();
  const std::string file = std::string(HISTMAP_GEODATA) + "/railways.geojson";
  std::unique_ptr<GDALDataset> ds(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                    nullptr, nullptr, nullptr));
  REQUIRE(ds);
  std::vector<std::pair<double, double>> line;
  for (auto& f : *ds->GetLayer(0)) {
    if (std::string(f->GetFieldAsString("id")) != "rail-transsib") continue;
    const OGRLineString* ls = f->GetGeometryRef()->toLineString();
    for (int i = 0; i < ls->getNumPoints(); ++i) line.emplace_back(ls->getX(i), ls->getY(i));
  }
  REQUIRE(line.size() > 10);
  const auto nearest = [&](const GeoPoint& p) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < line.size(); ++i)
      if (haversine_m(line[i].first, line[i].second, p.lon, p.lat) <
          haversine_m(line[best].first, line[best].second, p.lon, p.lat))
        best = i;
    return best;
  };
  std::size_t i0 = nearest(a), i1 = nearest(b);
  if (i0 > i1) std::swap(i0, i1);
  double independent = 0;
  for (std::size_t i = i0; i < i1; ++i)
    independent +=
        haversine_m(line[i].first, line[i].second, line[i + 1].first, line[i + 1].second);
  std::printf(
      "Penza - Vladivostok along the railway: %.1f km (histmap), %.1f km (rail-transsib "
      "vertices, haversine); great circle %.1f km\n",
      m.metres / 1000, independent / 1000, geodesic_distance(a, b) / 1000);
  CHECK(std::fabs(m.metres - independent) / independent < 0.01);
  // And it is a railway journey: far longer than the great circle.
  CHECK(m.metres > 1.1 * geodesic_distance(a, b));
}

TEST_CASE("Tashkent to Tomsk along the railway crosses two junctions, as the three lines add up",
          "[measure][export]") {
  const auto proj = projection();
  std::vector<Diagnostic> diags;
  const Atlas atlas = load_atlas({HISTMAP_GEODATA}, *proj, diags);
  const GeoPoint tashkent = atlas.find("st-tashkent")->parts[0][0];
  const GeoPoint tomsk = atlas.find("st-tomsk")->parts[0][0];
  const RailMeasure m = measure_along_railway(atlas, tashkent, tomsk);
  REQUIRE(m.found);
  // rail-tashkent to Samara, rail-transsib to Taiga, rail-tomsk to Tomsk.
  const std::vector<std::uint32_t> lines = railway_features(atlas);
  std::vector<std::string> via;
  for (const PathSpan& s : m.spans)
    via.push_back(atlas.features[lines[static_cast<std::size_t>(s.route)]].id);
  CHECK(via == std::vector<std::string>{"rail-tashkent", "rail-transsib", "rail-tomsk"});
  // Independently, each line's vertices read with OGR between the junctions: rail-tashkent
  // and rail-tomsk start on rail-transsib.
  GDALAllRegister();
  const std::string file = std::string(HISTMAP_GEODATA) + "/railways.geojson";
  std::unique_ptr<GDALDataset> ds(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                    nullptr, nullptr, nullptr));
  REQUIRE(ds);
  std::map<std::string, std::vector<std::pair<double, double>>> line_of;
  for (auto& f : *ds->GetLayer(0)) {
    const OGRLineString* ls = f->GetGeometryRef()->toLineString();
    auto& pts = line_of[f->GetFieldAsString("id")];
    for (int i = 0; i < ls->getNumPoints(); ++i) pts.emplace_back(ls->getX(i), ls->getY(i));
  }
  const auto length_between = [&](const std::string& id, std::pair<double, double> p,
                                  std::pair<double, double> q) {
    const auto& pts = line_of.at(id);
    const auto nearest = [&](std::pair<double, double> x) {
      std::size_t best = 0;
      for (std::size_t i = 1; i < pts.size(); ++i)
        if (haversine_m(pts[i].first, pts[i].second, x.first, x.second) <
            haversine_m(pts[best].first, pts[best].second, x.first, x.second))
          best = i;
      return best;
    };
    std::size_t a = nearest(p), b = nearest(q);
    if (a > b) std::swap(a, b);
    double sum = 0;
    for (std::size_t i = a; i < b; ++i)
      sum += haversine_m(pts[i].first, pts[i].second, pts[i + 1].first, pts[i + 1].second);
    return sum;
  };
  const auto samara = line_of.at("rail-tashkent").front();
  const auto taiga = line_of.at("rail-tomsk").front();
  const double independent = length_between("rail-tashkent", {tashkent.lon, tashkent.lat}, samara) +
                             length_between("rail-transsib", samara, taiga) +
                             length_between("rail-tomsk", taiga, {tomsk.lon, tomsk.lat});
  std::printf("Tashkent - Tomsk along the railway: %.1f km (histmap), %.1f km (three lines)\n",
              m.metres / 1000, independent / 1000);
  CHECK(std::fabs(m.metres - independent) / independent < 0.01);
}

TEST_CASE("an exported GeoJSON loads back with the same ids, dates, calendar and sources",
          "[export]") {
  const TempDir dir;
  const std::string src = dir.write("data.geojson", R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"id": "ev-kurultai", "kind": "event", "name": "Second kurultai, \"Alash\"",
   "name_ru": "Второй курултай", "start": "1917-12-05", "end": "1917-12-13", "calendar": "julian",
   "sources": ["Saryarqa, 1918, №63: 1", "S2: 14"], "votes": 1234, "note": "one, two\nthree"},
  "geometry": {"type": "Point", "coordinates": [51.37, 51.23]}},
 {"type": "Feature", "properties": {"id": "st-a", "kind": "station", "name": "A", "route": "rail-x",
   "sources": ["S1"]}, "geometry": {"type": "Point", "coordinates": [50.0, 52.0]}},
 {"type": "Feature", "properties": {"id": "st-b", "kind": "station", "name": "B", "route": "rail-x",
   "sources": ["S1"]}, "geometry": {"type": "Point", "coordinates": [52.0, 52.0]}},
 {"type": "Feature", "properties": {"id": "rail-x", "kind": "railway", "name": "X", "start": "1900",
   "sources": ["S1"]}, "geometry": {"type": "LineString", "coordinates": [[50.0, 52.0], [51.0, 52.0], [52.0, 52.0]]}},
 {"type": "Feature", "properties": {"id": "mv-1", "kind": "movement", "name": "Echelon", "route": "rail-x",
   "times": ["1917-12-01", "1917-12-10/1917-12-12", "1917-12-20"], "calendar": "julian", "sources": ["S3"]},
  "geometry": {"type": "LineString", "coordinates": [[50.0, 52.0], [51.0, 52.0], [52.0, 52.0]]}},
 {"type": "Feature", "properties": {"id": "region-r", "kind": "region", "name": "R", "start": "1917-06",
   "end": "1918-22", "sources": ["S4"]}, "geometry": {"type": "Polygon", "coordinates":
   [[[49, 50], [53, 50], [53, 54], [49, 54], [49, 50]], [[50, 51], [51, 51], [51, 51.5], [50, 51], [50, 51]]]}},
 {"type": "Feature", "properties": {"id": "ev-later", "kind": "event", "name": "Later", "start": "1919-01-01",
   "end": "1919-01-02", "sources": ["S5"]}, "geometry": {"type": "Point", "coordinates": [51, 52]}}
]})");
  const auto proj = projection();
  std::vector<Diagnostic> diags;
  const Atlas atlas = load_atlas({src}, *proj, diags);
  for (const auto& d : diags) INFO(d.to_string());
  REQUIRE(atlas.features.size() == 7);
  Scene scene;
  const double t = to_day_number({1917, 12, 24});  // 11 December Old Style: the kurultai is on
  evaluate_scene(atlas, t, scene);
  const std::string out = dir.path("visible.geojson");
  std::size_t written = 0;
  std::string error;
  REQUIRE(export_visible(atlas, scene, out, ExportFormat::GeoJson, written, error));
  CHECK(error.empty());
  CHECK(written == 6);  // all but the later event
  CHECK_FALSE(fs::exists(out + ".part.geojson"));

  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  INFO(text.str().substr(0, 3000));
  CHECK(text.str().find("\"sources\": [ \"Saryarqa, 1918, №63: 1\", \"S2: 14\" ]") !=
        std::string::npos);
  CHECK(text.str().find("Второй курултай") != std::string::npos);
  CHECK(text.str().find("\"votes\": 1234") != std::string::npos);
  CHECK(text.str().find("\"start_iso\": \"1917-12-18\"") != std::string::npos);
  CHECK(text.str().find("Old Style (Julian) in the source: 5 (18) December 1917") !=
        std::string::npos);

  std::vector<Diagnostic> back_diags;
  const Atlas back = load_atlas({out}, *proj, back_diags);
  for (const auto& d : back_diags) {
    INFO(d.to_string());
    CHECK(d.severity != Severity::Error);
  }
  REQUIRE(back.features.size() == 6);
  for (const Feature& f : back.features) {
    const Feature* o = atlas.find(f.id);
    REQUIRE(o);
    INFO(f.id);
    CHECK(f.kind == o->kind);
    CHECK(f.name == o->name);
    CHECK(f.name_ru == o->name_ru);
    CHECK(f.calendar == o->calendar);
    CHECK(f.sources == o->sources);
    CHECK(f.note == o->note);
    CHECK(f.start.has_value() == o->start.has_value());
    CHECK(f.end.has_value() == o->end.has_value());
    if (f.start && o->start) {
      CHECK(f.start->earliest == o->start->earliest);
      CHECK(f.start->latest == o->start->latest);
      CHECK(f.start->calendar == o->start->calendar);
    }
    if (f.end && o->end) {
      CHECK(f.end->earliest == o->end->earliest);
      CHECK(f.end->latest == o->end->latest);
    }
    CHECK(f.times == o->times);
    CHECK(f.departs == o->departs);
    CHECK(f.parts.size() == o->parts.size());
  }
  // The region's hole is a hole again.
  CHECK(back.find("region-r")->parts.size() == 2);
  // The moving echelon: its track and where it was at t.
  REQUIRE(back.tracks.size() == 1);
  CHECK(text.str().find("\"position_lon\"") != std::string::npos);
}

TEST_CASE("exported CSV quotes commas, quotes and newlines and keeps Cyrillic", "[export]") {
  const TempDir dir;
  const std::string src = dir.write("data.geojson", R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"id": "pl-1", "kind": "place", "name": "Semey, \"Alash-qala\"",
   "name_kk": "Семей, Алаш-қала", "note": "first line\nsecond, with a comma", "sources": ["A, 1918: 1", "B"]},
  "geometry": {"type": "Point", "coordinates": [80.25, 50.41]}},
 {"type": "Feature", "properties": {"id": "rail-1", "kind": "railway", "name": "Line", "sources": ["C"]},
  "geometry": {"type": "LineString", "coordinates": [[80, 50], [81, 51]]}}
]})");
  const auto proj = projection();
  std::vector<Diagnostic> diags;
  const Atlas atlas = load_atlas({src}, *proj, diags);
  REQUIRE(atlas.features.size() == 2);
  Scene scene;
  evaluate_scene(atlas, to_day_number({1918, 5, 27}), scene);
  // No ".csv" at the end: GDAL would make a folder of it; the exporter writes the file asked.
  const std::string out = dir.path("visible.txt");
  std::size_t written = 0;
  std::string error;
  REQUIRE(export_visible(atlas, scene, out, ExportFormat::Csv, written, error));
  CHECK(written == 2);
  REQUIRE(fs::is_regular_file(out));
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  INFO(text.str());
  CHECK(text.str().find("\"Semey, \"\"Alash-qala\"\"\"") != std::string::npos);  // RFC 4180
  CHECK(text.str().find("\"first line\nsecond, with a comma\"") != std::string::npos);
  CHECK(text.str().find("Семей, Алаш-қала") != std::string::npos);
  // Read back with GDAL's own CSV reader: every value as written.
  fs::copy_file(out, dir.path("copy.csv"));
  const auto row = read_csv_row(dir.path("copy.csv"), "pl-1");
  REQUIRE_FALSE(row.empty());
  CHECK(row.at("name") == "Semey, \"Alash-qala\"");
  CHECK(row.at("name_kk") == "Семей, Алаш-қала");
  CHECK(row.at("note") == "first line\nsecond, with a comma");
  CHECK(row.at("sources") == "A, 1918: 1; B");
  CHECK(row.at("lon") == "80.25");
  CHECK(row.at("lat") == "50.41");
  CHECK(row.at("WKT").rfind("POINT (80.25 50.41", 0) == 0);
  const auto line = read_csv_row(dir.path("copy.csv"), "rail-1");
  CHECK(line.at("WKT").rfind("LINESTRING (80 50,81 51", 0) == 0);
  CHECK(line.at("lon").empty());
}

TEST_CASE("an export into a missing folder fails naming it and leaves nothing", "[export]") {
  Atlas atlas;
  Scene scene;
  std::size_t written = 0;
  std::string error;
  CHECK_FALSE(export_visible(atlas, scene, "/nonexistent-folder/x.geojson", ExportFormat::GeoJson,
                             written, error));
  CHECK(error.find("/nonexistent-folder") != std::string::npos);
  CHECK(export_format_of("a.GeoJSON") == ExportFormat::GeoJson);
  CHECK(export_format_of("a.csv") == ExportFormat::Csv);
  CHECK_FALSE(export_format_of("a.shp"));
}
