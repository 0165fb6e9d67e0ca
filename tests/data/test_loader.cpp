// The loader on good files and on each kind of bad file: what loads, and what the user is told
// (file, feature, field) about what did not.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/scene.h"
#include "data/loader.h"

using namespace histmap;

namespace {

const Projection& projection() {
  static std::string error;
  static const auto p = Projection::create(kDefaultProjection, error);
  return *p;
}

std::string fixture(const std::string& name) {
  return std::string(HISTMAP_FIXTURES) + "/" + name;
}

struct Loaded {
  Atlas atlas;
  std::vector<Diagnostic> diags;
  bool has(const std::string& id) const { return atlas.find(id) != nullptr; }
  // The first diagnostic about this field, or null.
  const Diagnostic* about(const std::string& field) const {
    for (const auto& d : diags)
      if (d.field == field) return &d;
    return nullptr;
  }
  std::size_t errors() const {
    return static_cast<std::size_t>(std::count_if(
        diags.begin(), diags.end(), [](auto& d) { return d.severity == Severity::Error; }));
  }
};

Loaded load(const std::string& name) {
  Loaded l;
  l.atlas = load_atlas({fixture(name)}, projection(), l.diags);
  return l;
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a good file loads every feature with its fields") {
  Loaded l = load("good_track_on_railway.geojson");
  CHECK(l.diags.empty());
  REQUIRE(l.atlas.features.size() == 5);
  const Feature* st = l.atlas.find("st-a");
  REQUIRE(st);
  CHECK(st->kind == Kind::Station);
  CHECK(st->name_kk == "Әлфа");
  CHECK(st->importance == 1);
  const Feature* unit = l.atlas.find("unit-a");
  REQUIRE(unit);
  CHECK(unit->strength == 150);
  CHECK(unit->calendar == Calendar::Julian);
  // 5 December 1917 Old Style is 18 December New Style.
  REQUIRE(unit->start);
  CHECK(unit->start->earliest == to_day_number({1917, 12, 18}));
  REQUIRE(unit->sources.size() == 1);
  CHECK(unit->sources[0] == "Saryarqa, 1917, №23: 4");
  const Feature* region = l.atlas.find("region-a");
  REQUIRE(region);
  CHECK(region->certainty == Certainty::Approximate);
  CHECK(region->start->precision == Precision::Month);
  // Projected coordinates are filled in: the map projection is metres, not degrees.
  CHECK(std::abs(st->parts[0][0].x) > 1000);
}

TEST_CASE("a track on a railway is linked to it and moves along it") {
  Loaded l = load("good_track_on_railway.geojson");
  REQUIRE(l.atlas.tracks.size() == 1);
  const Track& t = l.atlas.tracks[0];
  CHECK(t.route == 0);
  Scene scene;
  // Halfway between the 1st and 11th of May the echelon is halfway along the first leg, on
  // the line of latitude 50 (the railway), not cutting the corner.
  evaluate_scene(l.atlas, to_day_number({1918, 5, 6}), scene);
  REQUIRE(scene.movers.size() == 1);
  CHECK(scene.movers[0].pos.lat == Approx(50.0).margin(1e-6));
  CHECK(scene.movers[0].pos.lon == Approx(55.0).margin(0.05));
}

TEST_CASE("a date that does not exist is reported with file, feature and field, the rest loads") {
  Loaded l = load("issue_date_feb30.geojson");
  CHECK_FALSE(l.has("ev-bad"));
  CHECK(l.has("ev-good"));
  const Diagnostic* d = l.about("start");
  REQUIRE(d);
  CHECK(d->severity == Severity::Error);
  CHECK(contains(d->file, "issue_date_feb30.geojson"));
  CHECK(contains(d->feature, "ev-bad"));
  CHECK(contains(d->message, "1918-02-30"));
  CHECK(contains(d->to_string(), "field 'start'"));
}

TEST_CASE("a track with the wrong number of dates is reported and skipped") {
  Loaded l = load("issue_times_count_mismatch.geojson");
  CHECK_FALSE(l.has("move-bad"));
  CHECK(l.has("rail-a"));
  const Diagnostic* d = l.about("times");
  REQUIRE(d);
  CHECK(contains(d->message, "2 dates for 3 vertices"));
}

TEST_CASE("a track whose dates go backwards is reported and skipped") {
  Loaded l = load("issue_times_out_of_order.geojson");
  CHECK_FALSE(l.has("move-back"));
  CHECK(l.has("move-ok"));
  REQUIRE(l.about("times"));
  CHECK(contains(l.about("times")->message, "earlier than the one before"));
}

TEST_CASE("bad lifecycle fields and stops are reported by file, feature and field") {
  Loaded l = load("issue_lifecycle_fields.geojson");
  // The unit loads with what is good in it: one strength, no fate, no merger.
  REQUIRE(l.has("unit-a"));
  const Feature& a = *l.atlas.find("unit-a");
  REQUIRE(a.strengths.size() == 1);
  CHECK(a.strengths[0].second == 900);
  CHECK_FALSE(a.disbanded);
  CHECK(a.merge_target == -1);
  const Diagnostic* strengths = l.about("strengths");
  REQUIRE(strengths);
  CHECK(contains(strengths->file, "issue_lifecycle_fields.geojson"));
  CHECK(contains(strengths->feature, "unit-a"));
  CHECK(contains(strengths->message, "autumn: many"));
  REQUIRE(l.about("fate"));
  CHECK(contains(l.about("fate")->message, "vanished"));
  REQUIRE(l.about("merged_into"));
  CHECK(contains(l.about("merged_into")->message, "unit-nowhere"));
  // A stop without a departure, and an arrival before the last departure, are errors.
  CHECK_FALSE(l.has("move-open-stop"));
  CHECK_FALSE(l.has("move-stop"));
  std::size_t stop_errors = 0;
  for (const Diagnostic& d : l.diags) {
    if (d.field != "times") continue;
    ++stop_errors;
    CHECK((contains(d.message, "arrival and its departure") ||
           contains(d.message, "earlier than the one before")));
  }
  CHECK(stop_errors == 2);
}

TEST_CASE("an unknown kind is reported and skipped") {
  Loaded l = load("issue_unknown_kind.geojson");
  CHECK_FALSE(l.has("x-1"));
  CHECK(l.has("x-2"));
  REQUIRE(l.about("kind"));
  CHECK(contains(l.about("kind")->message, "battleship"));
}

TEST_CASE("a kind drawn with the wrong geometry is reported") {
  Loaded l = load("issue_region_as_point.geojson");
  CHECK(l.atlas.features.empty());
  REQUIRE(l.about("geometry"));
  CHECK(contains(l.about("geometry")->message, "region must not be a point"));
}

TEST_CASE("strength must be a whole, non-negative number of men") {
  Loaded l = load("issue_strength_not_a_number.geojson");
  CHECK_FALSE(l.has("unit-many"));
  CHECK_FALSE(l.has("unit-neg"));
  REQUIRE(l.has("unit-ok"));
  CHECK(l.atlas.find("unit-ok")->strength == 500);
  CHECK(l.errors() == 2);
}

TEST_CASE("an unknown calendar is reported") {
  Loaded l = load("issue_unknown_calendar.geojson");
  CHECK(l.atlas.features.empty());
  REQUIRE(l.about("calendar"));
  CHECK(contains(l.about("calendar")->message, "republican"));
}

TEST_CASE("duplicate ids keep the first feature and report the second") {
  Loaded l = load("issue_duplicate_id.geojson");
  REQUIRE(l.atlas.features.size() == 1);
  CHECK(l.atlas.features[0].name == "First");
  REQUIRE(l.about("id"));
  CHECK(contains(l.about("id")->message, "duplicate"));
}

TEST_CASE("coordinates off the globe are reported") {
  Loaded l = load("issue_coordinates_out_of_range.geojson");
  CHECK_FALSE(l.has("far"));
  CHECK(l.has("near"));
  REQUIRE(l.about("geometry"));
  CHECK(contains(l.about("geometry")->message, "outside longitude"));
}

TEST_CASE("a feature without id or kind still loads, with warnings") {
  Loaded l = load("issue_missing_id_and_kind.geojson");
  REQUIRE(l.atlas.features.size() == 1);
  CHECK(l.atlas.features[0].kind == Kind::Other);
  CHECK(l.errors() == 0);
  CHECK(l.about("id"));
  CHECK(l.about("kind"));
}

TEST_CASE("a feature that ends before it starts is reported") {
  Loaded l = load("issue_end_before_start.geojson");
  CHECK(l.atlas.features.empty());
  REQUIRE(l.about("end"));
}

TEST_CASE("a track naming a railway that does not exist moves along its own line") {
  Loaded l = load("issue_route_missing.geojson");
  REQUIRE(l.has("move-lost"));
  REQUIRE(l.atlas.tracks.size() == 1);
  CHECK(l.atlas.tracks[0].route == -1);
  REQUIRE(l.about("route"));
  CHECK(l.about("route")->severity == Severity::Warning);
}

TEST_CASE("files that are not data are reported by name and never crash") {
  for (const char* name :
       {"issue_truncated_json.geojson", "issue_empty_file.geojson", "issue_binary_junk.geojson"}) {
    INFO(name);
    Loaded l = load(name);
    REQUIRE(l.errors() >= 1);
    CHECK(contains(l.diags[0].file, name));
    CHECK(l.diags[0].to_string().size() > std::string(name).size());
  }
}

TEST_CASE("a missing file is reported, and the other inputs still load") {
  std::vector<Diagnostic> diags;
  Atlas a = load_atlas({fixture("no_such_file.geojson"), fixture("issue_duplicate_id.geojson")},
                       projection(), diags);
  CHECK(a.features.size() == 1);
  REQUIRE_FALSE(diags.empty());
  CHECK(contains(diags[0].to_string(), "no such file"));
}

TEST_CASE("the bundled atlas loads without a single problem") {
  std::vector<Diagnostic> diags;
  Atlas a = load_atlas({HISTMAP_GEODATA}, projection(), diags);
  for (const auto& d : diags) UNSCOPED_INFO(d.to_string());
  CHECK(diags.empty());
  CHECK(a.find("rail-transsib"));
  CHECK(a.find("region-alash"));
  CHECK(a.tracks.size() >= 3);
  // Every Legion movement follows a railway; missions may go overland.
  for (const Track& t : a.tracks) {
    INFO(a.features[t.feature].id);
    if (a.features[t.feature].kind == Kind::Movement) CHECK(t.route >= 0);
  }
}

TEST_CASE("on 27 May 1918 Legion echelons stand on the railway around Chelyabinsk") {
  std::vector<Diagnostic> diags;
  Atlas a = load_atlas({HISTMAP_GEODATA}, projection(), diags);
  const Feature* chelyabinsk = a.find("st-chelyabinsk");
  REQUIRE(chelyabinsk);
  Scene scene;
  evaluate_scene(a, to_day_number({1918, 5, 27}), scene);
  int near = 0;
  for (const UnitPosition& u : scene.movers) {
    const Feature& f = a.features[u.feature];
    if (f.kind != Kind::Movement) continue;
    if (geodesic_distance(u.pos, chelyabinsk->parts[0][0]) < 400'000) ++near;
    // On the railway it names: within metres of it.
    const Track* track = nullptr;
    for (const Track& t : a.tracks)
      if (t.feature == u.feature) track = &t;
    REQUIRE(track);
    REQUIRE(track->route >= 0);
    double off = 0;
    a.routes[static_cast<std::size_t>(track->route)].locate(u.pos, &off);
    INFO(f.id);
    CHECK(off < 50);
  }
  CHECK(near >= 2);
}

// What each file of the geojsonhint corpus gives: how many features load, and the diagnostic
// the user sees about what did not (field "" is the file itself), or about what GDAL accepted
// but the file got wrong. Every file of the corpus must be listed.
namespace {

struct CorpusCase {
  const char* file;
  std::size_t features;
  const char* field;  // nullptr: nothing to say beyond missing ids and kinds
  const char* says;
};

const CorpusCase kCorpus[] = {
    {"good/good-feature-with-id.geojson", 1, nullptr, nullptr},
    {"good/good-feature-with-string-id.geojson", 1, nullptr, nullptr},
    {"good/good-feature.geojson", 1, nullptr, nullptr},
    {"good/good-featurecollection-bbox.geojson", 2, nullptr, nullptr},
    {"good/good-featurecollection-bbox3d.geojson", 2, nullptr, nullptr},
    {"good/good-featurecollection-extensions.geojson", 3, nullptr, nullptr},
    {"good/good-featurecollection.geojson", 3, nullptr, nullptr},
    // Valid GeoJSON that still cannot be drawn says why.
    {"good/good-geometrycollection.geojson", 0, "geometry", "mixes points, lines and polygons"},
    {"good/good-linestring.geojson", 1, nullptr, nullptr},
    {"good/good-multilinestring.geojson", 1, nullptr, nullptr},
    {"good/good-multipoint.geojson", 1, nullptr, nullptr},
    {"good/good-point-3d.geojson", 1, nullptr, nullptr},
    {"good/good-point.geojson", 1, nullptr, nullptr},
    {"good/good-polygon.geojson", 1, nullptr, nullptr},
    {"good/issue82.geojson", 0, "geometry", "(-149.9238349, -107.2090145) is outside longitude"},
    {"good/multipolygon.geojson", 1, nullptr, nullptr},
    {"good/nullgeometry.geojson", 0, "geometry", "the feature has no geometry"},
    {"good/nullproperties.geojson", 1, nullptr, nullptr},
    {"bad/bad-duplicate-properties.geojson", 0, "geometry", "the feature has no geometry"},
    {"bad/bad-featurelist.geojson", 0, "", "Failed to read GeoJSON data (the JSON is not GeoJSON"},
    {"bad/bad-json.geojson", 0, "", "JSON parsing error: object value separator ',' expected"},
    {"bad/bad-object-type.geojson", 0, "", "not recognized as a supported file format (GeoJSON"},
    {"bad/bad-polygon-interiorring-rhr.geojson", 1, nullptr, nullptr},  // winding is not ours
    {"bad/bad-polygonloop.geojson", 0, "geometry", "cannot be read: an object"},
    {"bad/bad-properties-as-array.geojson", 0, "properties", "must be an object, got a list"},
    {"bad/badcoord.geojson", 0, "", "Invalid 'z' coordinate"},
    {"bad/badcoordtype.geojson", 0, "geometry", "do not fit its type \"MultiPolygon\""},
    {"bad/badfeature.geojson", 0, "", "the file has no features"},
    {"bad/badfeatureid.geojson", 1, "id", "must be text or a number, got an object {}"},
    {"bad/bbox-4or6elements.geojson", 1, nullptr, nullptr},  // bbox is not read
    {"bad/bbox-contains-string.geojson", 1, nullptr, nullptr},
    {"bad/bbox-string.geojson", 1, nullptr, nullptr},
    {"bad/different-first-last.geojson", 0, "geometry", "must end where it starts"},
    {"bad/different-first-size.geojson", 1, "", "Non closed ring detected"},
    {"bad/excessive_precision_truncated.geojson", 1, nullptr, nullptr},
    {"bad/expected_object.geojson", 0, "properties", "must be an object, got the number 123"},
    {"bad/false.geojson", 0, "geometry", "the geometry is empty"},
    {"bad/feature_changed_semantics.geojson", 1, nullptr, nullptr},
    {"bad/featurecollection-obj.geojson", 0, "", "'features' must be a list of features"},
    {"bad/featurecollection-type-case.geojson", 3, "type", "expected \"Feature\", got the text"},
    {"bad/featurecollection.geojson", 0, "", "Missing 'features' member"},
    {"bad/featurecollection_changed_semantics.geojson", 3, nullptr, nullptr},
    {"bad/geometry_changed_semantics.geojson", 1, nullptr, nullptr},
    {"bad/geometrycollection_nested.geojson", 0, "geometry", "mixes points, lines and polygons"},
    {"bad/geometrycollection_single.geojson", 1, nullptr, nullptr},
    {"bad/multiple_problems.geojson", 2, "geometry", "cannot be read: Invalid 'y' coordinate"},
    {"bad/multipoint-multidimension.geojson", 0, "", "Invalid 'x' coordinate"},
    {"bad/multipoint-nondimension.geojson", 0, "", "is not a list of two or three numbers"},
    {"bad/nofeaturetype.geojson", 1, "type", "got the text \"Featre\""},
    {"bad/notype.geojson", 0, "", "not recognized as a supported file format"},
    {"bad/point-labeled-as-a-multipolygon.geojson", 0, "geometry", "do not fit its type"},
    {"bad/point-string.geojson", 0, "", "Invalid 'x' coordinate"},
    {"bad/point-toofew.geojson", 0, "", "a position of a Point is not a list of two or three"},
    {"bad/point-toomany.geojson", 1, nullptr, nullptr},  // the extra numbers are heights
    {"bad/point.geojson", 0, "", "Missing 'coordinates' member"},
    {"bad/polygon_winding_order.geojson", 1, nullptr, nullptr},
    {"bad/rootstring.geojson", 0, "", "not recognized as a supported file format"},
    {"bad/short-line.geojson", 0, "geometry", "a line needs at least 2 positions"},
    {"bad/short-linearring.geojson", 0, "geometry", "needs at least 4 positions, it has 3"},
    {"bad/short-multilinestring.geojson", 0, "geometry", "a line needs at least 2 positions"},
    {"bad/stringcoord.geojson", 1, "geometry", "cannot be read: Invalid 'y' coordinate"},
    {"bad/unknowntype.geojson", 0, "", "not recognized as a supported file format"},
};

}  // namespace

TEST_CASE("the geojsonhint corpus: each file gives the features it should, and says why not") {
  namespace fs = std::filesystem;
  const fs::path corpus = fs::path(HISTMAP_CORPUS) / "geojsonhint";
  if (!fs::exists(corpus)) {
    WARN("shared/corpus not found beside the project; skipped");
    return;
  }
  std::vector<std::string> listed;
  for (const CorpusCase& c : kCorpus) {
    listed.push_back(c.file);
    const std::string path = (corpus / c.file).string();
    INFO(path);
    REQUIRE(fs::exists(path));
    std::vector<Diagnostic> diags;
    Atlas a = load_atlas({path}, projection(), diags);
    std::string said;
    for (const Diagnostic& d : diags) said += d.to_string() + "\n";
    INFO(said);
    CHECK(a.features.size() == c.features);
    for (const Diagnostic& d : diags) CHECK(d.file == path);
    if (c.field) {
      CHECK(std::any_of(diags.begin(), diags.end(), [&](const Diagnostic& d) {
        return d.field == c.field && contains(d.message, c.says);
      }));
    } else {
      // Nothing but the conventions' own fields (no id, no kind in plain GeoJSON).
      for (const Diagnostic& d : diags) CHECK((d.field == "id" || d.field == "kind"));
    }
    // A file that gives fewer features than it has says so with an error, or says it has none.
    if (c.features == 0)
      CHECK(std::any_of(diags.begin(), diags.end(), [](const Diagnostic& d) {
        return d.severity == Severity::Error || contains(d.message, "no features");
      }));
  }
  // Every file of the corpus has its expectation here.
  for (const char* dir : {"good", "bad"})
    for (const auto& entry : fs::directory_iterator(corpus / dir)) {
      const std::string name = std::string(dir) + "/" + entry.path().filename().string();
      INFO(name);
      CHECK(std::find(listed.begin(), listed.end(), name) != listed.end());
    }
}

TEST_CASE("issue: an unclosed polygon ring crashed the triangulator, now it is reported") {
  Loaded l = load("issue_unclosed_ring_crashed_triangulator.geojson");
  CHECK_FALSE(l.has("open-ring"));
  REQUIRE(l.has("closed-ring"));
  // The good polygon is triangulated: its triangles cover the ring's area exactly once.
  const Feature& f = *l.atlas.find("closed-ring");
  const auto& tri = f.fill_triangles;
  REQUIRE(tri.size() % 3 == 0);
  REQUIRE_FALSE(tri.empty());
  double covered = 0;
  for (std::size_t i = 0; i < tri.size(); i += 3)
    covered += std::fabs((tri[i + 1].x - tri[i].x) * (tri[i + 2].y - tri[i].y) -
                         (tri[i + 2].x - tri[i].x) * (tri[i + 1].y - tri[i].y)) /
               2;
  double ring = 0;
  const auto& r = f.parts.front();
  for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
    ring += (r[j].x - r[i].x) * (r[j].y + r[i].y) / 2;
  CHECK(covered == Approx(std::fabs(ring)).epsilon(1e-6));
  REQUIRE(l.about("geometry"));
  CHECK(contains(l.about("geometry")->message, "must end where it starts"));
}

TEST_CASE("only polygons drawn every frame are triangulated: dated areas and the land") {
  // The same ring undated goes to the renderer's cached ground and is filled even-odd there;
  // GEOS would only slow the load of a large base map (the 10m countries: 1.8x GDAL's read).
  Loaded dated = load("issue_unclosed_ring_crashed_triangulator.geojson");
  REQUIRE(dated.has("closed-ring"));
  CHECK_FALSE(dated.atlas.find("closed-ring")->fill_triangles.empty());
  Loaded l = load("good_track_on_railway.geojson");
  const Feature* region = l.atlas.find("region-a");
  REQUIRE(region);
  REQUIRE(region->start);  // dated "1918-05" in the fixture
  CHECK_FALSE(region->fill_triangles.empty());
  namespace fs = std::filesystem;
  const fs::path tmp = fs::temp_directory_path() / "histmap_undated_region.geojson";
  {
    std::ofstream out(tmp);
    out << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)"
        << R"({"id":"undated","kind":"region","sources":["test"]},"geometry":{"type":"Polygon",)"
        << R"("coordinates":[[[60,50],[62,50],[62,52],[60,52],[60,50]]]}}]})";
  }
  std::vector<Diagnostic> diags;
  const Atlas a = load_atlas({tmp.string()}, projection(), diags);
  fs::remove(tmp);
  REQUIRE(a.find("undated"));
  CHECK(a.find("undated")->fill_triangles.empty());
}

TEST_CASE("an id's length is counted in letters, not in bytes of UTF-8") {
  // 150 Cyrillic letters are 300 bytes: still a (long) name, not over the limit of 200.
  namespace fs = std::filesystem;
  const fs::path tmp = fs::temp_directory_path() / "histmap_cyrillic_id.geojson";
  std::string ok_id, long_id;
  for (int i = 0; i < 150; ++i) ok_id += "Ж";
  for (int i = 0; i < 201; ++i) long_id += "Ж";
  {
    std::ofstream out(tmp);
    out << R"({"type":"FeatureCollection","features":[)";
    for (const std::string& id : {ok_id, long_id})
      out << (id == ok_id ? "" : ",") << R"({"type":"Feature","properties":{"id":")" << id
          << R"(","kind":"place","sources":["test"]},"geometry":{"type":"Point","coordinates":[60,50]}})";
    out << "]}";
  }
  std::vector<Diagnostic> diags;
  const Atlas a = load_atlas({tmp.string()}, projection(), diags);
  fs::remove(tmp);
  CHECK(a.find(ok_id));
  CHECK_FALSE(a.find(long_id));
  CHECK(std::any_of(diags.begin(), diags.end(), [](const Diagnostic& d) {
    return d.field == "id" && contains(d.message, "201 characters long");
  }));
}

