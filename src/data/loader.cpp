#include "data/loader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string_view>
#include <tuple>
#include <utility>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/open_source.h"
#include "data/feature_mapper.h"
#include "data/geometry_reader.h"
#include "data/kml_times.h"
#include "data/linked_places.h"
#include "data/pg_connection.h"
#include "data/text_checks.h"
#include "data/triangulate.h"

namespace histmap {
namespace {

namespace fs = std::filesystem;

void register_gdal_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    GDALAllRegister();
    // Never try the network for a file name that looks like a URL.
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
  });
}

// Collects GDAL's messages for the duration of a load, instead of printing them. GeoJSON's own
// debug notes are turned on for the load (this thread only) because the one that says which
// position could not be read ("LinearRing: raw point parsing failure") is only a debug note.
class CapturedErrors {
 public:
  CapturedErrors() {
    const char* old = CPLGetThreadLocalConfigOption("CPL_DEBUG", nullptr);
    if (old) old_debug_ = old;
    had_debug_ = old != nullptr;
    CPLSetThreadLocalConfigOption("CPL_DEBUG", "GeoJSON");
    CPLPushErrorHandlerEx(&CapturedErrors::handler, this);
  }
  ~CapturedErrors() {
    CPLPopErrorHandler();
    CPLSetThreadLocalConfigOption("CPL_DEBUG", had_debug_ ? old_debug_.c_str() : nullptr);
  }
  CapturedErrors(const CapturedErrors&) = delete;
  CapturedErrors& operator=(const CapturedErrors&) = delete;

  // The messages since the last take, each once, in order.
  std::vector<std::string> take() {
    std::vector<std::string> m = std::move(messages_);
    messages_.clear();
    return m;
  }

 private:
  static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char* msg) {
    auto* self = static_cast<CapturedErrors*>(CPLGetErrorHandlerUserData());
    if (!self || !msg) return;
    std::string text = msg;
    if (level == CE_Debug) {
      // "GeoJSON: LinearRing: raw point parsing failure." names the geometry part that GDAL
      // dropped; other debug notes are progress.
      const std::string_view tail = ": raw point parsing failure.";
      if (text.rfind("GeoJSON: ", 0) != 0 || text.size() < tail.size() + 9 ||
          text.compare(text.size() - tail.size(), tail.size(), tail) != 0)
        return;
      text = "a position of a " + text.substr(9, text.size() - tail.size() - 9) +
             " is not a list of two or three numbers";
    } else if (level < CE_Warning) {
      return;
    }
    auto& m = self->messages_;
    // Enough to say what is wrong: a file of 10,000 bad features repeats itself.
    if (m.size() >= 8 || std::find(m.begin(), m.end(), text) != m.end()) return;
    m.push_back(
        to_valid_utf8(text.size() > 300 ? text.substr(0, utf8_prefix(text, 300)) + "..." : text));
  }
  std::vector<std::string> messages_;
  std::string old_debug_;
  bool had_debug_ = false;
};

std::string join(const std::vector<std::string>& messages) {
  std::string s;
  for (const std::string& m : messages) s += (s.empty() ? "" : "; ") + m;
  return s;
}

template <std::size_t N>
bool has_extension(const fs::path& p, const char* const (&extensions)[N]) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(extensions), std::end(extensions),
                     [&](const char* e) { return ext == e; });
}

