// histmap core: what the user can ask to open, as File → Open shows it: a folder's subfolders
// and vector-data files for the browser, and a PostgreSQL/PostGIS connection string made from
// what was typed (with the table to read). No GDAL here: the data layer opens the result.
#pragma once

#include <string>
#include <vector>

namespace histmap {

// The extensions the data layer looks for in folders, and the window's browser lists.
inline constexpr const char* kVectorFileExtensions[] = {
    ".geojson", ".json", ".topojson", ".geojsonl", ".geojsons", ".gpkg",
    ".shp",     ".kml",  ".kmz",      ".fgb",      ".csv",      ".gml"};

bool has_vector_file_extension(const std::string& name);

struct FolderEntry {
  std::string name;  // the entry's name, without the folder
  bool folder = false;
};

struct FolderListing {
  std::string path;                  // the folder listed, absolute and normalised
  std::vector<FolderEntry> entries;  // subfolders first, then vector files, each by name
  std::string error;                 // when the folder could not be read
};

// Lists a folder for the browser: subfolders and files with a vector-data extension; hidden
// entries (".name") are left out.
FolderListing list_folder(const std::string& path);

// The folder above `path` ("/" stays "/").
std::string parent_folder(const std::string& path);

// A GDAL PostgreSQL source from what the user typed: `connection` with or without the "PG:"
// prefix and with or without quotes around it (as a shell would need them); `table`, when
// given, restricts the source to that table (GDAL's tables= option). Empty when `connection`
// is blank.
std::string postgis_source(const std::string& connection, const std::string& table);

}  // namespace histmap
