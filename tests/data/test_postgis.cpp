// The loader against a real PostgreSQL + PostGIS server: tests/data/postgis_test.sh starts one
// (tools/pg_sandbox.sh), loads tests/data/fixtures/postgis/campaign.sql and runs these with the
// connection in HISTMAP_PG. Tables chosen with tables=, a query with LoadOptions::sql, the
// dates, calendars, sources and positions that arrive, a load stopped part-way, and what a
// user is told about a bad connection or a bad query.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "data/loader.h"

using namespace histmap;

namespace {

const Projection& projection() {
  static std::string error;
  static const auto p = Projection::create(kDefaultProjection, error);
  return *p;
}

std::string connection() {
  const char* pg = std::getenv("HISTMAP_PG");
  if (!pg || !*pg) FAIL("HISTMAP_PG is not set: run through tests/data/postgis_test.sh");
  return pg;
}

struct Loaded {
  Atlas atlas;
  std::vector<Diagnostic> diags;
  LoadReport report;
  const Feature& get(const std::string& id) const {
    const Feature* f = atlas.find(id);
    INFO("feature " << id);
    REQUIRE(f != nullptr);
    return *f;
  }
  std::string all() const {
    std::string s;
    for (const Diagnostic& d : diags) s += d.to_string() + "\n";
    return s;
  }
  std::size_t errors() const {
    return static_cast<std::size_t>(
        std::count_if(diags.begin(), diags.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::Error; }));
  }
};

Loaded load(const std::string& source, const LoadOptions& options = {}) {
  Loaded l;
  l.atlas = load_atlas({source}, projection(), l.diags, &l.report, options);
  return l;
}

DayNumber day(int y, int m, int d, Calendar cal = Calendar::Gregorian) {
  return to_day_number({y, m, d}, cal);
}

}  // namespace

TEST_CASE("postgis: tables= chooses the tables, and dates, calendars, sources and positions arrive",
          "[postgis]") {
  const std::string source = connection() + " tables=campaign,railways,stations_3857";
  const Loaded l = load(source);
  INFO(l.all());
  CHECK(l.errors() == 0);
  CHECK(l.atlas.features.size() == 6);
  CHECK(l.atlas.find("st-elsewhere") == nullptr);  // in a table not named
  REQUIRE(l.report.files.size() == 1);
  CHECK(l.report.files[0].path == source);
  CHECK(l.report.files[0].features == 6);

  // A day of EDTF text, and the DATE column "end".
  const Feature& chel = l.get("ev-chelyabinsk");
  CHECK(chel.kind == Kind::Event);
  CHECK(chel.name == "Chelyabinsk incident");
  CHECK(chel.file == source);
  REQUIRE(chel.start);
  CHECK(chel.start->earliest == day(1918, 5, 14));
  CHECK(chel.start->latest == day(1918, 5, 14));
  CHECK(chel.start->precision == Precision::Day);
  REQUIRE(chel.end);
  CHECK(chel.end->earliest == day(1918, 5, 14));
  CHECK(chel.sources == std::vector<std::string>{"Bradley 1991: 78", "Klevanskii 1965: 189"});
  REQUIRE(chel.parts.size() == 1);
  REQUIRE(chel.parts[0].size() == 1);
  CHECK(chel.parts[0][0].lon == Approx(61.40));
  CHECK(chel.parts[0][0].lat == Approx(55.16));

  // An EDTF interval, no end (a NULL DATE), an affiliation.
  const Feature& revolt = l.get("ev-revolt");
  REQUIRE(revolt.start);
  CHECK(revolt.start->is_interval);
  CHECK(revolt.start->earliest == day(1918, 5, 25));
  CHECK(revolt.start->latest == day(1918, 5, 27));
  CHECK_FALSE(revolt.end);
  CHECK(revolt.affiliation == "czechoslovak");

  // A month: the range of its days, month precision.
  const Feature& div = l.get("unit-1div");
  CHECK(div.kind == Kind::Unit);
  REQUIRE(div.start);
  CHECK(div.start->precision == Precision::Month);
  CHECK(div.start->earliest == day(1918, 5, 1));
  CHECK(div.start->latest == day(1918, 5, 31));
  REQUIRE(div.end);
  CHECK(div.end->earliest == day(1918, 9, 30));

  // Old Style dates, text and DATE alike: 18 January 1918 (Julian) is 31 January New Style.
  const Feature& oren = l.get("ev-orenburg");
  CHECK(oren.calendar == Calendar::Julian);
  REQUIRE(oren.start);
  CHECK(oren.start->earliest == day(1918, 1, 31));
  CHECK(oren.start->earliest == day(1918, 1, 18, Calendar::Julian));
  CHECK(oren.start->calendar == Calendar::Julian);
  REQUIRE(oren.end);
  CHECK(oren.end->earliest == day(1918, 1, 31));
  CHECK(oren.sources == std::vector<std::string>{"Saryarqa, 1918, №63: 1"});

  // The LineString table.
  const Feature& rail = l.get("rw-samara-ufa");
  CHECK(rail.kind == Kind::Railway);
  CHECK(rail.geometry == GeometryType::Line);
  REQUIRE(rail.parts.size() == 1);
  REQUIRE(rail.parts[0].size() == 3);
  CHECK(rail.parts[0][2].lon == Approx(55.97));
  CHECK(rail.parts[0][2].lat == Approx(54.74));
  CHECK(rail.name == "Samara–Ufa");

  // Stored in Web Mercator, reprojected to longitude/latitude.
  const Feature& omsk = l.get("st-omsk");
  REQUIRE(omsk.parts.size() == 1);
  CHECK(omsk.parts[0][0].lon == Approx(73.37).margin(1e-6));
  CHECK(omsk.parts[0][0].lat == Approx(54.98).margin(1e-6));
  CHECK(omsk.parts[0][0].x != 0);  // projected for the map
}

