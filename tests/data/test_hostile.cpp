// The loader on hostile input. Each case is one file, committed under fixtures/hostile/ when it
// is small and generated here into a temporary folder when it is large (a million vertices,
// megabytes of text, nesting thousands deep), and each asserts what the user sees: which
// features load, and the diagnostic that names the file, the feature and the field and says
// what is wrong. Nothing may crash or hang; the rest of the file still loads.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "data/loader.h"
#include "data/text_checks.h"

using namespace histmap;

namespace {

namespace fs = std::filesystem;

const Projection& projection() {
  static std::string error;
  static const auto p = Projection::create(kDefaultProjection, error);
  return *p;
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

struct Loaded {
  std::string path;
  Atlas atlas;
  std::vector<Diagnostic> diags;
  LoadReport report;

  bool has(const std::string& id) const { return atlas.find(id) != nullptr; }
  // The first diagnostic about this field (and this feature, when given), or null.
  const Diagnostic* about(const std::string& field, const std::string& feature = "") const {
    for (const auto& d : diags)
      if (d.field == field && (feature.empty() || d.feature == "'" + feature + "'")) return &d;
    return nullptr;
  }
  // The first diagnostic about the file itself (no feature) that says this, or null.
  const Diagnostic* about_file(const std::string& says) const {
    for (const auto& d : diags)
      if (d.feature.empty() && contains(d.message, says)) return &d;
    return nullptr;
  }
  std::size_t count(Severity s) const {
    return static_cast<std::size_t>(
        std::count_if(diags.begin(), diags.end(), [&](auto& d) { return d.severity == s; }));
  }
  std::string all() const {
    std::string s;
    for (const auto& d : diags) s += d.to_string() + "\n";
    return s;
  }
};

Loaded load_path(const std::string& path) {
  Loaded l;
  l.path = path;
  l.atlas = load_atlas({path}, projection(), l.diags, &l.report);
  return l;
}

Loaded load(const std::string& name) {
  return load_path(std::string(HISTMAP_FIXTURES) + "/hostile/" + name);
}

// A folder of its own for generated files, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("histmap_hostile_" + std::to_string(getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(dir_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string write(const std::string& name, const std::string& content) const {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

 private:
  fs::path dir_;
};

Loaded load_generated(const std::string& name, const std::string& content) {
  const TempDir dir;
  return load_path(dir.write(name, content));
}

// The user sees d: about this file, feature and field, with this severity, saying this.
void check_diag(const Diagnostic* d, Severity severity, const std::string& file,
                const std::string& feature, const std::string& field, const std::string& says) {
  REQUIRE(d);
  INFO(d->to_string());
  CHECK(d->severity == severity);
  CHECK(contains(d->file, file));
  CHECK(contains(d->feature, feature));
  CHECK(d->field == field);
  CHECK(contains(d->message, says));
  // The one line a log shows names all of them.
  CHECK(contains(d->to_string(), file));
  if (!field.empty()) CHECK(contains(d->to_string(), "field '" + field + "'"));
}

// A GeoJSON feature with the properties every case needs, and more.
std::string feature(const std::string& id, const std::string& geometry,
                    const std::string& more = "", const std::string& kind = "station") {
  return R"({"type": "Feature", "properties": {"id": ")" + id + R"(", "kind": ")" + kind +
         R"(", "sources": ["test corpus"])" + (more.empty() ? "" : ", " + more) +
         R"(}, "geometry": )" + geometry + "}";
}

std::string point(double lon = 61, double lat = 51) {
  char buf[96];
  std::snprintf(buf, sizeof buf, R"({"type": "Point", "coordinates": [%g, %g]})", lon, lat);
  return buf;
}

std::string collection(const std::vector<std::string>& features) {
  std::string s = R"({"type": "FeatureCollection", "features": [)";
  for (std::size_t i = 0; i < features.size(); ++i) s += (i ? ",\n" : "\n") + features[i];
  return s + "\n]}\n";
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Positions as JSON text: "[x,y],[x,y]..." with five decimals (a metre). to_chars, because
// printf would take most of a million-vertex case's time.
void append_position(std::string& out, double x, double y) {
  char buf[64];
  char* p = buf;
  if (out.back() != '[') *p++ = ',';
  *p++ = '[';
  p = std::to_chars(p, buf + sizeof buf, x, std::chars_format::fixed, 5).ptr;
  *p++ = ',';
  p = std::to_chars(p, buf + sizeof buf, y, std::chars_format::fixed, 5).ptr;
  *p++ = ']';
  out.append(buf, static_cast<std::size_t>(p - buf));
}

}  // namespace

// --- files that are not data --------------------------------------------------------------

TEST_CASE("hostile: empty_file.geojson says the file is empty", "[hostile]") {
  Loaded l = load("empty_file.geojson");
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("empty"), Severity::Error, "empty_file.geojson", "", "",
             "the file is empty");
}