// One list for the folder search and the window's browser (core/open_source.h).
bool has_vector_extension(const fs::path& p) {
  return has_vector_file_extension(p.string());
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

namespace {

constexpr double kMaxEdgeDegrees = 1.0;
// GEOS's validity check grows a little faster than the vertex count, its triangulation (ear
// clipping) up to the square of it: a million-vertex polygon took a minute and a half, a comb
// of 10,000 teeth takes two seconds, a 50,000-vertex coast one. Above these the polygon is not
// checked, or not triangulated and then filled even-odd by the renderer, which draws any ring.
// The bundled base map's largest polygon has 4,917 vertices.
constexpr std::size_t kMaxCheckedVertices = 200'000;
constexpr std::size_t kMaxTriangulatedVertices = 10'000;
// And per file: the sum of the squared vertex counts triangulated (about a second of GEOS on
// this machine). The fuzzer found 30 dated comb polygons of 10,000 vertices each (after a
// vertex every degree) that took 16 s; the bundled files use a quarter of it all together.
constexpr double kTriangulationBudget = 1e8;
constexpr long long kMaxNativeDataBytes = 8 << 20;

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// What the bytes of a file say before GDAL guesses at them: GDAL calls an empty file, a UTF-16
// file and a file of spaces alike "not recognized as a supported file format", and waits for
// ever on a named pipe. JSON text is also searched for the escape \u0000: GDAL cuts a text or
// a key at a NUL character without a word.
struct Sniffed {
  bool readable = true;            // false: reported, do not open
  bool binary = false;             // bytes that are not text at the start
  bool json = false;               // starts like JSON text
  long long size = 0;              // bytes
  std::string head;                // the first bytes, for messages
  std::vector<std::string> notes;  // file-level warnings found in the bytes
};

Sniffed sniff(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  Sniffed out;
  const auto refuse = [&](const std::string& message) {
    diagnostics.push_back({Severity::Error, path, "", "", message});
    out.readable = false;
    return out;
  };
  VSIStatBufL st;
  if (VSIStatExL(path.c_str(), &st,
                 VSI_STAT_EXISTS_FLAG | VSI_STAT_NATURE_FLAG | VSI_STAT_SIZE_FLAG) != 0)
    return out;  // not a file GDAL's file system knows (a "PG:" connection): GDAL decides
  if (VSI_ISDIR(st.st_mode)) return out;
  if (!VSI_ISREG(st.st_mode))
    return refuse("is not a regular file (a pipe or a device); give a file to read");
  if (st.st_size == 0) return refuse("the file is empty");
  out.size = static_cast<long long>(st.st_size);

  VSILFILE* fp = VSIFOpenL(path.c_str(), "rb");
  if (!fp) return out;  // GDAL will say why
  constexpr std::size_t kChunk = 1 << 20;
  std::string buf(kChunk, '\0');
  std::string carry;  // the end of the previous chunk: an escape cut in two, and its text
  bool first = true, blank = true;
  long long line = 1;
  std::size_t nuls = 0;
  while (true) {
    const std::size_t n = VSIFReadL(buf.data(), 1, kChunk, fp);
    if (n == 0) break;
    const std::string_view chunk(buf.data(), n);
    if (first) {
      first = false;
      out.head = std::string(chunk.substr(0, 4096));
      const auto byte = [&](std::size_t i) {
        return i < n ? static_cast<unsigned char>(chunk[i]) : 0x100u;
      };
      // Text in UTF-16: a BOM, or ASCII with a zero byte before or after every character.
      const auto text_char = [](unsigned c) {
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t';
      };
      if ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF) ||
          (text_char(byte(0)) && byte(1) == 0 && text_char(byte(2)) && byte(3) == 0) ||
          (byte(0) == 0 && text_char(byte(1)) && byte(2) == 0 && text_char(byte(3)))) {
        VSIFCloseL(fp);
        return refuse(
            "the file is in UTF-16 (or UTF-32), not UTF-8; save it as UTF-8 and load it again");
      }
      std::size_t i = chunk.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // a UTF-8 BOM is fine
      while (i < n && is_blank(chunk[i])) ++i;
      out.json = i < n && (chunk[i] == '{' || chunk[i] == '[');
      const std::size_t look = std::min<std::size_t>(n, 512);
      for (std::size_t k = 0; k < look; ++k) {
        const unsigned c = byte(k);
        if (c == 0 || (c < 0x20 && !is_blank(static_cast<char>(c)))) out.binary = true;
      }
    }
    if (blank) blank = std::all_of(chunk.begin(), chunk.end(), [](char c) { return is_blank(c); });
    if (!out.json) {
      if (!blank) break;  // nothing more to learn from the bytes
      continue;
    }
    // The escape \u0000 (not \\u0000, an escaped backslash before "u0000"). Lines are counted
    // up to each one found; the carried bytes were counted with the previous chunk.
    const std::string text = carry + std::string(chunk);
    std::size_t counted = carry.size();
    const auto count_lines_to = [&](std::size_t pos) {
      if (pos <= counted) return;
      // memchr: a byte-by-byte count would be most of a debug build's time on a big file
      const char* p = text.data() + counted;
      const char* const end = text.data() + pos;
      while (
          (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
        ++line;
        if (++p == end) break;
      }
      counted = pos;
    };
    for (std::size_t at = text.find("\\u0000"); at != std::string::npos;
         at = text.find("\\u0000", at + 1)) {
      if (at + 6 <= carry.size()) continue;  // seen with the previous chunk
      std::size_t slashes = 0;
      while (at > slashes && text[at - slashes - 1] == '\\') ++slashes;
      if (slashes % 2 == 1) continue;
      count_lines_to(at);
      if (++nuls <= 3) {
        // The text around it, from its opening quote.
        std::size_t from = text.rfind('"', at);
        if (from == std::string::npos || at - from > 40) from = at > 40 ? at - 40 : 0;
        std::size_t to = text.find('"', at + 6);
        if (to == std::string::npos || to - at > 40) to = std::min(text.size() - 1, at + 46);
        out.notes.push_back("line " + std::to_string(line) + ": the text " +
                            to_valid_utf8(text.substr(from, to + 1 - from)) +
                            " has a NUL character (\\u0000) in it; GDAL keeps only what comes "
                            "before it");
      }
    }
    count_lines_to(text.size());
    carry = text.substr(text.size() - std::min<std::size_t>(text.size(), 64));
  }
  VSIFCloseL(fp);
  if (nuls > 3)
    out.notes.push_back("and " + std::to_string(nuls - 3) + " more texts with \\u0000 in them");
  if (blank) return refuse("the file has only white space in it, no data");
  return out;
}

// Why GDAL could not open the file, said for this file: GDAL's "not recognized as a supported
// file format" repeats the path, and knows nothing of what the bytes looked like.
std::string open_failure(std::string why, const Sniffed& sniffed) {
  if (why.empty()) why = "not a vector format GDAL can read";
  const std::string unknown = "not recognized as a supported file format";
  if (why.find(unknown) != std::string::npos) {
    why = unknown;
    if (sniffed.binary) {
      why += " (the file is binary data, not text)";
    } else if (sniffed.json) {
      why +=
          " (GeoJSON is a JSON object with a \"type\" member: \"FeatureCollection\", "
          "\"Feature\" or a geometry type)";
    }
  }
  if (why == "Failed to read GeoJSON data")
    why +=
        " (the JSON is not GeoJSON that GDAL can read: check its \"type\" and "
        "\"coordinates\")";
  if (why.find("Missing 'features' member") != std::string::npos &&
      sniffed.head.find("\"features\"") != std::string::npos)
    why += " ('features' must be a list of features: \"features\": [ ... ])";
  return "cannot be opened: " + why;
}

void collect_polygons(OGRGeometry* g, std::vector<OGRPolygon*>& out) {
  switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon:
      out.push_back(g->toPolygon());
      break;
    case wkbMultiPolygon:
      for (OGRPolygon* p : *g->toMultiPolygon()) out.push_back(p);
      break;
    case wkbGeometryCollection:
      for (OGRGeometry* member : *g->toGeometryCollection()) collect_polygons(member, out);
      break;
    default:
      break;
  }
}

