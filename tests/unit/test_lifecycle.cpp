// Unit tests: presence and the marks of the story (core/scene.h): uncertain dates fade across
// their range, past events stay as markers, missions keep their outcome for a while; pulses,
// units formed, strength changes, mergers, disbandments and talks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/scene.h"

namespace histmap {
namespace {

constexpr double kM = 111'195.0;

GeoPoint P(double lon, double lat) {
  return GeoPoint{lon, lat, lon * kM, lat * kM};
}

DayNumber day(int y, int m, int d) {
  return to_day_number(CivilDate{y, m, d});
}

DateRange parsed(const char* s) {
  const DateParseResult r = parse_edtf(s);
  REQUIRE(r.range);
  return *r.range;
}

Feature point(const std::string& id, Kind kind, GeoPoint p) {
  Feature f;
  f.id = id;
  f.kind = kind;
  f.parts.push_back({p});
  return f;
}

const Effect* find_effect(const Scene& s, EffectKind k) {
  const auto it = std::find_if(s.effects.begin(), s.effects.end(),
                               [k](const Effect& e) { return e.kind == k; });
  return it == s.effects.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("a start known to the month fades in across the month", "[lifecycle]") {
  Feature f = point("regiment", Kind::Unit, P(0, 0));
  f.start = parsed("1918-06");
  CHECK(presence_at(f, day(1918, 5, 31)).stage == kAbsent);
  const Presence first = presence_at(f, day(1918, 6, 1));
  CHECK(first.stage == kPresent);
  CHECK(first.opacity == Approx(1.0 / 30));
  CHECK(presence_at(f, day(1918, 6, 15)).opacity == Approx(15.0 / 30));
  CHECK(presence_at(f, day(1918, 6, 30)).opacity == Approx(1.0));
  CHECK(presence_at(f, day(1918, 7, 1)).opacity == Approx(1.0));
}

TEST_CASE("an end known to a range fades out across it", "[lifecycle]") {
  Feature f = point("regiment", Kind::Unit, P(0, 0));
  f.start = parsed("1918-22");
  f.end = parsed("1919-01-01/1919-01-10");
  CHECK(presence_at(f, day(1918, 12, 31)).opacity == Approx(1.0));
  CHECK(presence_at(f, day(1919, 1, 1)).opacity == Approx(1.0));
  CHECK(presence_at(f, day(1919, 1, 6)).opacity == Approx(0.5));
  CHECK(presence_at(f, day(1919, 1, 10)).opacity == Approx(0.1));
  CHECK(presence_at(f, day(1919, 1, 11)).stage == kAbsent);
}

TEST_CASE("a date known to the day does not fade", "[lifecycle]") {
  Feature f = point("unit", Kind::Unit, P(0, 0));
  f.start = parsed("1918-06-18");
  f.end = parsed("1918-07-01");
  CHECK(presence_at(f, day(1918, 6, 18)).opacity == 1.0f);
  CHECK(presence_at(f, day(1918, 7, 1) + 0.5).opacity == 1.0f);
}

TEST_CASE("an event pulses as time passes it and stays as a marker after", "[lifecycle]") {
  Atlas atlas;
  Feature e = point("captured", Kind::Event, P(1, 1));
  e.start = e.end = parsed("1918-05-27");
  atlas.features.push_back(e);
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  Scene scene;
  evaluate_scene(atlas, day(1918, 5, 26), scene);
  CHECK(scene.visible[0] == kAbsent);
  CHECK(scene.effects.empty());
  evaluate_scene(atlas, day(1918, 5, 27), scene);
  CHECK(scene.visible[0] == kPresent);
  const Effect* pulse = find_effect(scene, EffectKind::Pulse);
  REQUIRE(pulse != nullptr);
  CHECK(pulse->phase == Approx(0));
  evaluate_scene(atlas, day(1918, 5, 27) + kPulseDays / 2, scene);
  REQUIRE(find_effect(scene, EffectKind::Pulse) != nullptr);
  CHECK(find_effect(scene, EffectKind::Pulse)->phase == Approx(0.5));
  CHECK(scene.visible[0] == kAfter);  // the day is over: a marker now
  evaluate_scene(atlas, day(1920, 1, 1), scene);
  CHECK(scene.visible[0] == kAfter);
  CHECK(find_effect(scene, EffectKind::Pulse) == nullptr);
}

TEST_CASE("a unit formed, its strength changing, merged into another", "[lifecycle]") {
  Atlas atlas;
  Feature r1 = point("regiment-1", Kind::Unit, P(0, 0));
  r1.start = parsed("1918-06-18");
  r1.end = parsed("1919-01-01/1919-01-10");
  r1.strength = 500;
  r1.strengths = {{day(1918, 9, 1), 900}};
  r1.merged_into = "brigade";
  Feature b = point("brigade", Kind::Unit, P(2, 0));
  b.start = parsed("1919-01-01/1919-01-10");
  Feature gone = point("volunteers", Kind::Unit, P(5, 5));
  gone.start = parsed("1918-06-01");
  gone.end = parsed("1918-08-31");
  gone.disbanded = true;
  atlas.features = {r1, b, gone};
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.empty());
  CHECK(atlas.features[0].merge_target == 1);  // resolved once, at load
  Scene scene;

  evaluate_scene(atlas, day(1918, 6, 20), scene);
  const Effect* formed = find_effect(scene, EffectKind::Formed);
  REQUIRE(formed != nullptr);
  CHECK(atlas.features[formed->feature].id == "regiment-1");
  CHECK(strength_at(atlas.features[0], day(1918, 6, 20)) == 500);

  evaluate_scene(atlas, day(1918, 9, 3), scene);
  const Effect* change = find_effect(scene, EffectKind::StrengthChange);
  REQUIRE(change != nullptr);
  CHECK(change->value == 900);
  CHECK(strength_at(atlas.features[0], day(1918, 9, 3)) == 900);
  CHECK(find_effect(scene, EffectKind::Disbanded) != nullptr);  // 1 September: just after

  evaluate_scene(atlas, day(1919, 1, 6), scene);
  const Effect* merged = find_effect(scene, EffectKind::Merged);
  REQUIRE(merged != nullptr);
  CHECK(merged->pos.lon == Approx(0));
  CHECK(merged->to.lon == Approx(2));  // toward the brigade
  CHECK(merged->phase > 0);
  CHECK(merged->phase < 1);
  evaluate_scene(atlas, day(1919, 2, 1), scene);
  CHECK(find_effect(scene, EffectKind::Merged) == nullptr);
}

TEST_CASE("a merger into a unit that does not exist is reported", "[lifecycle]") {
  Atlas atlas;
  Feature r = point("r", Kind::Unit, P(0, 0));
  r.merged_into = "nobody";
  atlas.features.push_back(r);
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].field == "merged_into");
  CHECK(atlas.features[0].merged_into.empty());
  CHECK(atlas.features[0].merge_target == -1);
}

