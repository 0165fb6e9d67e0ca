// The formats a researcher brings (issue 8): each made here from a small dataset with GDAL's
// writers (or written as the format's text where that is how people make it: KML, CSV), then
// loaded through load_atlas: ids, positions, dates and their precision. Also the field map
// (by the user and by guess), Linked Places Format, geometry repair and the antimeridian.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include "data/linked_places.h"
#include "data/loader.h"

using namespace histmap;
namespace fs = std::filesystem;

namespace {

const Projection& projection() {
  static std::string error;
  static const auto p = Projection::create(kDefaultProjection, error);
  return *p;
}

// A fresh folder for one test's files, removed after it.
struct TempDir {
  fs::path path;
  TempDir() {
    static int n = 0;
    path = fs::temp_directory_path() /
           ("histmap-formats-" + std::to_string(getpid()) + "-" + std::to_string(n++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

struct Column {
  std::string name;
  OGRFieldType type = OFTString;
};
struct Row {
  std::string wkt;                  // the geometry, in the layer's CRS
  std::vector<std::string> values;  // one per column; "" leaves it unset
};

// Writes one layer with GDAL's driver of that name.
void write_layer(const std::string& driver_name, const std::string& path,
                 const std::vector<Column>& columns, const std::vector<Row>& rows, int epsg = 4326,
                 const std::vector<const char*>& layer_options = {}) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name.c_str());
  REQUIRE(driver);
  std::unique_ptr<GDALDataset> ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  REQUIRE(ds);
  OGRSpatialReference srs;
  srs.importFromEPSG(epsg);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  std::vector<const char*> lco = layer_options;
  lco.push_back(nullptr);
  OGRLayer* layer = ds->CreateLayer("data", &srs, wkbUnknown, const_cast<char**>(lco.data()));
  REQUIRE(layer);
  for (const Column& c : columns) {
    OGRFieldDefn defn(c.name.c_str(), c.type);
    REQUIRE(layer->CreateField(&defn) == OGRERR_NONE);
  }
  for (const Row& r : rows) {
    OGRFeature f(layer->GetLayerDefn());
    for (std::size_t i = 0; i < columns.size() && i < r.values.size(); ++i)
      if (r.values[i] == "\"\"") {  // an empty text, as ogr2ogr writes an empty CSV cell
        f.SetField(static_cast<int>(i), "");
      } else if (!r.values[i].empty()) {
        f.SetField(static_cast<int>(i), r.values[i].c_str());
      }
    OGRGeometry* g = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(r.wkt.c_str(), &srs, &g) == OGRERR_NONE);
    f.SetGeometryDirectly(g);
    REQUIRE(layer->CreateFeature(&f) == OGRERR_NONE);
  }
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

struct Loaded {
  Atlas atlas;
  std::vector<Diagnostic> diags;
  const Feature& get(const std::string& id) const {
    const Feature* f = atlas.find(id);
    INFO("feature " << id);
    REQUIRE(f);
    return *f;
  }
  std::size_t count(Severity s, const std::string& field = "") const {
    return static_cast<std::size_t>(std::count_if(diags.begin(), diags.end(), [&](auto& d) {
      return d.severity == s && (field.empty() || d.field == field);
    }));
  }
  const Diagnostic* about(const std::string& field) const {
    for (const auto& d : diags)
      if (d.field == field) return &d;
    return nullptr;
  }
  std::string all() const {
    std::string s;
    for (const auto& d : diags) s += d.to_string() + "\n";
    return s;
  }
};

Loaded load(const std::string& path, const LoadOptions& options = {}) {
  Loaded l;
  l.atlas = load_atlas({path}, projection(), l.diags, nullptr, options);
  return l;
}

DayNumber day(int y, int m, int d) {
  return to_day_number({y, m, d});
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

void check_position(const Feature& f, double lon, double lat) {
  REQUIRE_FALSE(f.parts.empty());
  REQUIRE_FALSE(f.parts[0].empty());
  CHECK(f.parts[0][0].lon == Approx(lon).margin(1e-7));
  CHECK(f.parts[0][0].lat == Approx(lat).margin(1e-7));
}

const std::vector<Column> kConventions = {{"id"},    {"kind"}, {"name"},
                                          {"start"}, {"end"},  {"sources"}};

}  // namespace

TEST_CASE("formats: GeoJSON Sequence loads with its dates") {
  TempDir dir;
  const std::string path = dir.file("stations.geojsonl");
  write_layer("GeoJSONSeq", path, kConventions,
              {{"POINT (45.0 53.2)", {"penza", "station", "Penza", "1918-05-27", "", "Klevanskii"}},
               {"POINT (50.1 53.2)",
                {"samara", "event", "Samara taken", "1918-06-08", "1918-06-08", "Klevanskii"}}});
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.count(Severity::Error) == 0);
  REQUIRE(l.atlas.features.size() == 2);
  const Feature& penza = l.get("penza");
  CHECK(penza.kind == Kind::Station);
  check_position(penza, 45.0, 53.2);
  REQUIRE(penza.start);
  CHECK(penza.start->earliest == day(1918, 5, 27));
  CHECK(penza.start->precision == Precision::Day);
  const Feature& samara = l.get("samara");
  REQUIRE(samara.end);
  CHECK(samara.end->latest == day(1918, 6, 8));
}

TEST_CASE("formats: GeoPackage with a Date column and an EDTF text column") {
  TempDir dir;
  const std::string path = dir.file("register.gpkg");
  write_layer("GPKG", path, {{"id"}, {"kind"}, {"name"}, {"start", OFTDate}, {"end"}, {"sources"}},
              {{"POINT (61.4 55.16)",
                {"chel", "event", "Chelyabinsk incident", "1918-05-14", "1918-05~", "Bradley"}}});
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.diags.empty());
  const Feature& f = l.get("chel");
  check_position(f, 61.4, 55.16);
  REQUIRE(f.start);
  CHECK(f.start->earliest == day(1918, 5, 14));
  CHECK(f.start->latest == day(1918, 5, 14));
  CHECK(f.start->precision == Precision::Day);
  REQUIRE(f.end);
  CHECK(f.end->earliest == day(1918, 5, 1));
  CHECK(f.end->latest == day(1918, 5, 31));
  CHECK(f.end->precision == Precision::Month);
  CHECK(f.end->approximate);
}

TEST_CASE("formats: Shapefile with a Date column") {
  TempDir dir;
  const std::string path = dir.file("towns.shp");
  write_layer(
      "ESRI Shapefile", path,
      {{"id"}, {"kind"}, {"name"}, {"start", OFTDate}, {"end"}, {"sources"}},
      {{"POINT (73.37 54.98)", {"omsk", "place", "Omsk", "1918-06-07", "1919-11", "Footman"}},
       {"POINT (104.3 52.29)", {"irkutsk", "place", "Irkutsk", "1918-07-11", "1920", "Footman"}}});
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.diags.empty());
  REQUIRE(l.atlas.features.size() == 2);
  const Feature& omsk = l.get("omsk");
  check_position(omsk, 73.37, 54.98);
  CHECK(omsk.start->earliest == day(1918, 6, 7));
  CHECK(omsk.end->latest == day(1919, 11, 30));
  const Feature& irkutsk = l.get("irkutsk");
  CHECK(irkutsk.end->precision == Precision::Year);
  CHECK(irkutsk.end->latest == day(1920, 12, 31));
}