TEST_CASE("long polygon edges bend with the projection: a vertex at least every degree") {
  // The rectangle's edges are 10 and 8 degrees long; drawn as chords in the conic projection
  // its top would cut across the parallel (the Arctic "stray lines" of the clipped base map).
  Loaded l = load("issue_unclosed_ring_crashed_triangulator.geojson");
  const auto& ring = l.atlas.find("closed-ring")->parts.front();
  CHECK(ring.size() >= 37);
  for (std::size_t i = 1; i < ring.size(); ++i) {
    CHECK(std::fabs(ring[i].lon - ring[i - 1].lon) <= 1.0 + 1e-9);
    CHECK(std::fabs(ring[i].lat - ring[i - 1].lat) <= 1.0 + 1e-9);
  }
}

TEST_CASE("every file of the geojsonhint corpus loads together in one atlas without crashing") {
  namespace fs = std::filesystem;
  const fs::path bad = fs::path(HISTMAP_CORPUS) / "geojsonhint" / "bad";
  if (!fs::exists(bad)) {
    WARN("shared/corpus not found beside the project; skipped");
    return;
  }
  std::vector<Diagnostic> diags;
  Atlas a = load_atlas({bad.string()}, projection(), diags);
  CHECK_FALSE(diags.empty());
  Scene scene;
  evaluate_scene(a, 0, scene);
  CHECK(scene.visible.size() == a.features.size());
}