TEST_CASE("hostile: whitespace_only.geojson says there is only white space", "[hostile]") {
  Loaded l = load("whitespace_only.geojson");
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("white space"), Severity::Error, "whitespace_only.geojson", "", "",
             "only white space");
}

TEST_CASE("hostile: truncated_file.geojson says where the JSON stops", "[hostile]") {
  Loaded l = load("truncated_file.geojson");
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("cannot be opened"), Severity::Error, "truncated_file.geojson", "", "",
             "Unterminated");
}

TEST_CASE("hostile: binary_junk.geojson says the file is binary", "[hostile]") {
  Loaded l = load("binary_junk.geojson");
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("cannot be opened"), Severity::Error, "binary_junk.geojson", "", "",
             "binary data");
}

TEST_CASE("hostile: a named pipe is refused instead of waited on for ever", "[hostile]") {
  const TempDir dir;
  const std::string fifo = dir.path("named_pipe.geojson");
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  Loaded l = load_path(fifo);
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("regular file"), Severity::Error, "named_pipe.geojson", "", "",
             "not a regular file");
}

// --- encodings ----------------------------------------------------------------------------

TEST_CASE("hostile: utf8_bom.geojson loads as if it had no BOM", "[hostile]") {
  Loaded l = load("utf8_bom.geojson");
  INFO(l.all());
  CHECK(l.diags.empty());
  REQUIRE(l.has("omsk"));
  CHECK(l.atlas.find("omsk")->name == "Омск");
}

TEST_CASE("hostile: utf16_le_with_bom.geojson asks for UTF-8", "[hostile]") {
  Loaded l = load("utf16_le_with_bom.geojson");
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("UTF-16"), Severity::Error, "utf16_le_with_bom.geojson", "", "",
             "save it as UTF-8");
}

TEST_CASE("hostile: utf16_be_without_bom.geojson asks for UTF-8", "[hostile]") {
  Loaded l = load("utf16_be_without_bom.geojson");
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("UTF-16"), Severity::Error, "utf16_be_without_bom.geojson", "", "",
             "save it as UTF-8");
}

TEST_CASE("hostile: invalid_utf8_in_name.geojson keeps the feature, the bad bytes replaced",
          "[hostile]") {
  Loaded l = load("invalid_utf8_in_name.geojson");
  REQUIRE(l.has("omsk"));
  CHECK(l.has("ok"));
  const Feature& f = *l.atlas.find("omsk");
  CHECK(is_valid_utf8(f.name));
  CHECK(f.name == repeat("\xEF\xBF\xBD", 4));  // four Windows-1251 letters
  for (const auto& [key, value] : f.attributes) CHECK(is_valid_utf8(value));
  check_diag(l.about("name", "omsk"), Severity::Warning, "invalid_utf8_in_name.geojson", "omsk",
             "name", "not valid UTF-8");
}

TEST_CASE("hostile: invalid_utf8_in_id.geojson keeps the feature under a valid id", "[hostile]") {
  Loaded l = load("invalid_utf8_in_id.geojson");
  const std::string id = "st-" + repeat("\xEF\xBF\xBD", 4);
  REQUIRE(l.has(id));
  CHECK(l.has("ok"));
  check_diag(l.about("id"), Severity::Warning, "invalid_utf8_in_id.geojson", id, "id",
             "not valid UTF-8");
  for (const Diagnostic& d : l.diags) CHECK(is_valid_utf8(d.to_string()));
}

TEST_CASE("hostile: nul_in_keys_and_values.geojson says where GDAL cuts a text", "[hostile]") {
  Loaded l = load("nul_in_keys_and_values.geojson");
  // GDAL cuts "omsk\u0000evil" to "omsk": the feature loads, and the user is told, by line.
  CHECK(l.has("omsk"));
  CHECK(l.has("ok"));
  check_diag(l.about_file("omsk\\u0000evil"), Severity::Warning, "nul_in_keys_and_values.geojson",
             "", "", "line 2");
  check_diag(l.about_file("Om\\u0000sk"), Severity::Warning, "nul_in_keys_and_values.geojson", "",
             "", "NUL character");
  check_diag(l.about_file("comm\\u0000ander"), Severity::Warning, "nul_in_keys_and_values.geojson",
             "", "", "line 3");
  // An escaped backslash before "u0000" is text, not a NUL.
  CHECK(l.count(Severity::Warning) == 3);
}

TEST_CASE("hostile: nul_across_a_megabyte_boundary.geojson is found, on its line", "[hostile]") {
  // The file is read in chunks of a megabyte; this escape is cut in two by the first chunk.
  const std::string head = "{\"type\": \"FeatureCollection\", \"features\": [\n";
  const std::string f = feature("st-a\\u0000b", point());
  const std::size_t target = (1u << 20) - 3;
  const std::string padding(target - head.size() - 1 - f.find("\\u0000"), ' ');
  Loaded l = load_generated("nul_across_a_megabyte_boundary.geojson",
                            head + padding + "\n" + f + "\n]}\n");
  CHECK(l.has("st-a"));
  check_diag(l.about_file("NUL"), Severity::Warning, "nul_across_a_megabyte_boundary.geojson", "",
             "", "line 3: the text \"st-a\\u0000b\"");
  CHECK(l.count(Severity::Warning) == 1);
}

