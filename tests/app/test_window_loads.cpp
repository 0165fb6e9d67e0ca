// The window's loads (app/window_loads.h, app/load_job.h) without a window: files dropped on it
// arrive as synthetic SDL_DROPFILE events through SDL's queue, are loaded on the
// worker thread and swapped into the session; File → Open's Replace opens data instead; a
// cancelled load changes nothing. Fixtures are written by the tests into a temporary folder.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <SDL.h>

#include "app/atlas_session.h"
#include "app/load_job.h"
#include "app/window_loads.h"

namespace histmap {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() /
           ("histmap-loads-" +
            std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    const fs::path p = path / name;
    std::ofstream(p) << text;
    return p.string();
  }
};

std::string point(const std::string& id, double lon, double lat, const std::string& start,
                  const std::string& end) {
  return R"({"type":"Feature","geometry":{"type":"Point","coordinates":[)" + std::to_string(lon) +
         "," + std::to_string(lat) + R"(]},"properties":{"id":")" + id +
         R"(","kind":"event","name":")" + id + R"(","start":")" + start + R"(","end":")" + end +
         "\"}}";
}

std::string collection(const std::vector<std::string>& features) {
  std::string s = R"({"type":"FeatureCollection","features":[)";
  for (std::size_t k = 0; k < features.size(); ++k) s += (k ? "," : "") + features[k];
  return s + "]}";
}

// SDL's event queue, as the window has it (its events part alone: no display needed).
struct SdlEvents {
  SdlEvents() { REQUIRE(SDL_Init(SDL_INIT_EVENTS) == 0); }
  ~SdlEvents() { SDL_Quit(); }
};

void push_drop(Uint32 type, const std::string& file = {}) {
  SDL_Event e{};
  e.type = type;
  e.drop.file = file.empty() ? nullptr : SDL_strdup(file.c_str());
  REQUIRE(SDL_PushEvent(&e) == 1);
}

// The window's loop in small: events to the drop handler, then the job polled until it is done.
std::optional<LoadResult> pump(WindowLoads& loads, AtlasSession& session) {
  SDL_Event e;
  while (SDL_PollEvent(&e)) handle_drop_event(loads, e, session);
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < give_up) {
    if (auto r = poll_loads(loads, session)) return r;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return std::nullopt;
}

AtlasSession bundled_session() {
  std::string error;
  auto s = load_session(Options{}, error);
  REQUIRE(s);
  REQUIRE(s->bundled);
  return std::move(*s);
}

}  // namespace

TEST_CASE("files dropped together are added as layers to the bundled atlas, an id clash reported") {
  SdlEvents sdl;
  TempDir dir;
  AtlasSession session = bundled_session();
  const std::size_t before = session.atlas.features.size();
  const std::string first_id = session.atlas.features.front().id;
  const std::string clash = session.atlas.features[before / 2].id;
  const std::string a =
      dir.write("a.geojson", collection({point("user-1", 70, 50, "1921-03-01", "1921-03-02"),
                                         point("user-2", 80, 52, "1918-05-27", "1918-06-01")}));
  const std::string b =
      dir.write("b.geojson", collection({point(clash, 75, 51, "1918-06", "1918-07"),
                                         point("user-3", 60, 45, "1916-11-05", "1916-12-01")}));
  WindowLoads loads;
  push_drop(SDL_DROPBEGIN);
  push_drop(SDL_DROPFILE, a);
  push_drop(SDL_DROPFILE, b);
  push_drop(SDL_DROPCOMPLETE);
  const auto r = pump(loads, session);
  REQUIRE(r);
  CHECK_FALSE(r->cancelled);
  CHECK(r->request.add);
  CHECK(r->request.inputs == std::vector<std::string>{a, b});
  // Three new features: the clashing one is dropped, with a message naming file, id and field.
  CHECK(session.atlas.features.size() == before + 3);
  CHECK(session.atlas.index_of("user-1") >= static_cast<std::int32_t>(before));
  CHECK(session.atlas.find("user-3") != nullptr);
  CHECK(session.atlas.features.front().id == first_id);  // the loaded features keep their places
  bool reported = false;
  for (const Diagnostic& d : session.diagnostics)
    if (d.file == b && d.field == "id" && d.message.find("duplicate id") != std::string::npos)
      reported = true;
  CHECK(reported);
  // Still the bundled atlas, its period widened to the new layers' dates.
  CHECK(session.bundled);
  CHECK(session.first_day == to_day_number({1916, 11, 5}));
  CHECK(session.last_day == to_day_number({1921, 3, 2}));
  // The search index came with the atlas, built on the worker.
  std::vector<SearchHit> hits;
  r->index.search("user-2", hits, 5);
  REQUIRE_FALSE(hits.empty());
  CHECK(session.atlas.features[hits.front().feature].id == "user-2");
  // Linked again: scene evaluation finds the new event on its day.
  CHECK(session.atlas.dates.size() == session.atlas.features.size());
}

