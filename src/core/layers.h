// histmap core: what the user chose to see. Layers by kind of feature (base map, regions,
// railways, stations, places, units, echelons, missions, events) and sides (affiliations) of
// units, echelons and missions hidden or shown. evaluate_scene() applies it, so the renderer,
// picking, the legend and the counts all agree on what is on the map.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.h"

namespace histmap {

enum class Layer : std::uint8_t {
  Base,  // rivers and lakes (the land is always drawn)
  Regions,
  Railways,
  Stations,
  Places,
  Units,
  Movements,
  Missions,
  Events,
};
inline constexpr std::size_t kLayerCount = 9;

Layer layer_of(Kind k);
const char* layer_key(Layer l);  // translation key: "layer.units"

struct LayerFilter {
  std::array<bool, kLayerCount> shown{true, true, true, true, true, true, true, true, true};
  std::vector<std::string> hidden_sides;  // affiliations of units, echelons, missions

  bool layer_shown(Layer l) const { return shown[static_cast<std::size_t>(l)]; }
  void set_layer(Layer l, bool on) { shown[static_cast<std::size_t>(l)] = on; }
  bool side_shown(std::string_view side) const;
  void set_side(std::string_view side, bool on);
  bool shows(const Feature& f) const;
};

// Does the side filter apply to features of this kind?
bool has_side(const Feature& f);

// Sides of the units, echelons and missions in the data, sorted, each once.
std::vector<std::string> sides_of(const Atlas& atlas);

}  // namespace histmap