TEST_CASE("formats: FlatGeobuf lines") {
  TempDir dir;
  const std::string path = dir.file("lines.fgb");
  write_layer("FlatGeobuf", path, kConventions,
              {{"LINESTRING (45.0 53.2, 50.1 53.2, 55.9 54.7)",
                {"line", "railway", "Penza to Ufa", "1918", "", "Westwood"}}});
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.diags.empty());
  const Feature& f = l.get("line");
  CHECK(f.geometry == GeometryType::Line);
  REQUIRE(f.parts.size() == 1);
  REQUIRE(f.parts[0].size() == 3);
  CHECK(f.parts[0][2].lon == Approx(55.9));
  CHECK(f.start->precision == Precision::Year);
  CHECK(f.start->earliest == day(1918, 1, 1));
}

TEST_CASE("formats: KML TimeSpan and TimeStamp become start and end, as written") {
  TempDir dir;
  const std::string path = dir.file("placemarks.kml");
  write_text(path, R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>1918</name>
<Placemark><name>Penza</name><description>the first echelons leave</description>
  <TimeSpan><begin>1918-05-28</begin><end>1918-06</end></TimeSpan>
  <ExtendedData><Data name="id"><value>penza</value></Data><Data name="kind"><value>event</value></Data>
  <Data name="sources"><value>Bradley 1991</value></Data></ExtendedData>
  <Point><coordinates>45.0,53.2</coordinates></Point></Placemark>
<Placemark><name>Samara</name><TimeStamp><when>1918</when></TimeStamp>
  <ExtendedData><Data name="id"><value>samara</value></Data><Data name="kind"><value>event</value></Data>
  <Data name="sources"><value>Bradley 1991</value></Data></ExtendedData>
  <Point><coordinates>50.1,53.2</coordinates></Point></Placemark>
<Placemark><name>Ufa</name><TimeStamp><when>1918-07-05T10:00:00Z</when></TimeStamp>
  <ExtendedData><Data name="id"><value>ufa</value></Data><Data name="kind"><value>event</value></Data>
  <Data name="sources"><value>Bradley 1991</value></Data></ExtendedData>
  <Point><coordinates>55.95,54.73</coordinates></Point></Placemark>
</Document></kml>
)");
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.count(Severity::Error) == 0);
  CHECK(l.count(Severity::Warning) == 0);
  CHECK(l.count(Severity::Note) == 0);  // KML's own names are not guesses
  REQUIRE(l.atlas.features.size() == 3);
  const Feature& penza = l.get("penza");
  CHECK(penza.name == "Penza");
  CHECK(penza.note == "the first echelons leave");
  check_position(penza, 45.0, 53.2);
  REQUIRE(penza.start);
  REQUIRE(penza.end);
  CHECK(penza.start->earliest == day(1918, 5, 28));
  // GDAL's date-time field would say 1 June; the KML says June.
  CHECK(penza.end->precision == Precision::Month);
  CHECK(penza.end->latest == day(1918, 6, 30));
  // A TimeStamp is an instant: start and end alike; a year alone stays a year.
  const Feature& samara = l.get("samara");
  REQUIRE(samara.start);
  REQUIRE(samara.end);
  CHECK(samara.start->precision == Precision::Year);
  CHECK(samara.start->earliest == day(1918, 1, 1));
  CHECK(samara.end->latest == day(1918, 12, 31));
  const Feature& ufa = l.get("ufa");
  CHECK(ufa.start->earliest == day(1918, 7, 5));
  CHECK(ufa.end->latest == day(1918, 7, 5));
}