// A polygon with an edge longer than 180 degrees of longitude crosses the antimeridian (170 to
// -170 is 20 degrees east, not 340 west): its longitudes are taken into 0..360 so that the edge
// gets its vertices along the short way. Not for a ring around a pole, whose longitudes do not
// come back to where they started. Returns whether it shifted the polygon.
bool shift_across_antimeridian(OGRPolygon& poly) {
  bool crosses = false;
  for (const OGRLinearRing* ring : poly) {
    double turns = 0;  // how far the ring goes round, in whole turns
    for (int i = 1; i < ring->getNumPoints(); ++i) {
      const double d = ring->getX(i) - ring->getX(i - 1);
      if (std::fabs(d) > 180) {
        crosses = true;
        turns += d > 0 ? -1 : 1;
      }
    }
    if (turns != 0) return false;
  }
  if (!crosses) return false;
  for (OGRLinearRing* ring : poly)
    for (int i = 0; i < ring->getNumPoints(); ++i)
      if (ring->getX(i) < 0) ring->setPoint(i, ring->getX(i) + 360, ring->getY(i));
  return true;
}

void shift_back(OGRPolygon& poly) {
  for (OGRLinearRing* ring : poly)
    for (int i = 0; i < ring->getNumPoints(); ++i)
      if (ring->getX(i) > 180) ring->setPoint(i, ring->getX(i) - 360, ring->getY(i));
}

