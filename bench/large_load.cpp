// histmap bench: a million dated points, from a GeoPackage and from PostGIS. `make` writes the
// table (id, kind event/unit, name, start/end EDTF over 1917-1920, affiliation, source, points
// over Eurasia 40-135° E) as a GeoPackage; bench/large_load.sh copies it into a throw-away
// PostGIS server with ogr2ogr, so both hold the same rows. `load` loads a source as histmap does
// (with a progress callback, as the window passes one) and reports the stages' times and the
// peak memory; `gdal` reads every feature with GDAL alone, for comparison. Run each in its own
// process so its peak memory is its own.
// Usage: histmap_large_load make FILE.gpkg [N]   (default N = 1,000,000)
//        histmap_large_load load|gdal SOURCE LABEL
#include <sys/resource.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "bench_report.h"
#include "data/loader.h"

using namespace histmap;
using namespace histmap::bench;

namespace {

// A fixed sequence (the same table on every run and machine).
struct Random {
  std::uint64_t s = 0x9E3779B97F4A7C15ull;
  std::uint32_t next() {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(s >> 33);
  }
  double uniform() { return next() / 2147483648.0; }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }
};

std::string iso(DayNumber d) {
  const CivilDate c = from_day_number(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

int make(const std::string& path, long long n) {
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  std::unique_ptr<GDALDataset> ds(
      driver ? driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
  if (!ds) {
    std::fprintf(stderr, "bench: cannot create %s\n", path.c_str());
    return 1;
  }
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const char* layer_options[] = {"SPATIAL_INDEX=NO", nullptr};
  OGRLayer* layer = ds->CreateLayer("events", &wgs84, wkbPoint, const_cast<char**>(layer_options));
  for (const char* name : {"id", "kind", "name", "start", "end", "affiliation", "sources"}) {
    OGRFieldDefn field(name, OFTString);
    layer->CreateField(&field);
  }
  const char* const sides[] = {"red", "white", "czechoslovak", "alash", "japanese", "green"};
  const char* const sources[] = {"Bradley 1991: 78", "Klevanskii 1965: 189",
                                 "Saryarqa, 1918, №63: 1", "Kudela 1930: 12",
                                 "Atlas zheleznykh dorog 1914"};
  const DayNumber first = to_day_number({1917, 1, 1}), last = to_day_number({1920, 12, 31});
  Random r;
  const auto t0 = Clock::now();
  ds->StartTransaction();
  for (long long i = 0; i < n; ++i) {
    OGRFeature f(layer->GetLayerDefn());
    const bool unit = r.below(4) == 0;
    const std::string id = (unit ? "unit-" : "ev-") + std::to_string(i);
    const DayNumber start = first + r.below(last - first - 60);
    f.SetField("id", id.c_str());
    f.SetField("kind", unit ? "unit" : "event");
    f.SetField("name", ((unit ? "Detachment " : "Event ") + std::to_string(i)).c_str());
    std::string start_text = iso(start), end_text;
    switch (r.below(4)) {
      case 0:  // a month
        start_text = start_text.substr(0, 7);
        end_text = iso(start + 31 + r.below(300));
        break;
      case 1:  // an interval of days
        start_text += "/" + iso(start + 1 + r.below(3));
        end_text = iso(start + 5 + r.below(30));
        break;
      default:
        end_text = iso(start + r.below(unit ? 400 : 3));
    }
    f.SetField("start", start_text.c_str());
    f.SetField("end", end_text.c_str());
    f.SetField("affiliation", sides[r.below(6)]);
    f.SetField("sources", sources[r.below(5)]);
    f.SetGeometryDirectly(new OGRPoint(40 + 95 * r.uniform(), 38 + 22 * r.uniform()));
    if (layer->CreateFeature(&f) != OGRERR_NONE) {
      std::fprintf(stderr, "bench: writing feature %lld failed\n", i);
      return 1;
    }
    if ((i + 1) % 100000 == 0) {
      ds->CommitTransaction();
      ds->StartTransaction();
    }
  }
  ds->CommitTransaction();
  std::fprintf(stderr, "bench: wrote %lld features to %s in %.1f s\n", n, path.c_str(),
               ms_since(t0) / 1000);
  return 0;
}

// CPU time of this process in ms (user and system): on a machine shared with other work the
// wall-clock times grow and this does not.
double cpu_ms() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return (static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 +
          static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0);
}

std::string seconds(double wall_ms, double cpu) {
  return fmt("%.1f s", wall_ms / 1000) + fmt(" (CPU %.1f s)", cpu / 1000);
}

int load(const std::string& source, const std::string& label) {
  std::string error;
  auto projection = Projection::create(kDefaultProjection, error);
  if (!projection) {
    std::fprintf(stderr, "bench: %s\n", error.c_str());
    return 1;
  }
  const double rss_before = peak_rss_mib();
  long long calls = 0;
  LoadOptions options;
  options.progress = [&](const LoadProgress&) {
    ++calls;
    return true;
  };
  // load_atlas's steps, timed apart: the source read and mapped, then the links.
  std::vector<Diagnostic> diags;
  Atlas atlas;
  const auto t0 = Clock::now();
  const double c0 = cpu_ms();
  load_file(source, *projection, atlas, diags, options);
  const double read_ms = ms_since(t0), read_cpu = cpu_ms() - c0;
  const double rss_read = peak_rss_mib();
  const auto t1 = Clock::now();
  const double c1 = cpu_ms();
  atlas.link(diags, [&](std::vector<GeoPoint>& points) { return projection->forward(points); });
  const double link_ms = ms_since(t1), link_cpu = cpu_ms() - c1;
  const double total_ms = ms_since(t0), total_cpu = cpu_ms() - c0;
  for (std::size_t i = 0; i < diags.size() && i < 3; ++i)
    std::fprintf(stderr, "bench: %s\n", diags[i].to_string().c_str());
  row(label, "features loaded (problems reported)",
      std::to_string(atlas.features.size()) + " (" + std::to_string(diags.size()) + ")");
  row(label, "read, map fields, parse dates, project (load_file)", seconds(read_ms, read_cpu));
  row(label, "link (ids, dates)", seconds(link_ms, link_cpu));
  row(label, "load_atlas in all", seconds(total_ms, total_cpu));
  row(label, "features per second",
      fmt("%.0f", static_cast<double>(atlas.features.size()) / (total_ms / 1000)));
  row(label, "progress calls", std::to_string(calls));
  row(label, "peak memory (before load, after read, after link)",
      fmt("%.0f", rss_before) + fmt(", %.0f", rss_read) + fmt(", %.0f MiB", peak_rss_mib()));
  return 0;
}

int gdal_read(const std::string& source, const std::string& label) {
  const auto t0 = Clock::now();
  const double c0 = cpu_ms();
  std::unique_ptr<GDALDataset> ds(
      GDALDataset::Open(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds) {
    std::fprintf(stderr, "bench: cannot open %s\n", mask_password(source).c_str());
    return 1;
  }
  long long n = 0;
  for (OGRLayer* layer : ds->GetLayers()) {
    layer->ResetReading();
    while (OGRFeature* f = layer->GetNextFeature()) {
      ++n;
      OGRFeature::DestroyFeature(f);
    }
  }
  row(label, "GDAL alone reads every feature",
      seconds(ms_since(t0), cpu_ms() - c0) + ", " + std::to_string(n) + " features");
  row(label, "peak memory (GDAL alone)", fmt("%.0f MiB", peak_rss_mib()));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  GDALAllRegister();
  CPLSetErrorHandler(CPLQuietErrorHandler);
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "make" && argc >= 3) return make(argv[2], argc > 3 ? std::atoll(argv[3]) : 1000000);
  if (mode == "load" && argc == 4) return load(argv[2], argv[3]);
  if (mode == "gdal" && argc == 4) return gdal_read(argv[2], argv[3]);
  std::fprintf(stderr,
               "usage: histmap_large_load make FILE.gpkg [N] | load SOURCE LABEL | gdal SOURCE "
               "LABEL\n");
  return 2;
}