TEST_CASE("formats: CSV with longitude and latitude columns, dates as text") {
  TempDir dir;
  const std::string path = dir.file("rows.csv");
  write_text(path,
             "id,kind,Longitude,LAT,start,end,sources\n"
             "a,event,45.0,53.2,1918-05,,Register\n"
             "b,event,50.1,53.2,1918-06-08,1918-06-09,Register\n");
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.diags.empty());
  REQUIRE(l.atlas.features.size() == 2);
  const Feature& a = l.get("a");
  check_position(a, 45.0, 53.2);
  CHECK(a.start->precision == Precision::Month);
  CHECK_FALSE(a.end);  // an empty cell is no end, not a bad date
  // The coordinate columns made the geometry and are not attributes.
  for (const auto& [k, v] : a.attributes) CHECK(k != "Longitude");
  CHECK(l.get("b").end->earliest == day(1918, 6, 9));
}

TEST_CASE("formats: a CSV without coordinates is said once, not once per row") {
  TempDir dir;
  const std::string path = dir.file("table.csv");
  std::string text = "id,kind,start\n";
  for (int i = 0; i < 500; ++i) text += "r" + std::to_string(i) + ",event,1918\n";
  write_text(path, text);
  const Loaded l = load(path);
  CHECK(l.atlas.features.empty());
  REQUIRE(l.diags.size() == 1);
  CHECK(l.diags[0].severity == Severity::Error);
  CHECK(contains(l.diags[0].message, "has no geometry: a table needs longitude and latitude"));
}

TEST_CASE("formats: CSV with a WKT column, written by GDAL") {
  TempDir dir;
  const std::string path = dir.file("wkt.csv");
  write_layer("CSV", path, kConventions,
              {{"LINESTRING (45 53.2, 50.1 53.2)",
                {"rail", "railway", "Penza-Samara", "1918", "", "Westwood"}}},
              4326, {"GEOMETRY=AS_WKT"});
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.diags.empty());
  const Feature& f = l.get("rail");
  CHECK(f.geometry == GeometryType::Line);
  REQUIRE(f.parts[0].size() == 2);
  CHECK(f.parts[0][1].lon == Approx(50.1));
  for (const auto& [k, v] : f.attributes) CHECK(k != "WKT");
}