// A line whose edge jumps more than 180 degrees of longitude crosses the antimeridian (170 to
// -170 is 20 degrees east): it is cut there into parts that end at 180 and go on from -180, so
// that no projection draws the edge the long way round the world (the default one cuts at
// 93 W, but a user's Mercator cuts at 180). A track with times keeps one part (its dates are
// per vertex), and so does a railway: a route follows one part, and core measures its legs
// the short way across 180 already.
void split_at_antimeridian(Feature& f) {
  std::vector<std::vector<GeoPoint>> parts;
  for (auto& part : f.parts) {
    std::vector<GeoPoint> cur;
    for (std::size_t i = 0; i < part.size(); ++i) {
      if (i > 0 && std::fabs(part[i].lon - part[i - 1].lon) > 180) {
        const GeoPoint& a = part[i - 1];
        const GeoPoint& b = part[i];
        const double east = a.lon > 0 ? 180 : -180;             // the side a is on
        const double b_lon = b.lon + (a.lon > 0 ? 360 : -360);  // b on a's side
        const double t = (east - a.lon) / (b_lon - a.lon);
        const double lat = a.lat + t * (b.lat - a.lat);
        cur.push_back({east, lat, 0, 0});
        parts.push_back(std::move(cur));
        cur = {{-east, lat, 0, 0}};
      }
      cur.push_back(part[i]);
    }
    parts.push_back(std::move(cur));
  }
  f.parts = std::move(parts);
}

std::size_t vertex_count(const Feature& f) {
  std::size_t n = 0;
  for (const auto& part : f.parts) n += part.size();
  return n;
}

// A polygon feature that map_feature has read and checked: say where its rings are not valid,
// then give long edges a vertex every degree (a polygon edge is straight in longitude/latitude,
// RFC 7946, so the cut of a clipped base map along a parallel bends with the projection instead
// of cutting across the map as a chord), and read the rings again. This comes after the checks
// so that a ring of three positions is reported, not made five by the new vertices.
// GEOS's repair of an invalid polygon (a bow-tie becomes two triangles): its polygons, or
// null when it gives none valid (a ring with no area becomes a line).
std::unique_ptr<OGRGeometry> repaired(const OGRGeometry& g, Triangulator& triangulator) {
  std::unique_ptr<OGRGeometry> valid(g.MakeValid());
  if (!valid) return nullptr;
  std::vector<OGRPolygon*> parts;
  collect_polygons(valid.get(), parts);
  if (parts.empty()) return nullptr;
  auto out = std::make_unique<OGRMultiPolygon>();
  for (OGRPolygon* p : parts) out->addGeometry(p);
  if (!triangulator.why_invalid(*out).empty()) return nullptr;
  return out;
}

bool prepare_polygon(OGRFeature& src, Feature& f, const std::string& path,
                     Triangulator& triangulator, std::vector<Diagnostic>& diagnostics) {
  OGRGeometry* g = src.GetGeometryRef();
  std::vector<OGRPolygon*> polygons;
  collect_polygons(g, polygons);
  std::vector<OGRPolygon*> shifted;
  for (OGRPolygon* p : polygons)
    if (shift_across_antimeridian(*p)) shifted.push_back(p);
  const std::string label = "'" + f.id + "'";
  if (vertex_count(f) <= kMaxCheckedVertices) {
    if (const std::string why = triangulator.why_invalid(*g); !why.empty()) {
      if (std::unique_ptr<OGRGeometry> fixed = repaired(*g, triangulator)) {
        const bool was_shifted = !shifted.empty();
        src.SetGeometryDirectly(fixed.release());
        g = src.GetGeometryRef();
        polygons.clear();
        collect_polygons(g, polygons);
        shifted.clear();
        if (was_shifted) shifted = polygons;
        diagnostics.push_back({Severity::Warning, path, label, "geometry",
                               "the polygon was not valid (" + why + "); repaired with GEOS into " +
                                   std::to_string(polygons.size()) +
                                   (polygons.size() == 1 ? " polygon" : " polygons")});
      } else {
        diagnostics.push_back(
            {Severity::Warning, path, label, "geometry",
             "the polygon is not valid: " + why +
                 "; GEOS could not repair it; it is drawn, but its fill may look wrong"});
      }
    }
  }
  for (OGRPolygon* p : polygons)
    for (OGRLinearRing* ring : *p) ring->segmentize(kMaxEdgeDegrees);
  for (OGRPolygon* p : shifted) shift_back(*p);
  std::string error;
  if (!read_geometry(g, f, error)) {
    diagnostics.push_back({Severity::Error, path, label, "geometry", error});
    return false;
  }
  return true;
}

// How often a load says how far it has come: often enough for a smooth bar (a million
// features give 250 calls), rarely enough to cost nothing.
constexpr long long kProgressEvery = 4096;

