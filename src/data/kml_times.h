// histmap data: a KML file's placemark times as written. GDAL's LIBKML driver gives TimeSpan
// and TimeStamp as date-times, which keep only the day ("1918-06" becomes 1 June) and drop a
// year alone; the loader reads them from the text instead, matched to GDAL's placemarks by name.
#pragma once

#include <string>
#include <vector>

namespace histmap {

// A placemark's name and its TimeSpan (begin, end) or TimeStamp (when), as written, to the day
// (an xsd:dateTime's time is dropped). used: matched to a feature already.
struct KmlTime {
  std::string name, begin, end, when;
  bool used = false;
};

// Every placemark of the file, in document order; empty when it cannot be read.
std::vector<KmlTime> read_kml_times(const std::string& path);

}  // namespace histmap
