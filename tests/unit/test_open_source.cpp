// File → Open's logic (core/open_source.h): the folder browser's listing and the PostGIS
// connection string; and the grid of point features a frame draws from (core/feature_grid.h).
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "core/atlas.h"
#include "core/feature_grid.h"
#include "core/open_source.h"

namespace histmap {
namespace {

namespace fs = std::filesystem;

}  // namespace

TEST_CASE("the folder browser lists subfolders first, then vector files, hidden ones left out") {
  const fs::path dir =
      fs::temp_directory_path() /
      ("histmap-browse-" +
       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  fs::create_directories(dir / "zeta");
  fs::create_directories(dir / "alpha");
  fs::create_directories(dir / ".hidden");
  for (const char* name : {"b.geojson", "a.GPKG", "notes.txt", "c.shp", "c.dbf", ".x.geojson"})
    std::ofstream(dir / name) << "x";
  const FolderListing l = list_folder((dir / "alpha" / "..").string());
  CHECK(l.error.empty());
  CHECK(l.path == dir.string());
  std::vector<std::string> names;
  for (const FolderEntry& e : l.entries) names.push_back((e.folder ? "+" : "") + e.name);
  CHECK(names == std::vector<std::string>{"+alpha", "+zeta", "a.GPKG", "b.geojson", "c.shp"});
  CHECK(list_folder((dir / "missing").string()).error.size() > 0);
  CHECK(parent_folder(dir.string()) == dir.parent_path().string());
  CHECK(parent_folder("/") == "/");
  fs::remove_all(dir);
}

TEST_CASE("a PostGIS connection is written as GDAL's PG: source, with the table asked for") {
  CHECK(postgis_source("dbname=atlas host=localhost", "") == "PG:dbname=atlas host=localhost");
  CHECK(postgis_source("PG:\"dbname=atlas port=5433\"", " events ") ==
        "PG:dbname=atlas port=5433 tables=events");
  CHECK(postgis_source("  'PG:dbname=a'  ", "") == "PG:dbname=a");
  CHECK(postgis_source("PG:dbname=a tables=x", "y") == "PG:dbname=a tables=x");
  CHECK(postgis_source("   ", "t").empty());
}

TEST_CASE("the point grid returns the points in a box, each once, spread-out multipoints always") {
  std::vector<Feature> features;
  for (int k = 0; k < 10000; ++k) {
    Feature f;
    f.id = "p" + std::to_string(k);
    f.geometry = GeometryType::Point;
    const double x = (k % 100) * 1000.0, y = (k / 100) * 1000.0;
    f.parts = {{GeoPoint{0, 0, x, y}}};
    features.push_back(f);
  }
  Feature spread;
  spread.geometry = GeometryType::Point;
  spread.parts = {{GeoPoint{0, 0, 0, 0}, GeoPoint{0, 0, 99000, 99000}}};
  features.push_back(spread);
  Feature line;  // lines are not points
  line.geometry = GeometryType::Line;
  line.parts = {{GeoPoint{0, 0, 5000, 5000}, GeoPoint{0, 0, 6000, 6000}}};
  features.push_back(line);
  FeatureGrid grid;
  grid.build(features);
  CHECK(grid.size() == 10001);
  std::vector<std::uint32_t> out;
  grid.query(10500, 20500, 13500, 22500, out);
  std::sort(out.begin(), out.end());
  CHECK(std::adjacent_find(out.begin(), out.end()) == out.end());
  // Every point inside is returned (cells may add neighbours, never lose one).
  for (int y = 21; y <= 22; ++y)
    for (int x = 11; x <= 13; ++x)
      CHECK(std::binary_search(out.begin(), out.end(), static_cast<std::uint32_t>(y * 100 + x)));
  CHECK(std::binary_search(out.begin(), out.end(), 10000u));  // the spread-out one
  CHECK(out.size() < 2000);                                   // and not the whole grid
  out.clear();
  grid.query(-1e9, -1e9, 1e9, 1e9, out);
  CHECK(out.size() == 10001);
  out.clear();
  grid.query(5e6, 5e6, 6e6, 6e6, out);  // far away: the spread-out one only
  CHECK(out == std::vector<std::uint32_t>{10000});
}

}  // namespace histmap
