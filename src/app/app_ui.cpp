#include "app/app_ui.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include <imgui.h>

#include "app/resources.h"

namespace histmap {
namespace {

// What the UI font must cover: Latin with Czech letters, Cyrillic with the Kazakh letters,
// Vietnamese (the sources cite Vietnamese Wikipedia), dashes and quotes, the numero sign,
// arrows.
const ImWchar kUiGlyphs[] = {0x0020, 0x00FF, 0x0100, 0x024F, 0x0300, 0x036F, 0x0400,
                             0x04FF, 0x1EA0, 0x1EF9, 0x2000, 0x206F, 0x20AB, 0x20AB,
                             0x2116, 0x2116, 0x2190, 0x2193, 0};

Catalog read_catalog(const std::string& path, bool quiet) {
  std::vector<unsigned char> bytes;
  std::string error;
  if (!read_file_bytes(path, bytes, error)) {
    if (!quiet) std::fprintf(stderr, "histmap: %s; English is used instead\n", error.c_str());
    return {};
  }
  std::vector<std::string> problems;
  Catalog c = Catalog::parse(
      std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), &problems);
  if (!quiet)
    for (const std::string& p : problems)
      std::fprintf(stderr, "histmap: %s: %s\n", path.c_str(), p.c_str());
  return c;
}

}  // namespace

void load_language(Translations& tr, Language lang, bool quiet) {
  if (!tr.has_english()) tr.set_english(read_catalog(translations_dir() + "/en.ini", quiet));
  tr.set_language(
      lang, lang == Language::En
                ? Catalog{}
                : read_catalog(translations_dir() + "/" + language_code(lang) + ".ini", quiet));
}

void init_app_ui(AppUi& ui, const AtlasSession& session, const Options& options) {
  load_language(ui.tr, options.language, options.quiet);
  ui.loaded_language = options.language;
  ui.controls.language = options.language;
  ui.controls.theme = options.theme;
  ui.controls.sides = sides_of(session.atlas);
  ui.index.build(session.atlas);
  ui.playback.first = session.first_day;
  ui.playback.last = session.last_day;
  ui.playback.set_day(options.date ? *options.date : session.first_day);
  ui.timeline.display = options.date_display;
  ui.timeline.story_first = session.first_day;
  ui.timeline.story_last = session.last_day;
  std::tie(ui.timeline.data_first, ui.timeline.data_last) = session.atlas.time_extent();
  ui.timeline.trail_days = options.trail_days;
  init_timeline(ui.timeline, session.atlas, ui.playback);
  if (options.window_days) {
    ui.filter.mode = TimeMode::Window;
    ui.filter.window_days = static_cast<float>(*options.window_days);
  }
  ui.filter.since_day = options.since ? *options.since : session.first_day;
  if (options.since) ui.filter.mode = TimeMode::Since;
  ui.filter.filters = options.filters;
  ui.filter.changed = true;
  ui.controls.show_stats = options.stats;
  ui.controls.bars_layer = options.histogram_layer;
  update_study(ui, session.atlas);
}

SceneOptions scene_options(const AppUi& ui) {
  SceneOptions o;
  o.trail_days = ui.timeline.trail_days;
  o.filter = &ui.controls.filter;
  o.time_mode = ui.filter.mode;
  o.window_days = ui.filter.window_days;
  o.since_day = ui.filter.since_day;
  o.passes = &ui.filter_mask;
  return o;
}

void update_study(AppUi& ui, const Atlas& atlas) {
  if (atlas.features.size() != ui.study_features) {  // new data: its fields and mask
    ui.study_features = atlas.features.size();
    ui.filter.changed = true;
    ui.filter.fields_for = -1;
  }
  if (ui.filter.changed) {
    filter_mask(atlas, ui.filter.filters, ui.filter_mask);
    ui.filter.changed = false;
    ++ui.mask_version;
  }
  ui.controls.active_filters =
      static_cast<int>(ui.filter.filters.size()) + (ui.filter.mode != TimeMode::Instant ? 1 : 0);
  TimelineView& tl = ui.timeline;
  tl.histogram_layer = ui.controls.bars_layer;
  if (!tl.histogram_layer) return;
  if (ui.histogram_for == tl.histogram_layer && ui.histogram_mask_version == ui.mask_version &&
      ui.histogram_sides == ui.controls.filter.hidden_sides)
    return;
  // The whole span the slider can reach (the story's period or all dated data).
  tl.layer_density_first = std::min(tl.data_first, tl.story_first);
  tl.layer_density = layer_presence_per_week(atlas, *tl.histogram_layer, tl.layer_density_first,
                                             std::max(tl.data_last, tl.story_last), ui.filter_mask,
                                             &ui.controls.filter);
  ui.histogram_for = tl.histogram_layer;
  ui.histogram_mask_version = ui.mask_version;
  ui.histogram_sides = ui.controls.filter.hidden_sides;
}