// The layers a source is read from: its own, or the result of the user's query on it, which
// GDAL lends until it is released.
class SourceLayers {
 public:
  SourceLayers(GDALDataset& ds, const std::string& sql) : ds_(ds) {
    if (sql.empty()) {
      for (OGRLayer* layer : ds.GetLayers()) layers_.push_back(layer);
      return;
    }
    // histmap only reads: a PostgreSQL session is made read-only before the user's query runs,
    // so that a mistyped DELETE or DROP is refused by the server.
    if (std::string_view(ds.GetDriverName()) == "PostgreSQL")
      if (OGRLayer* set = ds.ExecuteSQL("SET default_transaction_read_only = on", nullptr, nullptr))
        ds.ReleaseResultSet(set);
    result_ = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (result_) layers_.push_back(result_);
  }
  ~SourceLayers() {
    if (result_) ds_.ReleaseResultSet(result_);
  }
  SourceLayers(const SourceLayers&) = delete;
  SourceLayers& operator=(const SourceLayers&) = delete;

  const std::vector<OGRLayer*>& layers() const { return layers_; }
  bool failed(const std::string& sql) const { return !sql.empty() && !result_; }

 private:
  GDALDataset& ds_;
  OGRLayer* result_ = nullptr;
  std::vector<OGRLayer*> layers_;
};

// The number of features in the layers when GDAL knows it without reading them all (a
// GeoPackage's table of contents, PostgreSQL's count, a GeoJSON file already parsed); -1 when
// it does not (a CSV file would be read twice).
long long cheap_feature_count(const std::vector<OGRLayer*>& layers) {
  long long total = 0;
  for (OGRLayer* layer : layers) {
    const GIntBig n = layer->TestCapability(OLCFastFeatureCount) ? layer->GetFeatureCount() : -1;
    if (n < 0) return -1;
    total += n;
  }
  return total;
}

// Tells options.progress how far the load of one source has come, and remembers whether it
// asked to stop.
class ProgressReporter {
 public:
  ProgressReporter(const LoadOptions& options, const std::string& source, long long total)
      : callback_(options.progress) {
    progress_.source = source;
    progress_.source_count = 1;
    progress_.features_total = total;
  }
  // At the start (0 read), every kProgressEvery features, and at the end. False: stop.
  bool report(long long read, bool at_end = false) {
    if (!callback_ || stopped_) return !stopped_;
    if (!at_end && read != 0 && read % kProgressEvery != 0) return true;
    progress_.features_read = read;
    if (!callback_(progress_)) stopped_ = !at_end;  // at the end, nothing is left to stop
    return !stopped_;
  }
  bool stopped() const { return stopped_; }
  long long total() const { return progress_.features_total; }

 private:
  const std::function<bool(const LoadProgress&)>& callback_;
  LoadProgress progress_;
  bool stopped_ = false;
};

// "layer 'x': " where a source has several layers, for a message about one of them.
std::string in_layer_name(OGRLayer& layer, bool many) {
  return many ? std::string("layer '") + layer.GetName() + "': " : std::string();
}