// --- deep nesting (generated) --------------------------------------------------------------

TEST_CASE("hostile: deep_nesting_arrays_10000.geojson is refused with where, not a crash",
          "[hostile]") {
  constexpr std::size_t kDepth = 10'000;
  Loaded l = load_generated(
      "deep_nesting_arrays_10000.geojson",
      collection(
          {feature("deep", point(), R"("deep": )" + repeat("[", kDepth) + repeat("]", kDepth)),
           feature("ok", point())}));
  // GDAL's JSON reader stops at its depth limit and refuses the whole file.
  check_diag(l.about_file("cannot be opened"), Severity::Error, "deep_nesting_arrays_10000", "", "",
             "Too many nested");
}

TEST_CASE("hostile: deep_nesting_objects_10000.geojson is refused with where, not a crash",
          "[hostile]") {
  constexpr std::size_t kDepth = 10'000;
  Loaded l = load_generated("deep_nesting_objects_10000.geojson",
                            collection({feature("deep", point(),
                                                R"("deep": )" + repeat(R"({"a": )", kDepth) + "1" +
                                                    repeat("}", kDepth))}));
  check_diag(l.about_file("cannot be opened"), Severity::Error, "deep_nesting_objects_10000", "",
             "", "Too many nested");
}

TEST_CASE("hostile: deep_nesting_coordinates_10000.geojson is refused, not a crash", "[hostile]") {
  constexpr std::size_t kDepth = 10'000;
  Loaded l = load_generated(
      "deep_nesting_coordinates_10000.geojson",
      collection({feature("deep", R"({"type": "Polygon", "coordinates": )" + repeat("[", kDepth) +
                                      "60, 50" + repeat("]", kDepth) + "}")}));
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("cannot be opened"), Severity::Error, "deep_nesting_coordinates_10000",
             "", "", "nested");
}

TEST_CASE("hostile: deep_nesting_top_level_100000.geojson is refused, not a crash", "[hostile]") {
  constexpr std::size_t kDepth = 100'000;
  Loaded l = load_generated("deep_nesting_top_level_100000.geojson",
                            repeat("[", kDepth) + repeat("]", kDepth));
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("cannot be opened"), Severity::Error, "deep_nesting_top_level_100000", "",
             "", "not recognized");
}

// --- coordinates -----------------------------------------------------------------------------

TEST_CASE("hostile: nan_coordinates.geojson names the feature and the coordinate", "[hostile]") {
  Loaded l = load("nan_coordinates.geojson");
  CHECK_FALSE(l.has("nan"));
  CHECK_FALSE(l.has("nan-line"));
  CHECK(l.has("ok"));
  // GDAL reads [NaN, 50] as an empty point; the user is told about the NaN, not "empty".
  check_diag(l.about("geometry", "nan"), Severity::Error, "nan_coordinates.geojson", "nan",
             "geometry", "(nan, 50) is not a finite number");
  check_diag(l.about("geometry", "nan-line"), Severity::Error, "nan_coordinates.geojson",
             "nan-line", "geometry", "vertex 1");
}

TEST_CASE("hostile: infinity_coordinates.geojson names the feature", "[hostile]") {
  Loaded l = load("infinity_coordinates.geojson");
  CHECK_FALSE(l.has("inf"));
  CHECK(l.has("ok"));
  check_diag(l.about("geometry", "inf"), Severity::Error, "infinity_coordinates.geojson", "inf",
             "geometry", "(inf, -inf) is not a finite number");
}

TEST_CASE("hostile: coordinate_1e308.geojson says it is off the globe, briefly", "[hostile]") {
  Loaded l = load("coordinate_1e308.geojson");
  CHECK_FALSE(l.has("far"));
  CHECK_FALSE(l.has("beyond"));  // 1e309 overflows to infinity
  CHECK(l.has("ok"));
  const Diagnostic* d = l.about("geometry", "far");
  check_diag(d, Severity::Error, "coordinate_1e308.geojson", "far", "geometry",
             "(1e+308, -1e+308) is outside longitude -180..180");
  CHECK(d->message.size() < 200);  // not 309 digits
  check_diag(l.about("geometry", "beyond"), Severity::Error, "coordinate_1e308.geojson", "beyond",
             "geometry", "not a finite number");
  for (const Feature& f : l.atlas.features)
    for (const auto& part : f.parts)
      for (const GeoPoint& p : part) CHECK((std::isfinite(p.x) && std::isfinite(p.y)));
}

