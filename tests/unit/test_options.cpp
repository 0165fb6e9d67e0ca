// Unit tests: the command line (app/options.h).
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "app/atlas_session.h"
#include "app/options.h"
#include "core/date.h"

namespace histmap {
namespace {

ParseResult parse(std::vector<std::string> args) {
  return parse_options(args);
}

// Parses arguments that must be accepted.
Options parse_ok(std::vector<std::string> args) {
  const ParseResult r = parse_options(args);
  INFO("error: " << r.error);
  REQUIRE(r.error.empty());
  return r.options;
}

}  // namespace

TEST_CASE("options: no arguments gives the defaults", "[options]") {
  const ParseResult r = parse({});
  CHECK(r.error.empty());
  const Options& o = r.options;
  CHECK_FALSE(o.help);
  CHECK_FALSE(o.version);
  CHECK_FALSE(o.quiet);
  CHECK(o.render_path.empty());
  CHECK_FALSE(o.date.has_value());
  CHECK_FALSE(o.width.has_value());
  CHECK_FALSE(o.height.has_value());
  CHECK(o.language == Language::En);
  CHECK(o.date_display == DateDisplay::Auto);
  CHECK(o.projection.empty());
  CHECK(o.data.empty());
}

TEST_CASE("options: render a date at a size", "[options]") {
  const Options o = parse_ok({"--render", "x.png", "--date", "1918-05-27", "--size", "1920x1080"});
  CHECK(o.render_path == "x.png");
  REQUIRE(o.date.has_value());
  CHECK(*o.date == -18847);
  CHECK(*o.date == to_day_number(CivilDate{1918, 5, 27}));
  REQUIRE(o.width.has_value());
  REQUIRE(o.height.has_value());
  CHECK(*o.width == 1920);
  CHECK(*o.height == 1080);
  CHECK(o.data.empty());
}

TEST_CASE("options: values after '='", "[options]") {
  const Options o = parse_ok({"--date=1918-05-27", "--render=out/frame.png", "--size=320x180",
                              "--lang=ru", "--dates=os", "--projection=+proj=merc +lon_0=60"});
  REQUIRE(o.date.has_value());
  CHECK(*o.date == to_day_number(CivilDate{1918, 5, 27}));
  CHECK(o.render_path == "out/frame.png");
  CHECK(o.width == 320);
  CHECK(o.height == 180);
  CHECK(o.language == Language::Ru);
  CHECK(o.date_display == DateDisplay::OldStyle);
  // Only the first '=' separates the name from the value.
  CHECK(o.projection == "+proj=merc +lon_0=60");
}

TEST_CASE("options: --lang", "[options]") {
  CHECK(parse_ok({"--lang", "kk"}).language == Language::Kk);
  CHECK(parse_ok({"--lang", "ru"}).language == Language::Ru);
  CHECK(parse_ok({"--lang", "cs"}).language == Language::Cs);
  CHECK(parse_ok({"--lang", "en"}).language == Language::En);
  CHECK(parse_ok({"--lang", "cs", "--lang", "kk"}).language ==
        Language::Kk);  // the last one counts
}

TEST_CASE("options: --dates", "[options]") {
  CHECK(parse_ok({"--dates", "both"}).date_display == DateDisplay::Both);
  CHECK(parse_ok({"--dates", "ns"}).date_display == DateDisplay::NewStyle);
  CHECK(parse_ok({"--dates", "os"}).date_display == DateDisplay::OldStyle);
  CHECK(parse_ok({"--dates", "both", "--dates", "auto"}).date_display == DateDisplay::Auto);
}

TEST_CASE("options: flags", "[options]") {
  CHECK(parse_ok({"--help"}).help);
  CHECK(parse_ok({"-h"}).help);
  CHECK(parse_ok({"--version"}).version);
  CHECK(parse_ok({"--quiet"}).quiet);
  const Options o = parse_ok({"--quiet", "--help"});
  CHECK(o.quiet);
  CHECK(o.help);
  CHECK_FALSE(o.version);
}

TEST_CASE("options: positional arguments are data paths, in order", "[options]") {
  const Options o = parse_ok({"rails.geojson", "--lang", "kk", "units/", "more data.gpkg"});
  REQUIRE(o.data.size() == 3);
  CHECK(o.data[0] == "rails.geojson");
  CHECK(o.data[1] == "units/");
  CHECK(o.data[2] == "more data.gpkg");
  CHECK(o.language == Language::Kk);
}

TEST_CASE("options: a lone '-' is a path, not an option", "[options]") {
  const Options o = parse_ok({"-"});
  REQUIRE(o.data.size() == 1);
  CHECK(o.data[0] == "-");
}

TEST_CASE("options: --size limits", "[options]") {
  CHECK(parse_ok({"--size", "16x16"}).width == 16);
  CHECK(parse_ok({"--size", "8192x8192"}).height == 8192);
  CHECK_FALSE(parse({"--size", "15x100"}).error.empty());
  CHECK_FALSE(parse({"--size", "100x16385"}).error.empty());
}

TEST_CASE("options: errors", "[options]") {
  struct Case {
    std::vector<std::string> args;
    const char* mention;  // what the message must name
  };
  const Case c = GENERATE(
      Case{{"--no-such-option"}, "--no-such-option"}, Case{{"-x"}, "-x"},
      Case{{"--bogus=1"}, "--bogus"}, Case{{"--render"}, "--render"}, Case{{"--date"}, "--date"},
      Case{{"--size"}, "--size"}, Case{{"--lang"}, "--lang"}, Case{{"--dates"}, "--dates"},
      Case{{"--projection"}, "--projection"}, Case{{"--render", "x.png", "--date"}, "--date"},
      Case{{"--render="}, "--render"}, Case{{"--size", "0x10"}, "0x10"},
      Case{{"--size", "abc"}, "abc"}, Case{{"--size", "100x"}, "100x"},
      Case{{"--size", "x100"}, "x100"}, Case{{"--size", "-100x100"}, "-100x100"},
      Case{{"--size", "100x100x3"}, "100x100x3"}, Case{{"--size", "100X100"}, "100X100"},
      Case{{"--size", "1e3x100"}, "1e3x100"},
      Case{{"--size", "99999999999x100"}, "99999999999x100"}, Case{{"--size=0x10"}, "0x10"},
      Case{{"--date", "1918-02-30"}, "1918-02-30"}, Case{{"--date", "yesterday"}, "yesterday"},
      Case{{"--date", "1918-05-25/1918-05-27"}, "1918-05-25/1918-05-27"},
      Case{{"--date", "1918-05/.."}, "1918-05/.."}, Case{{"--date", ""}, "--date"},
      Case{{"--date=27.05.1918"}, "27.05.1918"}, Case{{"--lang", "de"}, "de"},
      Case{{"--lang", "KK"}, "KK"}, Case{{"--dates", "new"}, "new"});
  const ParseResult r = parse(c.args);
  INFO("args: " << c.args.size() << " first: " << c.args.front() << " error: " << r.error);
  CHECK_FALSE(r.error.empty());
  CHECK(r.error.find(c.mention) != std::string::npos);
}

TEST_CASE("options: a bad --date leaves no date", "[options]") {
  const ParseResult r = parse({"--date", "1918-02-30"});
  CHECK_FALSE(r.error.empty());
  CHECK_FALSE(r.options.date.has_value());
}

TEST_CASE("options: a bad option stops parsing the rest", "[options]") {
  const ParseResult r = parse({"--frobnicate", "--lang", "kk", "data.geojson"});
  CHECK_FALSE(r.error.empty());
  CHECK(r.options.data.empty());
}

TEST_CASE("options: usage text describes every option", "[options]") {
  const std::string u = usage_text();
  for (const char* opt : {"--render", "--date", "--size", "--lang", "--dates", "--projection",
                          "--quiet", "--version", "--help", "--theme", "--select", "--ui"}) {
    INFO(opt);
    CHECK(u.find(opt) != std::string::npos);
  }
}

TEST_CASE("options: theme, selection and panels for a rendered frame", "[options]") {
  const ParseResult r =
      parse({"--render", "x.png", "--theme", "projector", "--select", "unit-a", "--ui"});
  REQUIRE(r.error.empty());
  CHECK(r.options.theme == Theme::HighContrast);
  CHECK(r.options.select == "unit-a");
  CHECK(r.options.ui);
  const ParseResult bad = parse({"--theme", "dark"});
  CHECK(bad.error.find("--theme") != std::string::npos);
  CHECK(parse({}).options.theme == Theme::Default);
}

}  // namespace histmap