bool has_member(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

void load_file(const std::string& input, const Projection& projection, Atlas& atlas,
               std::vector<Diagnostic>& diagnostics, const LoadOptions& options) {
  MaskSecretOnExit mask(input, diagnostics);
  // What messages and features name: the source without its password.
  const std::string path = mask_password(input);
  register_gdal_once();
  const Sniffed sniffed = sniff(input, diagnostics);
  if (!sniffed.readable) return;
  for (const std::string& note : sniffed.notes)
    diagnostics.push_back({Severity::Warning, path, "", "", note});
  CapturedErrors errors;
  // GeoJSON would turn "1918-05-27" into a date field; EDTF needs the text as written. Its
  // native data (each feature's JSON) tells the mapper what JSON type each property had; it
  // costs a fifth more time and memory, which a file of tens of megabytes (a detailed border,
  // not hand-written data) is spared: its properties are checked by their OGR types alone.
  // Linked Places Format says its dates and names outside "properties": its features' JSON is
  // read whatever the file's size.
  const bool linked_places = sniffed.json && looks_like_linked_places(sniffed.head);
  const bool want_native = sniffed.size <= kMaxNativeDataBytes || linked_places;
  const char* const geojson_options[] = {"DATE_AS_STRING=YES",
                                         want_native ? "NATIVE_DATA=YES" : nullptr, nullptr};
  // A table of rows: longitude/latitude columns (any letter case) or a WKT column make the
  // geometry, and are not kept as attributes; dates stay text (AUTODETECT_TYPE is off); an empty
  // cell is no value, not an empty text.
  const char* const csv_options[] = {"X_POSSIBLE_NAMES=lon,long,lng,longitude,x",
                                     "Y_POSSIBLE_NAMES=lat,latitude,y",
                                     "GEOM_POSSIBLE_NAMES=wkt,geom,geometry,the_geom,geo_wkt",
                                     "KEEP_GEOM_COLUMNS=NO",
                                     "EMPTY_STRING_AS_NULL=YES",
                                     nullptr};
  GDALDriverH driver = GDALIdentifyDriver(input.c_str(), nullptr);
  const std::string driver_name = driver ? GDALGetDriverShortName(driver) : "";
  const bool is_geojson = driver_name == "GeoJSON";
  const bool is_kml = driver_name == "LIBKML" || driver_name == "KML";
  const char* const* open_options = is_geojson             ? geojson_options
                                    : driver_name == "CSV" ? csv_options
                                                           : nullptr;
  std::unique_ptr<GDALDataset> ds(GDALDataset::Open(
      with_connect_timeout(input).c_str(),
      GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr, open_options, nullptr));
  if (!ds) {
    std::string why = join(errors.take());
    if (input.rfind("PG:", 0) == 0) why = server_message(why);
    diagnostics.push_back({Severity::Error, path, "", "", open_failure(why, sniffed)});
    return;
  }
  // GeoJSON reads the file once at opening and again feature by feature; what it says at
  // opening and again for a feature is said once, for the feature.
  std::vector<std::string> file_messages = errors.take();
  const auto said_for_feature = [&](const std::string& m) {
    if (const auto it = std::find(file_messages.begin(), file_messages.end(), m);
        it != file_messages.end())
      file_messages.erase(it);
  };
  const auto said_for_file = [&](std::vector<std::string> ms) {
    for (std::string& m : ms)
      if (std::find(file_messages.begin(), file_messages.end(), m) == file_messages.end())
        file_messages.push_back(std::move(m));
  };

  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

  // KML's times as written, matched to GDAL's placemarks by name in document order.
  std::vector<KmlTime> kml_times;
  std::size_t kml_next = 0;  // where the next placemark is looked for
  if (is_kml && sniffed.size <= kMaxNativeDataBytes * 4) kml_times = read_kml_times(input);

  Triangulator triangulator;
  double triangulation_left = kTriangulationBudget;
  long long read = 0;  // features GDAL gave, loaded or not
  const SourceLayers layers(*ds, options.sql);
  if (layers.failed(options.sql)) {
    const std::string why = server_message(join(errors.take()));
    diagnostics.push_back({Severity::Error, path, "", "sql",
                           "the query failed: " + (why.empty() ? "GDAL gave no result" : why)});
    return;
  }
  // A query's result is not counted: PostgreSQL would run the query twice.
  const long long total = options.sql.empty() ? cheap_feature_count(layers.layers()) : -1;
  // Room for a large source's features at once: each doubling of the vector is a moment with
  // two copies of it (a million features are 650 MiB of Feature alone).
  if (total > 0 &&
      atlas.features.size() + static_cast<std::size_t>(total) > atlas.features.capacity())
    atlas.features.reserve(std::max(atlas.features.size() + static_cast<std::size_t>(total),
                                    atlas.features.capacity() * 3 / 2));
  ProgressReporter progress(options, path, total);
  progress.report(0);
  for (OGRLayer* layer : layers.layers()) {
    if (progress.stopped()) break;
    const bool many_layers = layers.layers().size() > 1;
    // A table without coordinates (a CSV with no lon/lat or WKT column) is said once, not
    // once for each of its rows.
    if (layer->GetLayerDefn()->GetGeomFieldCount() == 0) {
      read += layer->GetFeatureCount(TRUE) > 0 ? 1 : 0;
      diagnostics.push_back(
          {Severity::Error, path, "", "geometry",
           in_layer_name(*layer, many_layers) +
               "has no geometry: a table needs longitude and latitude columns (lon/lat, "
               "longitude/latitude, x/y) or a WKT column (wkt, geometry); its rows are not "
               "loaded"});
      continue;
    }
    // The conventions' fields in this layer's names: the user's map, the format's own names
    // (KML's description, TimeSpan and TimeStamp), else guesses, each said once per layer.
    const std::string in_layer = in_layer_name(*layer, many_layers);
    std::vector<std::string> names;
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
      names.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    FieldMap map = options.fields;
    const auto implicit = [&](const char* to, const char* from) {
      if (!map.source_for(to) && !map.constant_for(to) && !has_member(names, to) &&
          has_member(names, from))
        map.entries.emplace_back(to, from);
    };
    if (linked_places) implicit("name", "title");  // LPF's own name for it: not a guess
    if (is_kml) {
      implicit("name", "Name");
      implicit("note", "description");
      implicit("note", "Description");  // GDAL's older KML driver
      implicit("start", "begin");
      implicit("start", "timestamp");
      implicit("end", "timestamp");
    }
    const std::vector<FieldBinding> bindings = resolve_fields(map, names);
    FieldIndexCache field_indexes;  // this layer's: its fields are the same for every feature
    for (const FieldBinding& b : bindings) {
      if (b.guessed) {
        diagnostics.push_back({Severity::Note, path, "", b.field,
                               in_layer + b.field + " is read from '" + b.source +
                                   "' (guessed; --field " + b.field + "=... to choose another)"});
      } else if (!b.is_constant && !has_member(names, b.source)) {
        diagnostics.push_back({Severity::Warning, path, "", b.field,
                               in_layer + "--field " + b.field + "=" + b.source +
                                   ": the layer has no field '" + b.source + "'"});
      }
    }
    // KML's own times, unless the user chose a field or the layer has a start of its own (its
    // "end" field is LIBKML's TimeSpan end, read here as written; a placemark without a
    // TimeSpan keeps the field's value).
    const auto kml_time_for = [&](std::string_view field) {
      return is_kml && !options.fields.source_for(field) && !options.fields.constant_for(field) &&
             (field == "end" || !has_member(names, field));
    };
    const bool kml_start = kml_time_for("start"), kml_end = kml_time_for("end");
    // A field that no feature has is said once for the layer, not for each of its features.
    std::vector<std::string> absent;
    const auto bound = [&](std::string_view field) {
      return has_member(names, field) ||
             std::any_of(bindings.begin(), bindings.end(),
                         [&](const FieldBinding& b) { return b.field == field; });
    };
    if (!linked_places) {
      const long long count = layer->GetFeatureCount(FALSE);
      const std::string all =
          count > 0 ? "all " + std::to_string(count) + " features" : "every feature";
      if (!is_geojson && !bound("id")) {
        absent.emplace_back("id");
        diagnostics.push_back({Severity::Warning, path, "", "id",
                               in_layer + "no field 'id'; " + all +
                                   " are named by file and number (--field id=COLUMN)"});
      }
      if (!bound("kind")) {
        absent.emplace_back("kind");
        diagnostics.push_back({Severity::Warning, path, "", "kind",
                               in_layer + "no field 'kind'; " + all +
                                   " are drawn as plain features (--field kind=COLUMN, or "
                                   "--field kind=\"event\" for one kind for all)"});
      } else if (!bound("sources")) {
        absent.emplace_back("sources");
        diagnostics.push_back({Severity::Warning, path, "", "sources",
                               in_layer + "no field 'sources'; " + all +
                                   " have no citation (--field sources=COLUMN)"});
      }
    }
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
      said_for_file(errors.take());
      std::unique_ptr<OGRFeature> src(layer->GetNextFeature());
      std::vector<std::string> read_messages = errors.take();
      // A read error part-way through (e.g. truncated file) belongs to the file.
      if (!src) {
        said_for_file(std::move(read_messages));
        break;
      }
      // Asked before this feature is counted: when the answer is stop, it is not read.
      if (read > 0 && !progress.report(read)) break;
      ++read;
      for (const std::string& m : read_messages) said_for_feature(m);
      const long long this_index = index++;
      if (to_wgs84 && src->GetGeometryRef()) {
        if (src->GetGeometryRef()->transform(to_wgs84.get()) != OGRERR_NONE) {
          diagnostics.push_back({Severity::Error, path, "#" + std::to_string(this_index),
                                 "geometry", "cannot be transformed to WGS 84"});
          continue;
        }
      }
      // Arcs become line strings before anything measures or densifies them.
      if (const OGRGeometry* g = src->GetGeometryRef(); g && g->hasCurveGeometry())
        src->SetGeometryDirectly(g->getLinearGeometry());
      FeatureSource source;
      if (const char* native = src->GetNativeData()) source.json = native;
      source.read_problem = join(read_messages);
      source.bindings = &bindings;
      source.field_indexes = &field_indexes;
      source.absent_in_layer = &absent;
      source.linked_places = linked_places;
      if (!kml_times.empty() && (kml_start || kml_end)) {
        const int name_field = src->GetFieldIndex("Name");
        const std::string name = name_field >= 0 && src->IsFieldSetAndNotNull(name_field)
                                     ? src->GetFieldAsString(name_field)
                                     : "";
        // Placemarks come in document order: look on from the last one matched, then wrap.
        const auto same = [&](const KmlTime& t) { return !t.used && t.name == name; };
        auto it = std::find_if(kml_times.begin() + static_cast<std::ptrdiff_t>(kml_next),
                               kml_times.end(), same);
        if (it == kml_times.end()) it = std::find_if(kml_times.begin(), kml_times.end(), same);
        if (it != kml_times.end()) {
          it->used = true;
          kml_next = static_cast<std::size_t>(it - kml_times.begin()) + 1;
          // A TimeStamp is an instant: it starts and ends the feature.
          const std::string& start = it->when.empty() ? it->begin : it->when;
          const std::string& end = it->when.empty() ? it->end : it->when;
          if (kml_start && !start.empty()) source.values.emplace_back("start", json_quote(start));
          if (kml_end && !end.empty()) source.values.emplace_back("end", json_quote(end));
        }
      }
      Feature f;
      if (!map_feature(*src, path, this_index, f, diagnostics, source)) continue;
      if (f.geometry == GeometryType::Polygon &&
          !prepare_polygon(*src, f, path, triangulator, diagnostics))
        continue;
      if (f.geometry == GeometryType::Line && f.times.empty() && f.kind != Kind::Railway)
        split_at_antimeridian(f);
      bool projected = true;
      for (auto& part : f.parts) projected = projected && projection.forward(part);
      if (!projected) {
        diagnostics.push_back({Severity::Error, path, "'" + f.id + "'", "geometry",
                               "lies where the map projection is undefined"});
        continue;
      }
      // Triangles spare the renderer its even-odd stencil fill (every pixel drawn once), which
      // counts where a polygon is drawn every frame: a dated area, which fades with time. An
      // undated one is drawn into the cached ground, again only when the view moves; there
      // the stencil is cheap enough, and skipping GEOS keeps a large file's load near GDAL's
      // own read. The base map's land is redrawn with every pan, so it is triangulated too.
      const bool every_frame = f.start || f.end || !f.times.empty();
      const auto n = static_cast<double>(vertex_count(f));
      if (f.geometry == GeometryType::Polygon && (every_frame || f.kind == Kind::Land) &&
          vertex_count(f) <= kMaxTriangulatedVertices && n * n <= triangulation_left) {
        triangulation_left -= n * n;
        triangulator.triangulate(f);
      }
      atlas.features.push_back(std::move(f));
    }
  }
  said_for_file(errors.take());
  if (!file_messages.empty())
    diagnostics.push_back({Severity::Warning, path, "", "", "GDAL: " + join(file_messages)});
  if (progress.stopped()) {
    diagnostics.push_back(
        {Severity::Warning, path, "", "",
         "the load was stopped after " + std::to_string(read) +
             (progress.total() >= 0 ? " of " + std::to_string(progress.total()) : "") +
             " features; the rest was not read"});
    return;
  }
  progress.report(read, true);
  // An empty "features" list, or one of nulls, is valid JSON but no data: not "clean".
  if (read == 0 && !options.sql.empty())
    diagnostics.push_back({Severity::Warning, path, "", "sql", "the query gave no features"});
  else if (read == 0)
    diagnostics.push_back({Severity::Warning, path, "", "", "the file has no features"});
}