TEST_CASE("formats: a projected CRS (EPSG:3857) is brought to longitude and latitude") {
  TempDir dir;
  const std::string path = dir.file("mercator.gpkg");
  const double r = 6378137.0, pi = 3.14159265358979323846;
  const double x = r * 45.0 * pi / 180, y = r * std::log(std::tan(pi / 4 + 53.2 * pi / 360));
  char wkt[128];
  std::snprintf(wkt, sizeof wkt, "POINT (%.4f %.4f)", x, y);
  write_layer("GPKG", path, kConventions,
              {{wkt, {"penza", "station", "Penza", "1918", "", "Westwood"}}}, 3857);
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.diags.empty());
  check_position(l.get("penza"), 45.0, 53.2);
}

TEST_CASE("formats: field names are guessed, said once per layer, and --field chooses others") {
  TempDir dir;
  const std::string path = dir.file("researcher.csv");
  write_text(path,
             "ID,kind,lon,lat,Title,date_from,date_to,year,source\n"
             "r1,event,45.0,53.2,Penza,1918-05-28,1918-05-30,1918,Archive f.1\n"
             "r2,event,50.1,53.2,Samara,1918-06-08,,1918,Archive f.2\n"
             "r3,event,61.4,55.2,Chelyabinsk,1918-05-14,1918-05-14,1918,Archive f.3\n");
  SECTION("guessed") {
    const Loaded l = load(path);
    INFO(l.all());
    CHECK(l.count(Severity::Error) == 0);
    CHECK(l.count(Severity::Warning) == 0);
    // One note per guessed field, not one per feature.
    CHECK(l.count(Severity::Note, "start") == 1);
    CHECK(l.count(Severity::Note) == 5);  // id, name, start, end, sources
    const Diagnostic* start = l.about("start");
    REQUIRE(start);
    CHECK(start->message ==
          "start is read from 'date_from' (guessed; --field start=... to choose another)");
    const Feature& r1 = l.get("r1");
    CHECK(r1.name == "Penza");
    CHECK(r1.start->earliest == day(1918, 5, 28));
    CHECK(r1.end->latest == day(1918, 5, 30));
    CHECK(r1.sources == std::vector<std::string>{"Archive f.1"});
  }
  SECTION("the user's map wins, and a whole-number year is a year") {
    LoadOptions options;
    REQUIRE(add_field_mapping(options.fields, "start=year").empty());
    const Loaded l = load(path, options);
    INFO(l.all());
    CHECK(l.count(Severity::Error) == 0);
    CHECK(l.count(Severity::Note, "start") == 0);
    const Feature& r2 = l.get("r2");
    REQUIRE(r2.start);
    CHECK(r2.start->precision == Precision::Year);
    CHECK(r2.start->earliest == day(1918, 1, 1));
  }
  SECTION("a bad value in a mapped field names the field as the user knows it") {
    write_text(path, "id,kind,lon,lat,anfang,sources\nx,event,45,53,the spring,Archive\n");
    LoadOptions options;
    REQUIRE(add_field_mapping(options.fields, "start=anfang").empty());
    const Loaded l = load(path, options);
    const Diagnostic* d = l.about("anfang (as start)");
    REQUIRE(d);
    CHECK(d->severity == Severity::Error);
    CHECK(d->feature == "'x'");
  }
  SECTION("a mapped field the layer lacks is said once") {
    LoadOptions options;
    REQUIRE(add_field_mapping(options.fields, "note=remarks").empty());
    const Loaded l = load(path, options);
    CHECK(l.count(Severity::Warning, "note") == 1);
    CHECK(contains(l.about("note")->message, "the layer has no field 'remarks'"));
  }
}