namespace histmap {

TEST_CASE("options: stories, kiosk, exports and show control", "[options]") {
  const Options story = parse_ok({"--story", "legion-revolt", "--chapter", "3"});
  CHECK(story.story == "legion-revolt");
  CHECK(story.chapter == 3);
  const Options kiosk = parse_ok({"--kiosk-config", "/etc/histmap/kiosk.ini", "--display", "1"});
  CHECK(kiosk.kiosk);
  CHECK(kiosk.kiosk_config == "/etc/histmap/kiosk.ini");
  CHECK(kiosk.display == 1);
  const Options video = parse_ok({"--export-video", "a.mp4", "--from", "1918-05-14", "--to",
                                  "1918-06-13", "--fps", "25", "--duration", "4", "--scale", "2"});
  CHECK(video.exporting());
  CHECK(*video.to - *video.from == 30);
  CHECK(video.fps == 25);
  CHECK(video.duration == 4);
  CHECK(video.scale == 2);
  CHECK(parse_ok({"--story", "missions", "--export-frames", "dir"}).exporting());
  const Options osc = parse_ok({"--osc-port", "9001", "--osc-send", "10.0.0.2:9002"});
  CHECK(osc.osc_port == 9001);
  CHECK(osc.osc_send == "10.0.0.2:9002");
  CHECK(parse_ok({"--check-story", "a.story", "--check-story", "b.story"}).check_story.size() == 2);
}

TEST_CASE("options: bad combinations of the new options are refused, saying why", "[options]") {
  const auto error = [](std::vector<std::string> args) { return parse_options(args).error; };
  CHECK(error({"--export-video", "a.mp4"}).find("needs --from and --to") != std::string::npos);
  CHECK(error({"--export-video", "a.mp4", "--story", "s", "--from", "1918-01-01"})
            .find("story's own dates") != std::string::npos);
  CHECK(error({"--export-video", "a.mp4", "--from", "1918-02-01", "--to", "1918-01-01"})
            .find("--to is before --from") != std::string::npos);
  CHECK(error({"--from", "1918-01-01"}).find("apply to --export-video") != std::string::npos);
  CHECK(error({"--chapter", "2"}).find("needs --story") != std::string::npos);
  CHECK(error({"--chapter", "0", "--story", "s"}).find("not a chapter number") !=
        std::string::npos);
  CHECK(error({"--kiosk", "--render", "x.png"}).find("--kiosk opens the window") !=
        std::string::npos);
  CHECK(error({"--scale", "2"}).find("applies to --render") != std::string::npos);
  CHECK(error({"--render", "x.png", "--scale", "9"}).find("from 1 to 8") != std::string::npos);
  CHECK(error({"--render", "x.png", "--size", "8000x4000", "--scale", "4"}).find("over 16384") !=
        std::string::npos);
  CHECK(error({"--fps", "0"}).find("frames from 1 to 120") != std::string::npos);
  CHECK(error({"--osc-port", "70000"}).find("UDP port") != std::string::npos);
  CHECK(error({"--osc-send", "nohost"}).find("HOST:PORT") != std::string::npos);
  CHECK(error({"--render", "x.png", "--export-frames", "d", "--from", "1918-01-01", "--to",
               "1918-01-02"})
            .find("cannot be combined") != std::string::npos);
}

TEST_CASE("options: --sql takes a query for the DATA sources and needs DATA", "[options]") {
  const Options o = parse_ok(
      {"PG:dbname=atlas host=localhost", "--sql", "SELECT * FROM events WHERE kind = 'event'"});
  CHECK(o.sql == "SELECT * FROM events WHERE kind = 'event'");
  REQUIRE(o.data.size() == 1);
  CHECK(o.data[0] == "PG:dbname=atlas host=localhost");
  CHECK(parse_ok({"--sql=SELECT 1", "a.gpkg"}).sql == "SELECT 1");
  CHECK(parse({"--sql", "SELECT 1"}).error.find("--sql needs DATA") != std::string::npos);
  CHECK(parse({"a.gpkg", "--sql", "  "}).error.find("--sql needs a query") != std::string::npos);
  CHECK(parse({"a.gpkg", "--sql"}).error == "option --sql needs a value");
  CHECK(usage_text().find("--sql QUERY") != std::string::npos);
}

}  // namespace histmap