Atlas load_atlas(const std::vector<std::string>& inputs, const Projection& projection,
                 std::vector<Diagnostic>& diagnostics, LoadReport* report,
                 const LoadOptions& options) {
  Atlas atlas;
  const std::vector<std::string> sources =
      expand_inputs(inputs, diagnostics, report ? &report->skipped : nullptr);
  // Each source's progress is numbered among all of them; a stop ends the whole load.
  bool stopped = false;
  LoadOptions each = options;
  std::size_t index = 0;
  if (options.progress)
    each.progress = [&](const LoadProgress& p) {
      LoadProgress q = p;
      q.source_index = index;
      q.source_count = sources.size();
      stopped = !options.progress(q);
      return !stopped;
    };
  for (; index < sources.size(); ++index) {
    const std::string& file = sources[index];
    if (stopped) {
      diagnostics.push_back({Severity::Warning, mask_password(file), "", "",
                             "not read: the load was stopped before it"});
      continue;
    }
    const std::size_t before = atlas.features.size();
    load_file(file, projection, atlas, diagnostics, each);
    if (report) report->files.push_back({mask_password(file), atlas.features.size() - before});
  }
  atlas.link(diagnostics,
             [&](std::vector<GeoPoint>& points) { return projection.forward(points); });
  // Linking drops duplicates and features it cannot link: count what is on the map.
  if (report) {
    for (CheckedFile& cf : report->files)
      cf.features = static_cast<std::size_t>(
          std::count_if(atlas.features.begin(), atlas.features.end(),
                        [&](const Feature& f) { return f.file == cf.path; }));
  }
  return atlas;
}

}  // namespace histmap