TEST_CASE("a mission: talks while it holds, its outcome after it arrives", "[lifecycle]") {
  Atlas atlas;
  Feature m;
  m.id = "mission";
  m.kind = Kind::Mission;
  m.geometry = GeometryType::Line;
  m.parts.push_back({P(0, 0), P(1, 0), P(2, 0)});
  m.times = {day(1918, 3, 8), day(1918, 3, 15), day(1918, 4, 17)};
  m.departs = {day(1918, 3, 8), day(1918, 4, 2), day(1918, 4, 17)};
  m.outcome = "Proposals approved.";
  atlas.features.push_back(m);
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.empty());
  Scene scene;
  evaluate_scene(atlas, day(1918, 3, 10), scene);
  CHECK(find_effect(scene, EffectKind::Talks) == nullptr);  // still travelling
  evaluate_scene(atlas, day(1918, 3, 20), scene);
  const Effect* talks = find_effect(scene, EffectKind::Talks);
  REQUIRE(talks != nullptr);
  CHECK(talks->pos.lon == Approx(1).margin(1e-6));
  evaluate_scene(atlas, day(1918, 4, 17) + 0.5, scene);  // arriving: still present
  CHECK(scene.visible[0] == kPresent);
  CHECK(find_effect(scene, EffectKind::Outcome) == nullptr);
  evaluate_scene(atlas, day(1918, 4, 20), scene);
  CHECK(scene.visible[0] == kAfter);
  const Effect* outcome = find_effect(scene, EffectKind::Outcome);
  REQUIRE(outcome != nullptr);
  CHECK(outcome->pos.lon == Approx(2));
  evaluate_scene(atlas, day(1918, 4, 18) + kOutcomeDays + 1, scene);
  CHECK(scene.visible[0] == kAbsent);
}

}  // namespace histmap