namespace histmap {

TEST_CASE("options: --field maps the conventions' fields and --fields names a file", "[options]") {
  const Options o = parse_ok({"--field", "start=date_from", "--field=end=date_to", "--field",
                              "kind=\"event\"", "--fields", "map.txt", "data.csv"});
  REQUIRE(o.fields.source_for("start"));
  CHECK(*o.fields.source_for("start") == "date_from");
  REQUIRE(o.fields.source_for("end"));
  CHECK(*o.fields.source_for("end") == "date_to");
  REQUIRE(o.fields.constant_for("kind"));
  CHECK(*o.fields.constant_for("kind") == "event");
  CHECK(o.fields_file == "map.txt");
  CHECK(o.data == std::vector<std::string>{"data.csv"});
}

TEST_CASE("options: --field refuses what is not TO=FROM or not a conventions' field", "[options]") {
  CHECK(parse({"--field", "start"}).error.find("is not TO=FROM") != std::string::npos);
  const ParseResult bad = parse({"--field", "begin=date_from"});
  CHECK(bad.error.find("'begin' is not a field of the data conventions") != std::string::npos);
  CHECK(bad.error.find("start") != std::string::npos);  // the list of the ones there are
  CHECK(parse({"--field", "start="}).error.find("needs the name of a field") != std::string::npos);
  CHECK_FALSE(parse({"--fields="}).error.empty());
  CHECK(parse({"--field"}).error == "option --field needs a value");
}

}  // namespace histmap