TEST_CASE("hostile: coordinates_as_strings.geojson says the coordinate is text", "[hostile]") {
  Loaded l = load("coordinates_as_strings.geojson");
  CHECK_FALSE(l.has("text"));
  CHECK(l.has("ok"));
  // GDAL's complaint belongs to the feature, not to the file.
  check_diag(l.about("geometry", "text"), Severity::Error, "coordinates_as_strings.geojson", "text",
             "geometry", "cannot be read: Invalid 'x' coordinate");
  CHECK_FALSE(l.about_file("Invalid"));
}

TEST_CASE("hostile: coordinates_3d_and_4d.geojson loads, heights ignored", "[hostile]") {
  Loaded l = load("coordinates_3d_and_4d.geojson");
  INFO(l.all());
  CHECK(l.diags.empty());
  REQUIRE(l.has("p3"));
  REQUIRE(l.has("p4"));
  REQUIRE(l.has("rail-4d"));
  CHECK(l.atlas.find("p4")->parts[0][0].lon == 61);
  CHECK(l.atlas.find("p4")->parts[0][0].lat == 51);
}

// --- size (generated) ----------------------------------------------------------------------

TEST_CASE("hostile: million_vertex_polygon.geojson loads, filled without triangulating",
          "[hostile]") {
  // A comb: a zigzag of a million positions along the top, straight back along the bottom.
  constexpr int kTeeth = 1'000'000;
  std::string ring = "[";
  ring.reserve(static_cast<std::size_t>(kTeeth) * 21 + 64);
  for (int i = 0; i < kTeeth; ++i) append_position(ring, 40 + i * 4e-5, 50 + (i % 2) * 0.5);
  append_position(ring, 40 + (kTeeth - 1) * 4e-5, 49);
  append_position(ring, 40, 49);
  append_position(ring, 40, 50);
  ring += "]";
  Loaded l =
      load_generated("million_vertex_polygon.geojson",
                     feature("region-comb", R"({"type": "Polygon", "coordinates": [)" + ring + "]}",
                             "", "region"));
  INFO(l.all());
  CHECK(l.diags.empty());
  REQUIRE(l.has("region-comb"));
  const Feature& f = *l.atlas.find("region-comb");
  REQUIRE(f.parts.size() == 1);
  CHECK(f.parts[0].size() >= 1'000'003);
  // Too many vertices to triangulate at load: the renderer fills the ring even-odd.
  CHECK(f.fill_triangles.empty());
}

TEST_CASE("hostile: million_vertex_line.geojson loads as a railway", "[hostile]") {
  constexpr int kVertices = 1'000'000;
  std::string line = "[";
  line.reserve(static_cast<std::size_t>(kVertices) * 21 + 2);
  for (int i = 0; i < kVertices; ++i) append_position(line, 40 + i * 4e-5, 50 + (i % 3) * 1e-3);
  line += "]";
  Loaded l =
      load_generated("million_vertex_line.geojson",
                     feature("rail-long", R"({"type": "LineString", "coordinates": )" + line + "}",
                             "", "railway"));
  INFO(l.all());
  CHECK(l.diags.empty());
  REQUIRE(l.has("rail-long"));
  CHECK(l.atlas.find("rail-long")->parts[0].size() == kVertices);
  REQUIRE(l.atlas.routes.size() == 1);
  CHECK(l.atlas.routes[0].length() > 2'000'000);  // 40 degrees of longitude at 50 N, and more
}