TEST_CASE("formats: a whole-number year in a GeoPackage Integer column is a year") {
  TempDir dir;
  const std::string path = dir.file("years.gpkg");
  write_layer("GPKG", path, {{"id"}, {"kind"}, {"year", OFTInteger}, {"sources"}},
              {{"POINT (45 53)", {"y", "event", "1918", "Archive"}},
               {"POINT (45 53)", {"z", "event", "988", "Archive"}}});
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.count(Severity::Error) == 0);
  CHECK(l.count(Severity::Note, "start") == 1);
  CHECK(l.get("y").start->precision == Precision::Year);
  CHECK(l.get("y").start->latest == day(1918, 12, 31));
  CHECK(l.get("z").start->earliest == day(988, 1, 1));
}

TEST_CASE("formats: a layer of 10,000 rows without kind or sources is told so once per field") {
  TempDir dir;
  const std::string path = dir.file("big.csv");
  {
    std::ofstream out(path);
    out << "id,lon,lat,date\n";
    for (int i = 0; i < 10'000; ++i)
      out << "p" << i << "," << 40 + i % 50 << "," << 50 + i % 10 << ",1918-05-" << 10 + i % 20
          << "\n";
  }
  SECTION("no kind") {
    const Loaded l = load(path);
    CHECK(l.atlas.features.size() == 10'000);
    CHECK(l.count(Severity::Warning, "kind") == 1);
    CHECK(contains(l.about("kind")->message, "all 10000 features are drawn as plain features"));
    CHECK(l.count(Severity::Warning) == 1);
    CHECK(l.count(Severity::Note) == 1);  // start <- date
    CHECK(l.diags.size() == 2);
  }
  SECTION("a constant kind: drawn as events, and the missing sources said once") {
    LoadOptions options;
    REQUIRE(add_field_mapping(options.fields, "kind=\"event\"").empty());
    const Loaded l = load(path, options);
    REQUIRE(l.atlas.features.size() == 10'000);
    CHECK(l.atlas.features[5].kind == Kind::Event);
    CHECK(l.count(Severity::Warning, "sources") == 1);
    CHECK(l.count(Severity::Warning) == 1);
  }
}

TEST_CASE("formats: Linked Places Format: timespans, names in languages, citations, certainty") {
  const Loaded l = load(std::string(HISTMAP_FIXTURES) + "/lpf_timespans_names_citations.geojson");
  INFO(l.all());
  CHECK(l.count(Severity::Error) == 0);
  CHECK(l.count(Severity::Note) == 0);  // title is LPF's name, not a guess
  REQUIRE(l.atlas.features.size() == 3);

  const Feature& penza = l.get("https://example.org/places/penza");
  CHECK(penza.kind == Kind::Place);
  CHECK(penza.name == "Penza");
  CHECK(penza.name_ru == "Пенза");
  CHECK(penza.name_cs == "Penza (Pensa)");
  check_position(penza, 45.0, 53.2);
  REQUIRE(penza.start);
  CHECK(penza.start->precision == Precision::Month);  // "in": "1918-05"
  CHECK(penza.start->earliest == day(1918, 5, 1));
  REQUIRE(penza.end);
  CHECK(penza.end->earliest == day(1918, 6, 1));  // "earliest"/"latest"
  CHECK(penza.end->latest == day(1918, 6, 30));
  CHECK(penza.certainty == Certainty::Approximate);  // less-certain
  CHECK(std::find(penza.sources.begin(), penza.sources.end(),
                  "Gazetteer of the Russian Empire (1913)") != penza.sources.end());
  CHECK(std::find(penza.sources.begin(), penza.sources.end(), "Getty TGN") != penza.sources.end());
  CHECK(contains(penza.note, "railway junction"));
  const auto types = std::find_if(penza.attributes.begin(), penza.attributes.end(),
                                  [](const auto& a) { return a.first == "types"; });
  REQUIRE(types != penza.attributes.end());
  CHECK(types->second == "inhabited place, railway station");

  // Two timespans: the earliest start and the latest end, said in the note.
  const Feature& samara = l.get("https://example.org/places/samara");
  REQUIRE(samara.start);
  CHECK(samara.start->earliest == day(1917, 1, 1));
  CHECK(samara.start->latest == day(1917, 6, 30));
  CHECK(samara.end->latest == day(1918, 10, 7));
  CHECK(contains(samara.note, "2 timespans"));
  CHECK(samara.certainty == Certainty::Conjectural);  // uncertain

  // A start alone is the interval it describes; no citation is said.
  const Feature& chel = l.get("https://example.org/places/chelyabinsk");
  CHECK(chel.start->earliest == day(1918, 5, 14));
  CHECK(chel.end->latest == day(1918, 5, 14));
  CHECK(l.count(Severity::Warning, "sources") == 1);
  CHECK(l.about("sources")->feature == "'https://example.org/places/chelyabinsk'");
}

TEST_CASE("formats: a bow-tie polygon is repaired with GEOS, and said so") {
  TempDir dir;
  const std::string path = dir.file("bowtie.geojson");
  write_text(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"tie","kind":"region","start":"1918","sources":["x"]},
 "geometry":{"type":"Polygon","coordinates":[[[40,50],[50,60],[50,50],[40,60],[40,50]]]}}]})");
  const Loaded l = load(path);
  INFO(l.all());
  const Feature& f = l.get("tie");
  CHECK(f.parts.size() == 2);  // two triangles
  for (const auto& ring : f.parts) CHECK(ring.size() >= 4);
  const Diagnostic* d = l.about("geometry");
  REQUIRE(d);
  CHECK(d->severity == Severity::Warning);
  CHECK(contains(d->message, "self-intersection"));
  CHECK(contains(d->message, "repaired with GEOS into 2 polygons"));
  CHECK_FALSE(f.fill_triangles.empty());  // valid now: triangulated
}

