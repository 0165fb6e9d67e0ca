// LoadOptions on files (no server needed): progress through one and several sources, stopping
// part-way, a query with GDAL's SQL instead of the layers, and the masking of passwords in
// connection strings. The PostGIS side is tests/data/test_postgis.cpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "data/loader.h"

using namespace histmap;

namespace {

const Projection& projection() {
  static std::string error;
  static const auto p = Projection::create(kDefaultProjection, error);
  return *p;
}

// A GeoJSON file of n dated events (every third a unit), made for the test. In a folder of this
// process: ctest runs the cases side by side, and two writing one file raced (a case read the
// other's half-written file).
std::string write_points(const std::string& name, int n) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("histmap-load-options-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream out(path);
  out << "{\"type\":\"FeatureCollection\",\"features\":[\n";
  for (int i = 0; i < n; ++i)
    out << (i ? ",\n" : "") << "{\"type\":\"Feature\",\"properties\":{\"id\":\"" << name << "-" << i
        << "\",\"kind\":\"" << (i % 3 == 0 ? "unit" : "event")
        << "\",\"start\":\"1918-06-01\",\"sources\":[\"test\"]},"
        << "\"geometry\":{\"type\":\"Point\",\"coordinates\":[" << 40 + i % 90 << "," << 45 + i % 15
        << "]}}";
  out << "]}\n";
  return path;
}

std::string all(const std::vector<Diagnostic>& diags) {
  std::string s;
  for (const Diagnostic& d : diags) s += d.to_string() + "\n";
  return s;
}

}  // namespace

TEST_CASE("load options: progress is told at the start, every 4096 features and at the end",
          "[load-options]") {
  const std::string a = write_points("a.geojson", 10000), b = write_points("b.geojson", 10);
  std::vector<LoadProgress> seen;
  LoadOptions options;
  options.progress = [&](const LoadProgress& p) {
    seen.push_back(p);
    return true;
  };
  std::vector<Diagnostic> diags;
  const Atlas atlas = load_atlas({a, b}, projection(), diags, nullptr, options);
  INFO(all(diags));
  CHECK(atlas.features.size() == 10010);
  // a: 0, 4096, 8192, 10000; b: 0, 10
  REQUIRE(seen.size() == 6);
  const std::vector<long long> read = {0, 4096, 8192, 10000, 0, 10};
  for (std::size_t i = 0; i < seen.size(); ++i) {
    CHECK(seen[i].features_read == read[i]);
    CHECK(seen[i].source_count == 2);
    CHECK(seen[i].source_index == (i < 4 ? 0u : 1u));
    CHECK(seen[i].source == (i < 4 ? a : b));
  }
  CHECK(seen[0].features_total == 10000);
  CHECK(seen[5].features_total == 10);
}

TEST_CASE("load options: stopping keeps what was read and names what was not", "[load-options]") {
  const std::string a = write_points("a.geojson", 10000), b = write_points("b.geojson", 10);
  LoadOptions options;
  int calls = 0;
  options.progress = [&](const LoadProgress& p) {
    ++calls;
    return p.features_read < 8192;
  };
  std::vector<Diagnostic> diags;
  LoadReport report;
  const Atlas atlas = load_atlas({a, b}, projection(), diags, &report, options);
  INFO(all(diags));
  CHECK(calls == 3);
  CHECK(atlas.features.size() == 8192);
  CHECK(atlas.find("a.geojson-8191") != nullptr);
  CHECK(atlas.find("a.geojson-8192") == nullptr);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].file == a);
  CHECK(diags[0].severity == Severity::Warning);
  CHECK(diags[0].message ==
        "the load was stopped after 8192 of 10000 features; the rest was not read");
  CHECK(diags[1].file == b);
  CHECK(diags[1].message == "not read: the load was stopped before it");
  REQUIRE(report.files.size() == 1);
  CHECK(report.files[0].features == 8192);

  // Stopped at the very start: nothing read, and said so.
  options.progress = [](const LoadProgress&) { return false; };
  diags.clear();
  CHECK(load_atlas({a}, projection(), diags, nullptr, options).features.empty());
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message ==
        "the load was stopped after 0 of 10000 features; the rest was not read");
}

TEST_CASE("load options: a query on a file reads its result instead of the layers",
          "[load-options]") {
  const std::string a = write_points("q.geojson", 30);
  LoadOptions options;
  options.sql = "SELECT * FROM q WHERE kind = 'unit'";
  std::vector<Diagnostic> diags;
  const Atlas atlas = load_atlas({a}, projection(), diags, nullptr, options);
  INFO(all(diags));
  CHECK(diags.empty());
  CHECK(atlas.features.size() == 10);
  CHECK(std::all_of(atlas.features.begin(), atlas.features.end(),
                    [](const Feature& f) { return f.kind == Kind::Unit; }));

  options.sql = "SELECT * FROM no_such_layer";
  diags.clear();
  CHECK(load_atlas({a}, projection(), diags, nullptr, options).features.empty());
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == Severity::Error);
  CHECK(diags[0].file == a);
  CHECK(diags[0].field == "sql");
  CHECK(diags[0].message.find("the query failed: ") == 0);
  CHECK(diags[0].message.find("no_such_layer") != std::string::npos);
}

TEST_CASE("load options: a connection string's password is masked", "[load-options]") {
  CHECK(mask_password("PG:dbname=a host=b password=s3cret user=u") ==
        "PG:dbname=a host=b password=*** user=u");
  CHECK(mask_password("PG:dbname=a password = 'it\\'s x' user=u") ==
        "PG:dbname=a password = *** user=u");
  CHECK(mask_password("PG:dbname=a PASSWORD=x") == "PG:dbname=a PASSWORD=***");
  CHECK(mask_password("PG:postgresql://me:s3cret@db.example/atlas") ==
        "PG:postgresql://me:***@db.example/atlas");
  CHECK(mask_password("PG:postgresql://me@db.example/atlas") ==
        "PG:postgresql://me@db.example/atlas");
  CHECK(mask_password("PG:dbname=a tables=password_log") == "PG:dbname=a tables=password_log");
  CHECK(mask_password("geodata/events.geojson") == "geodata/events.geojson");
}