TEST_CASE("a file dropped without a drop-begin is added at once, a broken one reported by name") {
  SdlEvents sdl;
  TempDir dir;
  AtlasSession session = bundled_session();
  const std::size_t before = session.atlas.features.size();
  const std::string bad = dir.write("broken.geojson", "{\"type\":\"FeatureCollection\",\"feat");
  const std::string good =
      dir.write("good.geojson", collection({point("user-9", 70, 50, "1918-05-27", "1918-05-28")}));
  WindowLoads loads;
  push_drop(SDL_DROPFILE, bad);
  push_drop(SDL_DROPFILE, good);  // queued behind the first
  auto r = pump(loads, session);
  REQUIRE(r);
  CHECK(r->request.inputs == std::vector<std::string>{bad});
  bool named = false;
  for (const Diagnostic& d : r->diagnostics) named = named || d.file == bad;
  CHECK(named);
  CHECK(session.atlas.features.size() == before);
  r = pump(loads, session);  // the queued drop
  REQUIRE(r);
  CHECK(session.atlas.find("user-9") != nullptr);
  CHECK(session.atlas.features.size() == before + 1);
}

TEST_CASE("Open instead replaces the atlas with the data and its own period") {
  TempDir dir;
  AtlasSession session = bundled_session();
  const std::string f =
      dir.write("mine.geojson", collection({point("m-1", 10, 50, "1600-01-01", "1600-02-01"),
                                            point("m-2", 11, 51, "1610-06-01", "1610-06-02")}));
  WindowLoads loads;
  request_load(loads, {{f}, false, {}, {}}, session);
  const auto r = pump(loads, session);
  REQUIRE(r);
  CHECK_FALSE(session.bundled);
  CHECK(session.atlas.features.size() == 2);
  CHECK(session.first_day == to_day_number({1600, 1, 1}));
  CHECK(session.last_day == to_day_number({1610, 6, 2}));
}

TEST_CASE("the Open panel's field names reach the load, the command line's map otherwise") {
  TempDir dir;
  AtlasSession session = bundled_session();
  const std::string csv = dir.write("rows.csv",
                                    "ID,lon,lat,Title,date_from,source\n"
                                    "r1,45.0,53.2,Penza,1918-05-28,[Archive f.1]\n");
  WindowLoads loads;
  // The command line gave none: the panel's kind="event" applies to this load.
  FieldMap panel;
  REQUIRE(add_field_mappings(panel, "kind=\"event\"").empty());
  request_load(loads, {{csv}, true, panel, {}}, session);
  REQUIRE(pump(loads, session));
  const Feature* r1 = session.atlas.find("r1");
  REQUIRE(r1);
  CHECK(r1->kind == Kind::Event);
  CHECK(r1->name == "Penza");  // guessed from Title
  // The bundled atlas keeps its own kinds beside it.
  REQUIRE(session.atlas.find("st-penza"));
  CHECK(session.atlas.find("st-penza")->kind == Kind::Station);
  // A request with no names of its own takes the command line's (WindowLoads::fields).
  const std::string csv2 = dir.write("more.csv",
                                     "ID,lon,lat,Title,date_from,source\n"
                                     "r2,50.1,53.2,Samara,1918-06-08,[Archive f.2]\n");
  REQUIRE(add_field_mappings(loads.fields, "kind=\"place\"").empty());
  request_load(loads, {{csv2}, true, {}, {}}, session);
  REQUIRE(pump(loads, session));
  REQUIRE(session.atlas.find("r2"));
  CHECK(session.atlas.find("r2")->kind == Kind::Place);
}

TEST_CASE("a cancelled load leaves the session as it was") {
  TempDir dir;
  AtlasSession session = bundled_session();
  const std::size_t before = session.atlas.features.size();
  const std::string f =
      dir.write("c.geojson", collection({point("c-1", 70, 50, "1918-05-27", "1918-05-28")}));
  WindowLoads loads;
  request_load(loads, {{f}, true, {}, {}}, session);
  request_load(loads, {{f}, true, {}, {}}, session);  // queued, then forgotten by the cancel
  CHECK(loads.job.busy());
  cancel_loads(loads);
  const auto r = pump(loads, session);
  REQUIRE(r);
  CHECK(r->cancelled);
  CHECK(session.atlas.features.size() == before);
  CHECK_FALSE(loads.job.busy());
  CHECK(loads.queue.empty());
}

TEST_CASE("the load's progress reads as indeterminate until the loader gives a total") {
  LoadStatus s;
  s.source_count = 2;
  CHECK(s.fraction() < 0);
  s.features_total = 100;
  s.features_read = 50;
  s.source_index = 1;
  CHECK(s.fraction() == Approx(0.75));
}

}  // namespace histmap