TEST_CASE("postgis: --sql reads the query's result instead of the tables", "[postgis]") {
  LoadOptions options;
  options.sql =
      "SELECT id, kind, name, start, \"end\", calendar, sources, geom FROM campaign "
      "WHERE kind = 'event' AND start >= '1918-05' ORDER BY id";
  const Loaded l = load(connection(), options);
  INFO(l.all());
  CHECK(l.errors() == 0);
  REQUIRE(l.atlas.features.size() == 2);
  CHECK(l.atlas.features[0].id == "ev-chelyabinsk");
  CHECK(l.atlas.features[1].id == "ev-revolt");
  REQUIRE(l.atlas.features[1].start);
  CHECK(l.atlas.features[1].start->latest == day(1918, 5, 27));
  CHECK(l.atlas.features[0].sources.size() == 2);
  CHECK(l.atlas.features[0].parts[0][0].lon == Approx(61.40));

  // A query that matches nothing says so.
  options.sql = "SELECT * FROM campaign WHERE kind = 'nothing'";
  const Loaded none = load(connection(), options);
  INFO(none.all());
  CHECK(none.atlas.features.empty());
  CHECK(std::any_of(none.diags.begin(), none.diags.end(), [](const Diagnostic& d) {
    return d.field == "sql" && d.message == "the query gave no features";
  }));
}

TEST_CASE("postgis: a bad query is an error naming the source and what the server said",
          "[postgis]") {
  LoadOptions options;
  options.sql = "SELECT * FROM no_such_table";
  const Loaded l = load(connection(), options);
  INFO(l.all());
  CHECK(l.atlas.features.empty());
  REQUIRE(l.errors() == 1);
  const Diagnostic& d = l.diags[0];
  CHECK(d.file == connection());
  CHECK(d.field == "sql");
  CHECK(d.message.find("the query failed") == 0);
  CHECK(d.message.find("no_such_table") != std::string::npos);

  // histmap only reads: a statement that would change the database is refused by the server.
  options.sql = "DELETE FROM campaign";
  const Loaded del = load(connection(), options);
  INFO(del.all());
  CHECK(del.errors() == 1);
  CHECK(del.all().find("read-only") != std::string::npos);
  CHECK(load(connection() + " tables=campaign").atlas.features.size() == 4);
}

