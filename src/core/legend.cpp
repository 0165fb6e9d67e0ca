#include "core/legend.h"

#include <algorithm>

namespace histmap {

const char* legend_key(LegendSymbol s) {
  static const char* const kKeys[] = {
      "legend.region",        "legend.approx_border", "legend.admin_border", "legend.railway",
      "legend.major_station", "legend.station",       "legend.place",        "legend.unit",
      "legend.echelon",       "legend.trail",         "legend.journey",      "legend.talks",
      "legend.event",         "legend.past_event",    "legend.uncertain",    "legend.river",
      "legend.lake"};
  return kKeys[static_cast<std::size_t>(s)];
}

void legend_entries(const Atlas& atlas, const Scene& scene, std::vector<LegendEntry>& out) {
  out.clear();
  const auto add = [&](LegendSymbol s, const std::string& side) {
    for (LegendEntry& e : out)
      if (e.symbol == s && e.side == side) {
        ++e.count;
        return;
      }
    out.push_back({s, side, 1});
  };
  static const std::string kNone;
  for (std::uint32_t i = 0; i < atlas.features.size() && i < scene.visible.size(); ++i) {
    const std::uint8_t stage = scene.visible[i];
    if (!stage) continue;
    const Feature& f = atlas.features[i];
    const bool moving = i < scene.mover_of.size() && scene.mover_of[i] >= 0;
    switch (f.kind) {
      case Kind::Land:
        break;
      case Kind::River:
        add(LegendSymbol::River, kNone);
        break;
      case Kind::Lake:
        add(LegendSymbol::Lake, kNone);
        break;
      case Kind::Region:
        if (f.affiliation == "administrative") {
          add(LegendSymbol::AdminBorder, kNone);
          break;
        }
        add(LegendSymbol::RegionFill, f.affiliation);
        if (f.certainty != Certainty::Certain) add(LegendSymbol::ApproxBorder, kNone);
        break;
      case Kind::Railway:
        add(LegendSymbol::Railway, kNone);
        break;
      case Kind::Station:
        add(f.importance == 1 ? LegendSymbol::MajorStation : LegendSymbol::Station, kNone);
        break;
      case Kind::Place:
      case Kind::Other:
        add(LegendSymbol::Place, kNone);
        break;
      case Kind::Unit:
      case Kind::Movement:
        if (moving) {
          add(LegendSymbol::Echelon, f.affiliation);
          const UnitPosition& u = scene.movers[static_cast<std::size_t>(scene.mover_of[i])];
          if (u.trail_from < u.measure) add(LegendSymbol::Trail, kNone);
        } else if (stage == kPresent) {
          add(LegendSymbol::Unit, f.affiliation);
        }
        if (f.certainty != Certainty::Certain) add(LegendSymbol::Uncertain, kNone);
        break;
      case Kind::Mission:
        add(LegendSymbol::MissionJourney, f.affiliation);
        break;
      case Kind::Event:
        add(stage == kAfter ? LegendSymbol::PastEvent : LegendSymbol::Event, kNone);
        break;
    }
  }
  for (const Effect& e : scene.effects)
    if (e.kind == EffectKind::Talks || e.kind == EffectKind::Outcome)
      add(LegendSymbol::Talks, kNone);
  std::stable_sort(out.begin(), out.end(), [](const LegendEntry& a, const LegendEntry& b) {
    if (a.symbol != b.symbol) return a.symbol < b.symbol;
    return a.side < b.side;
  });
}

}  // namespace histmap