TEST_CASE("formats: an empty geometry is reported and the rest loads") {
  TempDir dir;
  const std::string path = dir.file("empty.gpkg");
  write_layer("GPKG", path, kConventions,
              {{"POINT EMPTY", {"none", "place", "Nowhere", "1918", "", "x"}},
               {"POINT (45 53)", {"some", "place", "Somewhere", "1918", "", "x"}}});
  const Loaded l = load(path);
  CHECK(l.atlas.find("none") == nullptr);
  CHECK(l.atlas.find("some") != nullptr);
  const Diagnostic* d = l.about("geometry");
  REQUIRE(d);
  CHECK(d->feature == "'none'");
  INFO(d->message);
  CHECK(contains(d->message, "empty"));
}

TEST_CASE("formats: a river across the antimeridian is cut there, not drawn round the world") {
  TempDir dir;
  const std::string path = dir.file("pacific.geojson");
  write_text(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"cable","kind":"river","sources":["x"]},
 "geometry":{"type":"LineString","coordinates":[[170,60],[-170,62],[-160,62]]}}]})");
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.diags.empty());
  const Feature& f = l.get("cable");
  REQUIRE(f.parts.size() == 2);
  REQUIRE(f.parts[0].size() == 2);
  CHECK(f.parts[0][1].lon == 180);
  CHECK(f.parts[0][1].lat == Approx(61));
  CHECK(f.parts[1][0].lon == -180);
  CHECK(f.parts[1][0].lat == Approx(61));
  CHECK(f.parts[1].size() == 3);
  // Both ends of the cut are one place on the map.
  CHECK(f.parts[0][1].x == Approx(f.parts[1][0].x).margin(1));
  CHECK(f.parts[0][1].y == Approx(f.parts[1][0].y).margin(1));
}

TEST_CASE("formats: GeoJSON properties are read through the map from the feature's own JSON") {
  TempDir dir;
  const std::string path = dir.file("mapped.geojson");
  write_text(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"g1","kind":"event","year":1918,"label":"Penza",
  "citations":["Bradley 1991","Footman 1961"]},"geometry":{"type":"Point","coordinates":[45,53.2]}},
{"type":"Feature","properties":{"id":"g2","kind":"event","year":{"from":1918},"label":"Samara",
  "citations":["Bradley 1991"]},"geometry":{"type":"Point","coordinates":[50.1,53.2]}}]})");
  LoadOptions options;
  REQUIRE(add_field_mapping(options.fields, "start=year").empty());
  const Loaded l = load(path, options);
  INFO(l.all());
  const Feature& g1 = l.get("g1");
  REQUIRE(g1.start);
  CHECK(g1.start->precision == Precision::Year);  // the JSON number 1918
  CHECK(g1.name == "Penza");                      // guessed from label
  CHECK(g1.sources == std::vector<std::string>{"Bradley 1991", "Footman 1961"});  // a JSON list
  CHECK(l.count(Severity::Note) == 2);                                            // name, sources
  // An object where a date belongs: an error named as the user knows the field.
  CHECK(l.atlas.find("g2") == nullptr);
  const Diagnostic* d = l.about("year (as start)");
  REQUIRE(d);
  CHECK(d->feature == "'g2'");
  CHECK(contains(d->message, "expected text, got an object"));
}