TEST_CASE("postgis: a bad connection is an error naming it, with its password masked",
          "[postgis]") {
  // Port 1 on loopback: nothing listens there.
  const std::string source =
      "PG:dbname=histmap host=127.0.0.1 port=1 user=histmap password=hunter2secret";
  const Loaded l = load(source);
  INFO(l.all());
  CHECK(l.atlas.features.empty());
  REQUIRE(l.errors() >= 1);
  CHECK(l.diags[0].file == "PG:dbname=histmap host=127.0.0.1 port=1 user=histmap password=***");
  CHECK(l.diags[0].message.find("cannot be opened") == 0);
  CHECK(l.all().find("hunter2secret") == std::string::npos);
  REQUIRE(l.report.files.size() == 1);
  CHECK(l.report.files[0].path.find("hunter2secret") == std::string::npos);

  // A database that does not exist on a server that does.
  const Loaded missing = load(connection() + " dbname=no_such_database");
  INFO(missing.all());
  REQUIRE(missing.errors() >= 1);
  CHECK(missing.all().find("no_such_database") != std::string::npos);
}

TEST_CASE("postgis: progress counts the table's features, and stopping keeps what was read",
          "[postgis]") {
  const std::string source = connection() + " tables=many";
  std::vector<LoadProgress> seen;
  LoadOptions options;
  options.progress = [&](const LoadProgress& p) {
    seen.push_back(p);
    return p.features_read < 4096;
  };
  const Loaded l = load(source, options);
  INFO(l.all());
  REQUIRE(seen.size() == 2);  // the start, then 4096 read: stop
  CHECK(seen[0].features_read == 0);
  CHECK(seen[0].features_total == 10000);
  CHECK(seen[0].source == source);
  CHECK(seen[0].source_count == 1);
  CHECK(seen[1].features_read == 4096);
  CHECK(l.atlas.features.size() == 4096);
  CHECK(l.all().find("the load was stopped after 4096 of 10000 features") != std::string::npos);

  // Not stopped: every feature, and the last call says all were read.
  seen.clear();
  options.progress = [&](const LoadProgress& p) {
    seen.push_back(p);
    return true;
  };
  const Loaded all = load(source, options);
  CHECK(all.atlas.features.size() == 10000);
  REQUIRE(seen.size() == 4);  // 0, 4096, 8192, 10000
  CHECK(seen.back().features_read == 10000);
}

TEST_CASE("postgis: a server that never answers is an error after the connection timeout",
          "[postgis]") {
  // A socket that listens on loopback and never speaks: the kernel completes the TCP handshake,
  // then libpq would wait for the server's reply for ever without a connect_timeout.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), len) == 0);
  REQUIRE(listen(fd, 4) == 0);
  REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
  const std::string source =
      "PG:dbname=histmap host=127.0.0.1 port=" + std::to_string(ntohs(addr.sin_port)) +
      " user=histmap";
  // The sandbox sets PGCONNECT_TIMEOUT for its own tools; histmap's default is what is tested.
  const char* env = std::getenv("PGCONNECT_TIMEOUT");
  const std::string saved = env ? env : "";
  unsetenv("PGCONNECT_TIMEOUT");
  const auto t0 = std::chrono::steady_clock::now();
  const Loaded l = load(source);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!saved.empty()) setenv("PGCONNECT_TIMEOUT", saved.c_str(), 1);
  close(fd);
  INFO(l.all());
  CHECK(l.atlas.features.empty());
  REQUIRE(l.errors() == 1);
  CHECK(l.diags[0].file == source);  // the timeout histmap adds is not shown
  CHECK(l.diags[0].message.find("cannot be opened") == 0);
  CHECK(l.diags[0].message.find("timeout") != std::string::npos);
  CHECK(seconds < 60);
}
