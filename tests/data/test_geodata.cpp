// The bundled atlas, held to its own rules: every file passes the same validation as
// `histmap --check`, plus the rules only the bundled data must meet (map region, a citation on
// every feature, events that end, stations on their railways), and every place-bearing item of
// the sources' catalogue (EVENTS.md groups A-D) is on the map or listed, with a reason, in
// geodata/unmapped.txt.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "core/scene.h"
#include "core/validation.h"
#include "data/loader.h"

using namespace histmap;

namespace {

struct Bundled {
  Atlas atlas;
  std::vector<Diagnostic> diags;
};

const Bundled& bundled() {
  static const Bundled b = [] {
    Bundled out;
    std::string error;
    const auto projection = Projection::create(kDefaultProjection, error);
    out.atlas = load_atlas({HISTMAP_GEODATA}, *projection, out.diags);
    validate_atlas(out.atlas, bundled_rules(), out.diags);
    return out;
  }();
  return b;
}

// The loader keeps a list attribute as "A19, D41".
std::vector<std::string> list_attribute(const Feature& f, const std::string& name) {
  std::vector<std::string> out;
  for (const auto& [key, value] : f.attributes) {
    if (key != name) continue;
    std::stringstream ss(value);
    for (std::string item; std::getline(ss, item, ',');) {
      item.erase(0, item.find_first_not_of(' '));
      if (!item.empty()) out.push_back(item);
    }
  }
  return out;
}

// The catalogue's item ids, groups A-D, as EVENTS.md numbers them.
std::set<std::string> catalogue_ids() {
  std::set<std::string> ids;
  for (int i = 1; i <= 40; ++i) ids.insert("A" + std::to_string(i));
  ids.insert("B0a");
  for (int i = 1; i <= 34; ++i) ids.insert("B" + std::to_string(i));
  for (int i = 1; i <= 19; ++i) ids.insert("C" + std::to_string(i));
  for (int i = 1; i <= 56; ++i) ids.insert("D" + std::to_string(i));
  for (char c = 'a'; c <= 'j'; ++c) ids.insert(std::string("D21") + c);
  return ids;
}

}  // namespace

TEST_CASE("the bundled atlas passes every check", "[geodata]") {
  const Bundled& b = bundled();
  for (const Diagnostic& d : b.diags) UNSCOPED_INFO(d.to_string());
  CHECK(b.diags.empty());
  // Something must have been checked: the story's layers are all there.
  std::map<Kind, int> kinds;
  for (const Feature& f : b.atlas.features) ++kinds[f.kind];
  for (Kind k : {Kind::Land, Kind::River, Kind::Lake, Kind::Region, Kind::Railway, Kind::Station,
                 Kind::Place, Kind::Unit, Kind::Movement, Kind::Mission, Kind::Event}) {
    INFO(kind_name(k));
    CHECK(kinds[k] > 0);
  }
}

TEST_CASE("every catalogue item with a place is mapped or listed as unmapped", "[geodata]") {
  const Bundled& b = bundled();
  const std::set<std::string> known = catalogue_ids();
  // Group E (regions and governments) may be named too; only A-D must all be placed.
  std::set<std::string> regions;
  for (int i = 1; i <= 41; ++i) regions.insert("E" + std::to_string(i));
  std::set<std::string> mapped;
  for (const Feature& f : b.atlas.features)
    for (const std::string& id : list_attribute(f, "catalogue")) {
      INFO(f.id << " names catalogue item '" << id << "'");
      CHECK(known.count(id) + regions.count(id) == 1);
      // An item of A-D is something that happened: the feature that shows it has a date.
      if (known.count(id)) CHECK((f.start.has_value() || !f.times.empty()));
      mapped.insert(id);
    }
  std::map<std::string, std::string> unmapped;
  std::ifstream in(std::string(HISTMAP_GEODATA) + "/unmapped.txt");
  REQUIRE(in);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    INFO("unmapped.txt: " << line);
    REQUIRE(tab != std::string::npos);
    const std::string id = line.substr(0, tab), reason = line.substr(tab + 1);
    CHECK(known.count(id) == 1);
    CHECK(reason.size() > 10);
    CHECK(mapped.count(id) == 0);  // listed as unmapped but on the map: one must go
    unmapped[id] = reason;
  }
  for (const std::string& id : known) {
    INFO("catalogue item " << id << " is neither on the map nor in unmapped.txt");
    CHECK((mapped.count(id) + unmapped.count(id)) == 1);
  }
}

TEST_CASE("the story's key items are where and when the sources put them", "[geodata]") {
  const Atlas& atlas = bundled().atlas;
  auto mapping = [&](const std::string& item) {
    std::vector<const Feature*> out;
    for (const Feature& f : atlas.features) {
      const auto ids = list_attribute(f, "catalogue");
      if (std::find(ids.begin(), ids.end(), item) != ids.end()) out.push_back(&f);
    }
    return out;
  };
  auto present_on = [&](const std::string& item, int y, int m, int d) {
    const DayNumber t = to_day_number({y, m, d});
    for (const Feature* f : mapping(item))
      if (present_at(*f, t)) return true;
    return false;
  };
  // Dual dates are stored as their New Style day.
  CHECK(present_on("D12", 1917, 12, 18));  // II Kurultai, 5-13 (18-26) December 1917
  CHECK_FALSE(present_on("D12", 1917, 12, 5));
  CHECK(present_on("B9", 1918, 6, 18));   // 500 cavalry at the city of Alash
  CHECK(present_on("A19", 1918, 5, 27));  // Chelyabinsk taken
  CHECK(present_on("A37", 1920, 2, 7));   // Kuytun armistice
  CHECK(present_on("A38", 1920, 3, 2));   // last trains leave Irkutsk
  CHECK(present_on("C13", 1919, 1, 17));  // Marsek in Vladivostok
  CHECK(present_on("A35", 1919, 6, 1));   // the Legion's railway sector
  CHECK_FALSE(present_on("A35", 1918, 12, 1));
  // A cited figure survives as data: the 500 men of 18 June 1918.
  const auto b9 = mapping("B9");
  REQUIRE_FALSE(b9.empty());
  CHECK(std::any_of(b9.begin(), b9.end(), [](const Feature* f) { return f->strength == 500; }));
}