namespace histmap {

TEST_CASE("options: the --fields file is read, and --field wins over it", "[options]") {
  const std::string path =
      (std::filesystem::temp_directory_path() / "histmap-test-fields.txt").string();
  std::ofstream(path) << "# a register\nstart = date_from\nend = date_to\nkind = \"event\"\n";
  Options o = parse_ok({"--fields", path, "--field", "start=year", "data.csv"});
  std::string error;
  const auto map = field_map_for(o, error);
  REQUIRE(map);
  CHECK(error.empty());
  CHECK(*map->source_for("start") == "year");
  CHECK(*map->source_for("end") == "date_to");
  CHECK(*map->constant_for("kind") == "event");

  std::ofstream(path) << "start = date_from\nbegin = x\n";
  CHECK_FALSE(field_map_for(o, error));
  CHECK(error.find("line 2: 'begin' is not a field of the data conventions") != std::string::npos);
  std::remove(path.c_str());
  CHECK_FALSE(field_map_for(o, error));
  CHECK(error.find("--fields: cannot read") == 0);
}

TEST_CASE("options: --measure takes two places, the data exports a file, and they stand alone",
          "[options]") {
  const Options m = parse_ok({"--measure", "st-penza", "131.88,43.11"});
  CHECK(m.measure == std::vector<std::string>{"st-penza", "131.88,43.11"});
  CHECK(parse_ok({"--render", "m.png", "--measure", "a", "b"}).measure.size() == 2);
  CHECK(parse({"--measure", "st-penza"}).error.find("two places") != std::string::npos);
  const Options e =
      parse_ok({"--export-geojson", "v.geojson", "--export-csv", "v.csv", "--date", "1918-05-27"});
  CHECK(e.export_geojson == "v.geojson");
  CHECK(e.export_csv == "v.csv");
  CHECK(e.exporting_data());
  CHECK_FALSE(e.exporting());  // not a video: --from/--to are not asked for
  CHECK_FALSE(parse({"--export-csv", ""}).error.empty());
  CHECK_FALSE(parse({"--export-geojson", "v.geojson", "--render", "x.png"}).error.empty());
  CHECK_FALSE(parse({"--export-geojson", "v.geojson", "--check"}).error.empty());
  CHECK_FALSE(parse({"--measure", "a", "b", "--check"}).error.empty());
  CHECK_FALSE(parse({"--kiosk", "--export-csv", "v.csv"}).error.empty());
}

}  // namespace histmap
