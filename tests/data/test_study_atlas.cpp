// Data tests: the statistics strip's counts and the filters on the bundled atlas at a known
// date, checked by hand against geodata/ (see each count's comment).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/attribute_filter.h"
#include "core/scene.h"
#include "core/statistics.h"
#include "data/loader.h"

using namespace histmap;

namespace {

const Atlas& bundled_atlas() {
  static const Atlas atlas = [] {
    std::string error;
    const auto projection = Projection::create(kDefaultProjection, error);
    std::vector<Diagnostic> diags;
    return load_atlas({HISTMAP_GEODATA}, *projection, diags);
  }();
  return atlas;
}

}  // namespace

TEST_CASE("statistics of the bundled atlas on 18 June 1918", "[study][geodata]") {
  const Atlas& atlas = bundled_atlas();
  REQUIRE(!atlas.features.empty());
  const double t = to_day_number({1918, 6, 18});
  Scene scene;
  SceneStatistics stats;
  evaluate_scene(atlas, t, scene);
  scene_statistics(atlas, scene, stats);
  // alash_army.geojson: the four militia levies (5 (18) December 1917, no end), the Semey
  // cavalry detachment (18 June 1918), the 1st and 2nd regiments and the Semipalatinsk
  // volunteers (summer 1918, "1918-22": from 1 June), the two officers' schools ("1918").
  // Not yet: the December 1918 regiments, the units of 18 November 1918, the brigade of 1919.
  CHECK(stats.kind_count(Kind::Unit) == 10);
  // legion.geojson: the Penza group, Voytsekhovsky's, Gajda's, Diterichs' echelons (to 1919-20)
  // and the eastern and Nizhneudinsk echelons (to 25 June and 1 July); the rear, Petropavlovsk
  // and Novonikolaevsk groups had arrived by 7 June; the evacuation is 1919.
  CHECK(stats.kind_count(Kind::Movement) == 6);
  // missions.geojson: the China mission arrived on 31 May (its outcome is on the map, not the
  // mission); the Ufa meeting is from 28 August.
  CHECK(stats.kind_count(Kind::Mission) == 0);
  CHECK(stats.side_count("alash") == 10);
  CHECK(stats.side_count("czechoslovak") == 6);

  // Units with a strength of 1000 or more: only the Semipalatinsk volunteers (1200); the
  // Uralsk fighters and the Ural region's 2000 come in November and December.
  std::string error;
  std::vector<std::uint8_t> mask;
  filter_mask(atlas, {*parse_filter("units:strength=1000..100000", error)}, mask);
  SceneOptions o;
  o.passes = &mask;
  evaluate_scene(atlas, t, scene, o);
  scene_statistics(atlas, scene, stats);
  CHECK(stats.kind_count(Kind::Unit) == 1);
  CHECK(stats.kind_count(Kind::Movement) == 6);  // echelons have no strength: another layer
  // Over the year from 18 June (Since .. 18 June 1919) the 18 November and December units
  // join them: the Uralsk fighters (2000) and the Ural region (2000).
  o.time_mode = TimeMode::Since;
  o.since_day = t;
  evaluate_scene(atlas, to_day_number({1919, 6, 18}), scene, o);
  scene_statistics(atlas, scene, stats);
  CHECK(stats.kind_count(Kind::Unit) == 3);
}