TEST_CASE("hostile: points_10000.geojson loads every point", "[hostile]") {
  std::vector<std::string> features;
  for (int i = 0; i < 10'000; ++i)
    features.push_back(feature("p" + std::to_string(i), point(40 + i % 90, 40 + (i / 90) % 40)));
  Loaded l = load_generated("points_10000.geojson", collection(features));
  INFO(l.all());
  CHECK(l.diags.empty());
  CHECK(l.atlas.features.size() == 10'000);
  CHECK(l.has("p9999"));
  REQUIRE(l.report.files.size() == 1);
  CHECK(l.report.files[0].features == 10'000);
}

TEST_CASE("hostile: multi_megabyte_name.geojson keeps the feature, the name cut", "[hostile]") {
  // 5 MB of a nine-byte Cyrillic word: the cut must not split a letter.
  const std::string name = repeat("Омск ", 5 * 1024 * 1024 / 9);
  Loaded l = load_generated(
      "multi_megabyte_name.geojson",
      collection({feature("omsk", point(), R"("name": ")" + name + "\""), feature("ok", point())}));
  REQUIRE(l.has("omsk"));
  CHECK(l.has("ok"));
  const Feature& f = *l.atlas.find("omsk");
  CHECK(f.name.size() <= 1024);
  CHECK(f.name.size() > 1000);
  CHECK(is_valid_utf8(f.name));
  for (const auto& [key, value] : f.attributes) CHECK(value.size() < 70'000);
  check_diag(l.about("name", "omsk"), Severity::Warning, "multi_megabyte_name.geojson", "omsk",
             "name", "bytes long; only the first 1,024 are kept");
  CHECK(l.about("name")->message.size() < 200);
}

TEST_CASE("hostile: multi_megabyte_note.geojson keeps the feature, the note cut", "[hostile]") {
  const std::string note = repeat("Saryarqa, 1918. ", 5 * 1024 * 1024 / 16);
  Loaded l = load_generated("multi_megabyte_note.geojson",
                            collection({feature("omsk", point(), R"("note": ")" + note + "\"")}));
  REQUIRE(l.has("omsk"));
  CHECK(l.atlas.find("omsk")->note.size() == 64 * 1024);
  check_diag(l.about("note", "omsk"), Severity::Warning, "multi_megabyte_note.geojson", "omsk",
             "note", "5,242,880 bytes long; only the first 65,536 are kept");
}

TEST_CASE("hostile: multi_megabyte_id.geojson is refused by number, the rest loads", "[hostile]") {
  const std::string id = repeat("x", 3 * 1024 * 1024);
  Loaded l = load_generated("multi_megabyte_id.geojson",
                            collection({feature(id, point()), feature("ok", point())}));
  CHECK(l.atlas.features.size() == 1);
  CHECK(l.has("ok"));
  // The feature is named by its position: its id is what is wrong with it.
  const Diagnostic* d = l.about("id");
  check_diag(d, Severity::Error, "multi_megabyte_id.geojson", "#0", "id",
             "3,145,728 characters long");
  CHECK(d->to_string().size() < 300);
}

// --- property types ------------------------------------------------------------------------

TEST_CASE("hostile: strength_as_string.geojson: text that is not a number", "[hostile]") {
  Loaded l = load("strength_as_string.geojson");
  CHECK_FALSE(l.has("u"));
  REQUIRE(l.has("ok"));
  CHECK(l.atlas.find("ok")->strength == 500);  // numeric text is a number
  check_diag(l.about("strength", "u"), Severity::Error, "strength_as_string.geojson", "u",
             "strength", "expected a whole number, got the text \"many\"");
}

TEST_CASE("hostile: strength_as_array.geojson", "[hostile]") {
  Loaded l = load("strength_as_array.geojson");
  CHECK_FALSE(l.has("u"));
  // A column of a list and a number: GDAL types it as lists; the JSON says 500 is a number.
  REQUIRE(l.has("ok"));
  CHECK(l.atlas.find("ok")->strength == 500);
  check_diag(l.about("strength", "u"), Severity::Error, "strength_as_array.geojson", "u",
             "strength", "got a list [100,200]");
}

TEST_CASE("hostile: strength_as_object.geojson", "[hostile]") {
  Loaded l = load("strength_as_object.geojson");
  CHECK_FALSE(l.has("u"));
  CHECK(l.has("ok"));
  check_diag(l.about("strength", "u"), Severity::Error, "strength_as_object.geojson", "u",
             "strength", "got an object {\"men\":100}");
}

TEST_CASE("hostile: strength_as_bool.geojson: true is not one man", "[hostile]") {
  Loaded l = load("strength_as_bool.geojson");
  CHECK_FALSE(l.has("u"));
  CHECK(l.has("ok"));
  check_diag(l.about("strength", "u"), Severity::Error, "strength_as_bool.geojson", "u", "strength",
             "expected a whole number, got true");
}

TEST_CASE("hostile: strength_mixed_types_in_one_column.geojson: true and false are caught",
          "[hostile]") {
  // GDAL types the column Integer and reads true as 1 and false as 0.
  Loaded l = load("strength_mixed_types_in_one_column.geojson");
  REQUIRE(l.has("u-number"));
  CHECK(l.atlas.find("u-number")->strength == 500);
  CHECK_FALSE(l.has("u-true"));
  CHECK_FALSE(l.has("u-false"));
  check_diag(l.about("strength", "u-true"), Severity::Error,
             "strength_mixed_types_in_one_column.geojson", "u-true", "strength", "got true");
  check_diag(l.about("strength", "u-false"), Severity::Error,
             "strength_mixed_types_in_one_column.geojson", "u-false", "strength", "got false");
}

TEST_CASE("hostile: strength_negative.geojson", "[hostile]") {
  Loaded l = load("strength_negative.geojson");
  CHECK_FALSE(l.has("u"));
  CHECK(l.has("ok"));
  check_diag(l.about("strength", "u"), Severity::Error, "strength_negative.geojson", "u",
             "strength", "between 0 and 100,000,000, got -300");
}

TEST_CASE("hostile: strength_fractional.geojson", "[hostile]") {
  Loaded l = load("strength_fractional.geojson");
  CHECK_FALSE(l.has("u"));
  CHECK(l.has("ok"));
  check_diag(l.about("strength", "u"), Severity::Error, "strength_fractional.geojson", "u",
             "strength", "expected a whole number, got 250.5");
}

TEST_CASE("hostile: strength_1e30.geojson says it is too large, not that it is not whole",
          "[hostile]") {
  Loaded l = load("strength_1e30.geojson");
  CHECK_FALSE(l.has("u"));
  CHECK(l.has("ok"));
  check_diag(l.about("strength", "u"), Severity::Error, "strength_1e30.geojson", "u", "strength",
             "between 0 and 100,000,000, got 1e+30");
}

TEST_CASE("hostile: start_as_number.geojson: 1918 is a year, 19180527 is not a date", "[hostile]") {
  Loaded l = load("start_as_number.geojson");
  REQUIRE(l.has("ev-1918"));
  CHECK(l.atlas.find("ev-1918")->start->precision == Precision::Year);
  CHECK_FALSE(l.has("ev-19180527"));
  CHECK_FALSE(l.has("ev-1918.5"));
  check_diag(l.about("start", "ev-19180527"), Severity::Error, "start_as_number.geojson",
             "ev-19180527", "start",
             "expected a date as text such as \"1918-05-27\", got the number 19180527");
  check_diag(l.about("start", "ev-1918.5"), Severity::Error, "start_as_number.geojson", "ev-1918.5",
             "start", "got the number 1918.5");
}

TEST_CASE("hostile: times_as_a_string.geojson: one date for three vertices", "[hostile]") {
  Loaded l = load("times_as_a_string.geojson");
  CHECK_FALSE(l.has("move"));
  REQUIRE(l.has("ok"));
  CHECK(l.atlas.find("ok")->times.size() == 3);
  check_diag(l.about("times", "move"), Severity::Error, "times_as_a_string.geojson", "move",
             "times", "has 1 date for 3 vertices");
}

TEST_CASE("hostile: sources_as_object.geojson", "[hostile]") {
  Loaded l = load("sources_as_object.geojson");
  CHECK_FALSE(l.has("cited"));
  // A column of an object and lists: GDAL keeps the lists as JSON text; they still load.
  REQUIRE(l.has("ok"));
  CHECK(l.atlas.find("ok")->sources == std::vector<std::string>{"test corpus"});
  check_diag(l.about("sources", "cited"), Severity::Error, "sources_as_object.geojson", "cited",
             "sources", "expected a list of strings, got an object");
  CHECK(l.count(Severity::Error) == 1);
  CHECK(l.count(Severity::Warning) == 0);  // not also "no citation"
}

TEST_CASE("hostile: name_as_object.geojson", "[hostile]") {
  Loaded l = load("name_as_object.geojson");
  CHECK_FALSE(l.has("named"));
  CHECK(l.has("ok"));
  check_diag(l.about("name", "named"), Severity::Error, "name_as_object.geojson", "named", "name",
             "expected text, got an object {\"ru\":\"Омск\"");
}

// --- ids -----------------------------------------------------------------------------------

TEST_CASE("hostile: duplicate_ids.geojson keeps the first, reports each other", "[hostile]") {
  Loaded l = load("duplicate_ids.geojson");
  REQUIRE(l.has("st-omsk"));
  CHECK(l.atlas.find("st-omsk")->name == "First");
  CHECK(l.has("ok"));
  CHECK(l.atlas.features.size() == 2);
  std::size_t duplicates = 0;
  for (const Diagnostic& d : l.diags) {
    check_diag(&d, Severity::Error, "duplicate_ids.geojson", "st-omsk", "id", "duplicate id");
    ++duplicates;
  }
  CHECK(duplicates == 2);
  // What the report counts is what is on the map.
  REQUIRE(l.report.files.size() == 1);
  CHECK(l.report.files[0].features == 2);
}

TEST_CASE("hostile: huge_integer_id.geojson keeps every digit of the id", "[hostile]") {
  Loaded l = load("huge_integer_id.geojson");
  // GDAL clamps the first to 2^63-1 and would make both the same id; the JSON has the digits.
  CHECK(l.has("123456789012345678901234567890"));
  CHECK(l.has("9007199254740993"));
  CHECK(l.count(Severity::Error) == 0);
  check_diag(l.about_file("64bit"), Severity::Warning, "huge_integer_id.geojson", "", "",
             "GDAL: Integer values probably ranging out of 64bit integer range");
}

TEST_CASE("hostile: id_as_object.geojson: warned, named by position, still loads", "[hostile]") {
  Loaded l = load("id_as_object.geojson");
  REQUIRE(l.has("id_as_object.geojson#0"));
  CHECK(l.has("ok"));
  check_diag(l.about("id"), Severity::Warning, "id_as_object.geojson", "id_as_object.geojson#0",
             "id", "must be text or a number, got an object {\"value\":\"st-omsk\"}");
}

TEST_CASE("hostile: id_as_array.geojson: warned, named by position, still loads", "[hostile]") {
  Loaded l = load("id_as_array.geojson");
  REQUIRE(l.has("id_as_array.geojson#0"));
  CHECK(l.has("ok"));
  check_diag(l.about("id"), Severity::Warning, "id_as_array.geojson", "id_as_array.geojson#0", "id",
             "got a list [\"st-omsk\",\"st-tomsk\"]");
}

TEST_CASE("hostile: feature_member_id_number.geojson: the feature's own numeric id is its id",
          "[hostile]") {
  // GDAL makes "id": 100 the feature number, not a field; it is the id all the same.
  Loaded l = load("feature_member_id_number.geojson");
  INFO(l.all());
  CHECK(l.diags.empty());
  CHECK(l.has("100"));
}

TEST_CASE("hostile: property_names_cyrillic.geojson keeps them for the inspector", "[hostile]") {
  Loaded l = load("property_names_cyrillic.geojson");
  INFO(l.all());
  CHECK(l.diags.empty());
  REQUIRE(l.has("st-omsk"));
  const auto& attributes = l.atlas.find("st-omsk")->attributes;
  const auto value_of = [&](const std::string& key) {
    for (const auto& [k, v] : attributes)
      if (k == key) return v;
    return std::string("(none)");
  };
  CHECK(value_of("название") == "Омск");
  CHECK(value_of("население") == "130000");
  CHECK(value_of("Қала") == "Омбы");
}

// --- dates ---------------------------------------------------------------------------------

TEST_CASE("hostile: date_1918-02-30.geojson", "[hostile]") {
  Loaded l = load("date_1918-02-30.geojson");
  CHECK_FALSE(l.has("ev-bad"));
  CHECK(l.has("ok"));
  check_diag(l.about("start", "ev-bad"), Severity::Error, "date_1918-02-30.geojson", "ev-bad",
             "start", "day 30 does not exist");
}

TEST_CASE("hostile: date_1918-13-01.geojson", "[hostile]") {
  Loaded l = load("date_1918-13-01.geojson");
  CHECK_FALSE(l.has("ev-bad"));
  CHECK(l.has("ok"));
  check_diag(l.about("start", "ev-bad"), Severity::Error, "date_1918-13-01.geojson", "ev-bad",
             "start", "month 13");
}

TEST_CASE("hostile: date_0000-00-00.geojson", "[hostile]") {
  Loaded l = load("date_0000-00-00.geojson");
  CHECK_FALSE(l.has("ev-bad"));
  CHECK(l.has("ok"));
  check_diag(l.about("start", "ev-bad"), Severity::Error, "date_0000-00-00.geojson", "ev-bad",
             "start", "0000-00-00");
}

TEST_CASE("hostile: date_99999-01-01.geojson", "[hostile]") {
  Loaded l = load("date_99999-01-01.geojson");
  CHECK_FALSE(l.has("ev-bad"));
  CHECK(l.has("ok"));
  check_diag(l.about("start", "ev-bad"), Severity::Error, "date_99999-01-01.geojson", "ev-bad",
             "start", "99999-01-01");
}

TEST_CASE("hostile: date_yesterday.geojson", "[hostile]") {
  Loaded l = load("date_yesterday.geojson");
  CHECK_FALSE(l.has("ev-bad"));
  CHECK(l.has("ok"));
  check_diag(l.about("start", "ev-bad"), Severity::Error, "date_yesterday.geojson", "ev-bad",
             "start", "'yesterday'");
}

TEST_CASE("hostile: end_before_start.geojson", "[hostile]") {
  Loaded l = load("end_before_start.geojson");
  CHECK_FALSE(l.has("ev-backwards"));
  CHECK(l.has("ok"));
  check_diag(l.about("end", "ev-backwards"), Severity::Error, "end_before_start.geojson",
             "ev-backwards", "end", "ends before it starts");
}

// --- geometry ------------------------------------------------------------------------------

// The shorter way between two longitudes, in degrees.
double lon_step(double a, double b) {
  const double d = std::fabs(a - b);
  return std::min(d, 360 - d);
}

TEST_CASE("hostile: antimeridian_crossing_polygon.geojson (Chukotka) goes the short way",
          "[hostile]") {
  Loaded l = load("antimeridian_crossing_polygon.geojson");
  INFO(l.all());
  CHECK(l.diags.empty());
  REQUIRE(l.has("region-chukotka"));
  const Feature& f = *l.atlas.find("region-chukotka");
  REQUIRE(f.parts.size() == 1);
  const auto& ring = f.parts[0];
  // The edge from 170 to -170 gets its vertices across 180, not across Greenwich.
  CHECK(ring.size() >= 45);
  double min_x = ring[0].x, max_x = ring[0].x;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    INFO(i << ": " << ring[i].lon << ", " << ring[i].lat);
    CHECK(std::fabs(ring[i].lon) >= 170);
    CHECK(std::fabs(ring[i].lon) <= 180);
    if (i > 0) CHECK(lon_step(ring[i].lon, ring[i - 1].lon) <= 1.0 + 1e-9);
    min_x = std::min(min_x, ring[i].x);
    max_x = std::max(max_x, ring[i].x);
  }
  CHECK(ring.front().lon == ring.back().lon);
  CHECK(ring.front().lat == ring.back().lat);
  CHECK(max_x - min_x < 2'000'000);  // about 900 km wide on the map, not the whole globe
  CHECK_FALSE(f.fill_triangles.empty());
}

TEST_CASE("hostile: antimeridian_crossing_line.geojson is a short railway", "[hostile]") {
  Loaded l = load("antimeridian_crossing_line.geojson");
  INFO(l.all());
  CHECK(l.diags.empty());
  REQUIRE(l.has("rail-bering"));
  REQUIRE(l.atlas.routes.size() == 1);
  // 20 degrees of longitude at 65 N: about 950 km, not 340 degrees round the other way.
  CHECK(l.atlas.routes[0].length() < 1'200'000);
  CHECK(l.atlas.routes[0].length() > 800'000);
}

TEST_CASE("hostile: self_intersecting_bowtie.geojson is repaired, with a warning where it crosses",
          "[hostile]") {
  Loaded l = load("self_intersecting_bowtie.geojson");
  REQUIRE(l.has("region-bowtie"));
  REQUIRE(l.has("region-ok"));
  // GEOS's MakeValid makes it two triangles, which triangulate (issue 8)
  CHECK(l.atlas.find("region-bowtie")->parts.size() == 2);
  CHECK_FALSE(l.atlas.find("region-bowtie")->fill_triangles.empty());
  CHECK_FALSE(l.atlas.find("region-ok")->fill_triangles.empty());
  check_diag(l.about("geometry", "region-bowtie"), Severity::Warning,
             "self_intersecting_bowtie.geojson", "region-bowtie", "geometry",
             "self-intersection at (61, 51)); repaired with GEOS into 2 polygons");
  CHECK(l.diags.size() == 1);
}

TEST_CASE("hostile: polygon_hole_outside_shell.geojson", "[hostile]") {
  Loaded l = load("polygon_hole_outside_shell.geojson");
  REQUIRE(l.has("region-hole"));
  check_diag(l.about("geometry", "region-hole"), Severity::Warning,
             "polygon_hole_outside_shell.geojson", "region-hole", "geometry",
             "hole lies outside shell at (70, 50)");
}

TEST_CASE("hostile: zero_area_polygon.geojson", "[hostile]") {
  Loaded l = load("zero_area_polygon.geojson");
  REQUIRE(l.has("region-flat"));
  check_diag(l.about("geometry", "region-flat"), Severity::Warning, "zero_area_polygon.geojson",
             "region-flat", "geometry", "not valid");
}

TEST_CASE("hostile: polygon_ring_two_repeated_points.geojson: counted before densifying",
          "[hostile]") {
  // The three-position ring used to pass: a vertex was added every degree before the count.
  Loaded l = load("polygon_ring_two_repeated_points.geojson");
  CHECK(l.atlas.features.empty());
  check_diag(l.about("geometry", "region-two"), Severity::Error,
             "polygon_ring_two_repeated_points.geojson", "region-two", "geometry",
             "needs at least 4 positions, it has 2");
  check_diag(l.about("geometry", "region-three"), Severity::Error,
             "polygon_ring_two_repeated_points.geojson", "region-three", "geometry",
             "needs at least 4 positions, it has 3");
}

TEST_CASE("hostile: null_geometry.geojson", "[hostile]") {
  Loaded l = load("null_geometry.geojson");
  CHECK_FALSE(l.has("nowhere"));
  CHECK(l.has("ok"));
  check_diag(l.about("geometry", "nowhere"), Severity::Error, "null_geometry.geojson", "nowhere",
             "geometry", "has no geometry");
}

TEST_CASE("hostile: geometry_collection.geojson: of points loads, of a mix is refused",
          "[hostile]") {
  Loaded l = load("geometry_collection.geojson");
  REQUIRE(l.has("stations"));
  CHECK(l.atlas.find("stations")->parts[0].size() == 2);
  CHECK_FALSE(l.has("mixed"));
  check_diag(l.about("geometry", "mixed"), Severity::Error, "geometry_collection.geojson", "mixed",
             "geometry", "mixes points, lines and polygons");
}

// --- collections ---------------------------------------------------------------------------

TEST_CASE("hostile: empty_feature_collection.geojson is not called clean", "[hostile]") {
  Loaded l = load("empty_feature_collection.geojson");
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("no features"), Severity::Warning, "empty_feature_collection.geojson", "",
             "", "the file has no features");
}

TEST_CASE("hostile: features_list_of_nulls.geojson is not called clean", "[hostile]") {
  Loaded l = load("features_list_of_nulls.geojson");
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("no features"), Severity::Warning, "features_list_of_nulls.geojson", "",
             "", "the file has no features");
}

TEST_CASE("hostile: features_as_object.geojson says 'features' must be a list", "[hostile]") {
  Loaded l = load("features_as_object.geojson");
  CHECK(l.atlas.features.empty());
  check_diag(l.about_file("cannot be opened"), Severity::Error, "features_as_object.geojson", "",
             "", "'features' must be a list of features");
}