TEST_CASE("formats: Linked Places members that are wrong are said, and the place still loads") {
  TempDir dir;
  const std::string path = dir.file("bad.lpf.json");
  write_text(
      path,
      R"({"type":"FeatureCollection","@context":"https://example.org/linkedplaces-context-v1.1.jsonld","features":[
{"@id":"p1","type":"Feature","properties":{"title":"Penza"},
 "when":{"timespans":[{"end":{"in":"1918"}},{"start":{"in":"1918-02-30"}},{"start":{"earliest":"1919","latest":"1918"}},
   {"start":{"in":"1918-05"}}],"certainty":"probably"},
 "names":[{"toponym":"Penza","lang":"en","citations":[{"label":"Register"}]}],
 "geometry":{"type":"Point","coordinates":[45,53.2]}}]})");
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.count(Severity::Error) == 0);
  const Feature& p1 = l.get("p1");
  REQUIRE(p1.start);
  CHECK(p1.start->earliest == day(1918, 5, 1));  // the one good timespan
  REQUIRE(l.about("when.timespans[0]"));
  CHECK(contains(l.about("when.timespans[0]")->message, "must have a start"));
  CHECK(l.about("when.timespans[1].start.in") != nullptr);  // 30 February
  REQUIRE(l.about("when.timespans[2].start"));
  CHECK(contains(l.about("when.timespans[2].start")->message, "latest is before earliest"));
  REQUIRE(l.about("when.certainty"));
  CHECK(contains(l.about("when.certainty")->message, "unknown value"));
}

TEST_CASE("formats: the Linked Places reader survives collections nested 100,000 deep") {
  // GDAL refuses such a file; the reader must not run the stack out before it does.
  std::string nested = R"({"type":"Point","coordinates":[45,53]})";
  std::string open, close;
  for (int i = 0; i < 100'000; ++i) {
    open += R"({"type":"GeometryCollection","certainty":"uncertain","geometries":[)";
    close += "]}";
  }
  const std::string feature = R"({"type":"Feature","when":{"timespans":[{"start":{"in":"1918"}}]},)"
                              R"("geometry":)" +
                              open + nested + close + "}";
  const LinkedPlace lp = read_linked_place(feature);
  CHECK(lp.present);
  CHECK(lp.timespans == 1);
  CHECK(lp.certainty == "conjectural");
}

// Found with the README's worked example: ogr2ogr put a CSV into PostGIS with "" for the empty
// "date_to" cells, and every row without an end was refused as "empty date".
TEST_CASE("formats: issue_empty_date_text: an empty text in a date field is no date") {
  TempDir dir;
  const std::string path = dir.file("from_csv.gpkg");
  write_layer("GPKG", path, {{"id"}, {"kind"}, {"start"}, {"end"}, {"sources"}},
              {{"POINT (92.85 56.01)", {"tel", "event", "1918-04-21", "\"\"", "Parfenov"}},
               {"POINT (61.4 55.16)", {"cong", "event", "1918-05-16", "1918-05-20", "GA RF"}}});
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.count(Severity::Error) == 0);
  CHECK_FALSE(l.get("tel").end);
  REQUIRE(l.get("cong").end);
  CHECK(l.get("cong").end->earliest == day(1918, 5, 20));
}

// Found with the README's worked example: a CSV cell "[Golovin, 2011], in ..." was taken for
// a JSON list because it starts with "[", and the row's citation refused.
TEST_CASE("formats: issue_bracketed_citation: a CSV citation in square brackets is text") {
  TempDir dir;
  const std::string path = dir.file("cited.csv");
  write_text(path,
             "id,kind,lon,lat,start,sources\n"
             "a12,event,131.886,43.115,1918-04-05,\"[Golovin, 2011], in Zhussip et al. 2025\"\n");
  const Loaded l = load(path);
  INFO(l.all());
  CHECK(l.count(Severity::Error) == 0);
  REQUIRE(l.get("a12").sources.size() == 1);
  CHECK(l.get("a12").sources[0] == "[Golovin, 2011], in Zhussip et al. 2025");
}
