#include "render/style.h"

#include <algorithm>
#include <cmath>

namespace histmap {

Rgba affiliation_color(const std::string& a) {
  if (a == "alash") return {0.10f, 0.52f, 0.56f, 1};         // steppe teal
  if (a == "czechoslovak") return {0.78f, 0.16f, 0.16f, 1};  // legion red
  if (a == "white" || a == "komuch" || a == "siberian") return {0.36f, 0.42f, 0.70f, 1};
  if (a == "soviet" || a == "red") return {0.62f, 0.10f, 0.30f, 1};
  if (a == "turkestan") return {0.55f, 0.45f, 0.15f, 1};
  if (a == "bashkir") return {0.35f, 0.55f, 0.25f, 1};
  return {0.45f, 0.42f, 0.40f, 1};
}

const char* theme_key(Theme t) {
  return t == Theme::HighContrast ? "theme.projector" : "theme.default";
}

MapStyle map_style(Theme theme, float pixel_ratio) {
  MapStyle s;
  if (theme == Theme::HighContrast) {
    // A projector washes out pale tints and thin lines: white land, deeper water, black type
    // on a full white halo, stronger fills and borders, type a third larger.
    s.water = {0.55f, 0.72f, 0.84f, 1};
    s.land = {1.0f, 1.0f, 0.98f, 1};
    s.coast = {0.25f, 0.38f, 0.50f, 1};
    s.river = {0.30f, 0.52f, 0.72f, 1};
    s.label = {0, 0, 0, 1};
    s.halo = {1, 1, 1, 1};
    s.admin_outline = {0.25f, 0.24f, 0.22f, 0.85f};
    s.admin_label = {0.20f, 0.19f, 0.18f, 1};
    s.water_label = {0.10f, 0.28f, 0.45f, 1};
    s.region_fill_alpha = 0.32f;
    s.rail_casing = {0, 0, 0, 1};
    s.text_scale = 1.35f;
    s.scale = 1.3f;
  }
  s.scale *= pixel_ratio;
  s.text_scale *= pixel_ratio;
  const float k = s.scale;
  for (float* px : {&s.rail_width_px, &s.rail_dash_width_px, &s.coast_width_px,
                    &s.region_outline_px, &s.river_width_px, &s.admin_outline_px,
                    &s.journey_width_px, &s.event_radius_px, &s.event_marker_px, &s.trail_width_px,
                    &s.station_radius_px, &s.major_station_radius_px, &s.place_radius_px})
    *px *= k;
  return s;
}

float certainty_alpha(Certainty c) {
  switch (c) {
    case Certainty::Certain:
      return 1.0f;
    case Certainty::Approximate:
      return 0.75f;
    case Certainty::Conjectural:
      return 0.5f;
  }
  return 1.0f;
}

Rgba with_alpha(Rgba c, float a) {
  c.a = a;
  return c;
}

const std::string& display_name(const Feature& f, Language lang) {
  const std::string* choice = &f.name;
  switch (lang) {
    case Language::Ru:
      choice = &f.name_ru;
      break;
    case Language::Kk:
      // Kazakh readers read Cyrillic: a place with no Kazakh form shows its Russian one.
      choice = f.name_kk.empty() ? &f.name_ru : &f.name_kk;
      break;
    case Language::Cs:
      choice = &f.name_cs;
      break;
    case Language::En:
      break;
  }
  if (!choice->empty()) return *choice;
  if (!f.name.empty()) return f.name;
  return f.id;
}

float unit_radius_px(const std::optional<int>& strength) {
  if (!strength || *strength <= 0) return 6.0f;
  // 100 men -> ~5 px, 500 -> ~8 px, 2,000 -> ~12 px, 50,000 -> capped.
  return std::clamp(2.0f + 0.22f * std::sqrt(static_cast<float>(*strength)), 5.0f, 22.0f);
}

}  // namespace histmap
