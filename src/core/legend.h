// histmap core: the legend's entries, from what is on the map now. One entry per kind of
// symbol (per side where the symbol is coloured by side), so the legend explains exactly the
// symbols on screen; the UI draws each with the renderer's own style.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/scene.h"

namespace histmap {

enum class LegendSymbol : std::uint8_t {
  RegionFill,    // a government or autonomy, by side
  ApproxBorder,  // a border the sources give only roughly (dashed)
  AdminBorder,   // an imperial oblast: the frame of the story
  Railway,
  MajorStation,  // junctions and the cities of the story
  Station,
  Place,
  Unit,            // by side; sized by strength
  Echelon,         // a moving unit on the railway, by side
  Trail,           // where it came from over the last days
  MissionJourney,  // by side
  Talks,           // a mission's destination during talks or at its outcome
  Event,           // happening now
  PastEvent,       // a marker left behind
  Uncertain,       // a place the sources give approximately (drawn softer)
  River,
  Lake,
};

const char* legend_key(LegendSymbol s);  // translation key: "legend.unit"

struct LegendEntry {
  LegendSymbol symbol = LegendSymbol::Place;
  std::string side;  // for symbols coloured by side; empty otherwise
  int count = 0;     // how many on the map
};

// Entries for what the scene shows, in a fixed order (the order of LegendSymbol, then side).
void legend_entries(const Atlas& atlas, const Scene& scene, std::vector<LegendEntry>& out);

}  // namespace histmap
