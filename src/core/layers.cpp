#include "core/layers.h"

#include <algorithm>

namespace histmap {

Layer layer_of(Kind k) {
  switch (k) {
    case Kind::Land:
    case Kind::River:
    case Kind::Lake:
      return Layer::Base;
    case Kind::Region:
      return Layer::Regions;
    case Kind::Railway:
      return Layer::Railways;
    case Kind::Station:
      return Layer::Stations;
    case Kind::Place:
    case Kind::Other:
      return Layer::Places;
    case Kind::Unit:
      return Layer::Units;
    case Kind::Movement:
      return Layer::Movements;
    case Kind::Mission:
      return Layer::Missions;
    case Kind::Event:
      return Layer::Events;
  }
  return Layer::Places;
}

const char* layer_key(Layer l) {
  static const char* const kKeys[kLayerCount] = {
      "layer.base",  "layer.regions",   "layer.railways", "layer.stations", "layer.places",
      "layer.units", "layer.movements", "layer.missions", "layer.events"};
  return kKeys[static_cast<std::size_t>(l)];
}

bool has_side(const Feature& f) {
  return f.kind == Kind::Unit || f.kind == Kind::Movement || f.kind == Kind::Mission;
}

bool LayerFilter::side_shown(std::string_view side) const {
  return std::find(hidden_sides.begin(), hidden_sides.end(), side) == hidden_sides.end();
}

void LayerFilter::set_side(std::string_view side, bool on) {
  const auto it = std::find(hidden_sides.begin(), hidden_sides.end(), side);
  if (on && it != hidden_sides.end()) hidden_sides.erase(it);
  if (!on && it == hidden_sides.end()) hidden_sides.emplace_back(side);
}

bool LayerFilter::shows(const Feature& f) const {
  if (f.kind == Kind::Land) return true;  // without land there is no map to read
  if (!layer_shown(layer_of(f.kind))) return false;
  return hidden_sides.empty() || !has_side(f) || side_shown(f.affiliation);
}

std::vector<std::string> sides_of(const Atlas& atlas) {
  std::vector<std::string> sides;
  for (const Feature& f : atlas.features)
    if (has_side(f) && std::find(sides.begin(), sides.end(), f.affiliation) == sides.end())
      sides.push_back(f.affiliation);
  std::sort(sides.begin(), sides.end());
  return sides;
}

}  // namespace histmap
