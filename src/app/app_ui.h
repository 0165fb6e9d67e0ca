// histmap app: the panels over the map, shared by the window and by --render --ui (so a
// screenshot and the render tests show exactly what the window shows). Owns the interface's
// state (time, timeline, inspector, toolbar, layers, filters and time mode, statistics,
// translations, search index) and sets up Dear ImGui's fonts and theme; input stays with the
// window. scene_options() is what every evaluate_scene of the window, --render and the exports
// is given, so they all show the same filtered map.
#pragma once

#include <string>
#include <vector>

#include "app/atlas_session.h"
#include "app/options.h"
#include "core/i18n.h"
#include "core/playback.h"
#include "core/scene.h"
#include "core/search.h"
#include "render/map_renderer.h"
#include "render/style.h"
#include "ui/filter_panel.h"
#include "ui/inspector_panel.h"
#include "ui/map_controls.h"
#include "ui/statistics_strip.h"
#include "ui/timeline_panel.h"

struct ImFont;

namespace histmap {

struct AppUi {
  Playback playback;
  TimelineView timeline;
  InspectorView inspector;
  ControlsView controls;
  FilterView filter;
  StatisticsView statistics;
  std::vector<std::uint8_t> filter_mask;  // per feature: passes the attribute filters
  // What the timeline's layer histogram was computed for; recomputed when any changes.
  std::optional<Layer> histogram_for;
  std::vector<std::string> histogram_sides;
  int mask_version = 0, histogram_mask_version = -1;
  std::size_t study_features = 0;  // the atlas's size the mask was made for (File > Open adds)
  Translations tr;
  SearchIndex index;
  ImFont* fonts[2] = {};  // the default theme's type, the projector's larger type
  Theme applied_theme = Theme::Default;
  bool large_type = false;  // the kiosk: the projector's larger type in any theme
  bool applied_large = false;
  Language loaded_language = Language::En;
};

// Time, timeline, language, theme and search index from the session and the options.
void init_app_ui(AppUi& ui, const AtlasSession& session, const Options& options);

// The time mode, the layer and side filter and the attribute filters' mask, for evaluate_scene.
SceneOptions scene_options(const AppUi& ui);

// After the panels changed the filters or the histogram's layer (and once at start): the mask,
// the toolbar's count of active filters, the timeline's layer histogram. Also when the atlas
// gained or lost features (all are made again). Cheap when nothing changed; call once per
// frame before evaluate_scene.
void update_study(AppUi& ui, const Atlas& atlas);

// After another atlas was swapped into the session (data opened, layers added): the sides,
// the search index (built with the atlas, off the UI thread), the slider's range and the
// timeline's marks. keep_time: the date stays where it was when it is in the new range.
void refresh_app_ui(AppUi& ui, const AtlasSession& session, SearchIndex index, bool keep_time);

// Reads assets/translations/<lang>.ini over English; problems go to stderr unless quiet.
void load_language(Translations& tr, Language lang, bool quiet);

// Needs an ImGui context: adds the two fonts (Latin, Czech, Cyrillic with Kazakh letters).
void add_ui_fonts(AppUi& ui, const std::vector<unsigned char>& font, float pixel_ratio);

// Applies a changed language or theme; call once per frame before NewFrame().
void apply_ui_choices(AppUi& ui, bool quiet);

// Between NewFrame() and Render(): the toolbar, the layers panel and legend, the timeline
// and the inspector. The map just drawn gives the legend its style and the toolbar its place
// under the caption.
void draw_panels(AppUi& ui, const AtlasSession& session, const Scene& scene, const MapRenderer& map,
                 float display_w, float display_h);

}  // namespace histmap