void refresh_app_ui(AppUi& ui, const AtlasSession& session, SearchIndex index, bool keep_time) {
  ui.controls.sides = sides_of(session.atlas);
  ui.index = std::move(index);
  ui.controls.last_query.clear();  // the search runs again on the new index
  ui.controls.hits.clear();
  ui.timeline.selected.reset();
  const double t = ui.playback.t;
  ui.playback.first = session.first_day;
  ui.playback.last = session.last_day;
  const bool inside = t >= session.first_day && t <= session.last_day + 1.0;
  ui.playback.set_day(keep_time && inside ? t : static_cast<double>(session.first_day));
  ui.timeline.story_first = session.first_day;
  ui.timeline.story_last = session.last_day;
  std::tie(ui.timeline.data_first, ui.timeline.data_last) = session.atlas.time_extent();
  init_timeline(ui.timeline, session.atlas, ui.playback);
}

void add_ui_fonts(AppUi& ui, const std::vector<unsigned char>& font, float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  const float sizes[2] = {17.0f, 24.0f};  // the projector's type reads from the back row
  for (int k = 0; k < 2; ++k) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;
    // Horizontal oversampling sharpens small type; at 2x and more (HiDPI, --scale prints) the
    // glyphs are large enough without, and the font texture stays half the size.
    cfg.OversampleH = pixel_ratio < 2 ? 2 : 1;
    // On a HiDPI screen glyphs are rasterized at the real pixel size and drawn scaled back.
    ui.fonts[k] = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font.data()),
                                                 static_cast<int>(font.size()),
                                                 sizes[k] * pixel_ratio, &cfg, kUiGlyphs);
  }
  io.FontGlobalScale = 1.0f / pixel_ratio;
  io.FontDefault = ui.fonts[0];
  apply_ui_theme(Theme::Default);
  ui.applied_theme = Theme::Default;
}

void apply_ui_choices(AppUi& ui, bool quiet) {
  if (ui.controls.language != ui.loaded_language) {
    load_language(ui.tr, ui.controls.language, quiet);
    ui.loaded_language = ui.controls.language;
  }
  if (ui.controls.theme != ui.applied_theme || ui.large_type != ui.applied_large) {
    apply_ui_theme(ui.controls.theme);
    ImGui::GetIO().FontDefault =
        ui.fonts[ui.controls.theme == Theme::HighContrast || ui.large_type ? 1 : 0];
    ui.applied_theme = ui.controls.theme;
    ui.applied_large = ui.large_type;
  }
}

void draw_panels(AppUi& ui, const AtlasSession& session, const Scene& scene, const MapRenderer& map,
                 float display_w, float display_h) {
  draw_timeline_panel(ui.playback, ui.timeline, session.atlas, ui.tr, display_w, display_h);
  if (ui.timeline.selected) {  // a marker clicked on the timeline: select it on the map
    ui.inspector.feature = *ui.timeline.selected;
    ui.timeline.selected.reset();
  }
  draw_inspector_panel(session.atlas, ui.inspector, ui.tr, ui.timeline.display, display_w,
                       display_h, ui.timeline.height);
  // Below the caption (title and date) that the map draws in its top-left corner.
  const float caption = map.caption_bottom() / ImGui::GetIO().DisplayFramebufferScale.y;
  ui.controls.max_width = display_w - ui.inspector.width - 8;  // clear of the inspector
  draw_toolbar(ui.controls, session.atlas, scene, ui.index, ui.tr, ui.timeline.display, caption);
  const float below_toolbar = caption + ui.controls.toolbar_height;
  draw_layers_and_legend(ui.controls, session.atlas, scene, ui.tr, map.style(), below_toolbar,
                         display_h - ui.timeline.height);
  ui.filter.rect = {};
  if (ui.controls.show_filter)
    draw_filter_panel(ui.filter, session.atlas, ui.tr, ui.timeline.display, ui.playback.t,
                      ui.controls.panel_rect.x1, below_toolbar);
  ui.statistics.rect = {};
  if (ui.controls.show_stats) {
    const SceneOptions o = scene_options(ui);
    draw_statistics_strip(ui.statistics, ui.controls.bars_layer, session.atlas, scene, ui.tr,
                          ui.timeline.display, o.window_from(scene.t), o.window_to(scene.t),
                          display_w - ui.inspector.width, display_h - ui.timeline.height);
  }
}

}  // namespace histmap
