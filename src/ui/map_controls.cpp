#include "ui/map_controls.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <imgui.h>

#include "ui/kind_label.h"

namespace histmap {
namespace {

ImU32 u32(Rgba c, float alpha_scale = 1.0f) {
  return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a * alpha_scale));
}

std::string with_id(const std::string& text, const char* id) {
  return text + "###" + id;
}

// Keys a visitor at a touch table types with: the letters of the language on screen.
const char* const* keyboard_rows(Language lang) {
  static const char* const kLatin[] = {"q w e r t y u i o p", "a s d f g h j k l", "z x c v b n m",
                                       nullptr};
  static const char* const kCzech[] = {"ě š č ř ž ý á í é ú ů", "q w e r t z u i o p",
                                       "a s d f g h j k l", "y x c v b n m", nullptr};
  static const char* const kRussian[] = {"й ц у к е н г ш щ з х ъ", "ф ы в а п р о л д ж э",
                                         "я ч с м и т ь б ю ё", nullptr};
  static const char* const kKazakh[] = {"ә і ң ғ ү ұ қ ө һ", "й ц у к е н г ш щ з х ъ",
                                        "ф ы в а п р о л д ж э", "я ч с м и т ь б ю ё", nullptr};
  switch (lang) {
    case Language::Ru:
      return kRussian;
    case Language::Kk:
      return kKazakh;
    case Language::Cs:
      return kCzech;
    case Language::En:
      break;
  }
  return kLatin;
}

void draw_keyboard(ControlsView& view, const Translations& tr) {
  const float key = ImGui::GetFontSize() * 2.1f;
  for (const char* const* row = keyboard_rows(view.language); *row; ++row) {
    std::string_view keys(*row);
    bool first = true;
    while (!keys.empty()) {
      const std::size_t sp = keys.find(' ');
      const std::string k(keys.substr(0, sp));
      keys = sp == std::string_view::npos ? std::string_view() : keys.substr(sp + 1);
      if (!first) ImGui::SameLine();
      first = false;
      if (ImGui::Button(k.c_str(), ImVec2(key, key)) &&
          std::strlen(view.query) + k.size() < sizeof view.query)
        std::strcat(view.query, k.c_str());
    }
  }
  if (ImGui::Button(with_id(tr.tr("search.space"), "kbspace").c_str(), ImVec2(key * 4, key)) &&
      std::strlen(view.query) + 1 < sizeof view.query)
    std::strcat(view.query, " ");
  ImGui::SameLine();
  if (ImGui::Button(with_id(tr.tr("search.backspace"), "kbback").c_str(), ImVec2(key * 3, key))) {
    std::size_t n = std::strlen(view.query);
    // Remove one whole UTF-8 letter.
    while (n > 0 && (static_cast<unsigned char>(view.query[n - 1]) & 0xC0) == 0x80) --n;
    if (n > 0) --n;
    view.query[n] = '\0';
  }
  ImGui::SameLine();
  if (ImGui::Button(with_id(tr.tr("search.clear"), "kbclear").c_str(), ImVec2(key * 3, key)))
    view.query[0] = '\0';
}

void draw_results(ControlsView& view, const Atlas& atlas, const Translations& tr,
                  DateDisplay display) {
  if (view.hits.empty()) {
    ImGui::TextDisabled("%s", tr.tr("search.none").c_str());
    return;
  }
  for (std::size_t k = 0; k < view.hits.size(); ++k) {
    const Feature& f = atlas.features[view.hits[k].feature];
    std::string line = display_name(f, tr.language());
    std::string detail = kind_label(tr, f.kind);
    if (f.start)
      detail += ", " + format_range(*f.start, display, tr.date_words());
    else if (!f.times.empty())
      detail += ", " + format_day(f.times.front(), display, tr.date_words());
    ImGui::PushID(static_cast<int>(k));
    if (ImGui::Selectable(line.c_str(), false, 0, ImVec2(0, ImGui::GetFontSize() * 1.6f)))
      view.chosen = view.hits[k].feature;
    ImGui::SameLine();
    ImGui::TextDisabled("%s", detail.c_str());
    ImGui::PopID();
  }
}

}  // namespace

void apply_ui_theme(Theme theme) {
  ImGuiStyle& s = ImGui::GetStyle();
  if (theme == Theme::HighContrast) {
    ImGui::StyleColorsLight(&s);
    s.Colors[ImGuiCol_Text] = ImVec4(0, 0, 0, 1);
    s.Colors[ImGuiCol_TextDisabled] = ImVec4(0.25f, 0.25f, 0.25f, 1);
    s.Colors[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
    s.Colors[ImGuiCol_Border] = ImVec4(0, 0, 0, 0.6f);
    s.WindowBorderSize = 2;
    s.FrameBorderSize = 1;
  } else {
    ImGui::StyleColorsDark(&s);
    s.WindowBorderSize = 1;
    s.FrameBorderSize = 0;
  }
  // Finger-sized controls: a touch table is used standing up.
  s.FramePadding = ImVec2(8, 6);
  s.ItemSpacing = ImVec2(8, 6);
  s.ScrollbarSize = 18;
  s.GrabMinSize = 14;
  s.WindowRounding = 4;
}

void draw_toolbar(ControlsView& view, const Atlas& atlas, const Scene& scene,
                  const SearchIndex& index, const Translations& tr, DateDisplay display,
                  float top) {
  // Under the map's caption (title and date), clear of the inspector on the right.
  ImGui::SetNextWindowPos(ImVec2(0, top));
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::Begin("##toolbar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  // File → Open first, where a desktop program keeps it; not in a kiosk.
  const bool open = view.can_open && !view.kiosk;
  if (open && ImGui::Button(with_id(tr.tr("toolbar.open"), "open").c_str()))
    view.open_requested = true;
  if (open && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("toolbar.open_tip").c_str());
  // One tap per language, each written in its own language's code.
  for (Language l : kLanguages) {
    if (l != Language::En || open) ImGui::SameLine(0, 2);
    const bool on = l == view.language;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    std::string code = language_code(l);
    for (char& c : code) c = static_cast<char>(c - 'a' + 'A');
    if (ImGui::Button(code.c_str())) view.language = l;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", language_endonym(l));
    if (on) ImGui::PopStyleColor();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
  if (view.focus_search) {
    ImGui::SetKeyboardFocusHere();
    view.focus_search = false;
  }
  const bool enter =
      ImGui::InputTextWithHint("##search", tr.tr("search.hint").c_str(), view.query,
                               sizeof view.query, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine(0, 2);
  if (ImGui::Button(with_id(tr.tr("search.keyboard"), "kb").c_str()))
    view.show_keyboard = !view.show_keyboard;
  ImGui::SameLine();
  if (ImGui::Button(with_id(tr.tr("toolbar.layers"), "layers").c_str()))
    view.show_layers = !view.show_layers;
  ImGui::SameLine(0, 2);
  if (ImGui::Button(with_id(tr.tr("toolbar.legend"), "legend").c_str()))
    view.show_legend = !view.show_legend;
  ImGui::SameLine(0, 2);
  if (ImGui::Button(with_id(tr.tr("toolbar.fit"), "fit").c_str())) view.fit_requested = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("toolbar.fit_tip").c_str());
  if (view.has_stories) {
    ImGui::SameLine(0, 2);
    if (ImGui::Button(with_id(tr.tr("toolbar.stories"), "stories").c_str()))
      view.stories_requested = true;
  }
  // Next to the last item, or on a new line where it would run under the inspector.
  const auto next_to = [&](const std::string& label, float extra) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w =
        ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * style.FramePadding.x + extra;
    const float x = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 2;
    if (view.max_width <= 0 || x + w + style.WindowPadding.x <= view.max_width)
      ImGui::SameLine(0, 2);
  };
  if (!view.kiosk) {  // a visitor has no use for files
    const std::string measure = with_id(tr.tr("toolbar.measure"), "measure");
    next_to(measure, 0);
    const bool on = view.measuring;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    if (ImGui::Button(measure.c_str())) {
      view.measuring = !view.measuring;
      view.measure_toggled = true;
    }
    if (on) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("toolbar.measure_tip").c_str());
    const std::string export_label = with_id(tr.tr("toolbar.export"), "export");
    next_to(export_label, 0);
    if (ImGui::Button(export_label.c_str())) ImGui::OpenPopup("##export_menu");
    if (ImGui::BeginPopup("##export_menu")) {
      using R = ControlsView::ExportRequest;
      if (ImGui::MenuItem(tr.tr("export.geojson").c_str())) view.export_request = R::GeoJson;
      if (ImGui::MenuItem(tr.tr("export.csv").c_str())) view.export_request = R::Csv;
      if (ImGui::MenuItem(tr.tr("export.png").c_str())) view.export_request = R::Png;
      ImGui::EndPopup();
    }
  }
  if (!view.kiosk) {
    const std::string projector_label = with_id(tr.tr("toolbar.projector"), "projector");
    next_to(projector_label, ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    bool projector = view.theme == Theme::HighContrast;
    if (ImGui::Checkbox(projector_label.c_str(), &projector))
      view.theme = projector ? Theme::HighContrast : Theme::Default;
  }
  // Studying the data: not for a visitor's kiosk.
  if (!view.kiosk) {
    const std::string stats = with_id(tr.tr("toolbar.stats"), "stats");
    const std::string filter = view.active_filters > 0 ? fill(tr.tr("toolbar.filter_on"),
                                                              {std::to_string(view.active_filters)})
                                                       : tr.tr("toolbar.filter");
    const std::string filter_label = with_id(filter, "filter");
    next_to(filter_label, 0);
    if (ImGui::Button(filter_label.c_str())) view.show_filter = !view.show_filter;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("toolbar.filter_tip").c_str());
    next_to(stats, 0);
    if (ImGui::Button(stats.c_str())) view.show_stats = !view.show_stats;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("toolbar.stats_tip").c_str());
  }

  if (view.last_query != view.query) {
    view.last_query = view.query;
    index.search(view.query, view.hits, 12, &scene.visible);
  }
  if (view.show_keyboard) draw_keyboard(view, tr);
  if (view.query[0] != '\0') {
    if (enter && !view.hits.empty()) view.chosen = view.hits.front().feature;
    ImGui::Separator();
    draw_results(view, atlas, tr, display);
  }
  view.toolbar_height = ImGui::GetWindowSize().y;
  view.toolbar_rect = {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                       ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                       ImGui::GetWindowPos().y + ImGui::GetWindowSize().y};
  ImGui::End();
  if (view.chosen) {  // a result was chosen: the list closes
    view.query[0] = '\0';
    view.show_keyboard = false;
  }
}

namespace {

// A swatch for one legend symbol in a box at p of size s, drawn like the map draws it.
void draw_symbol(ImDrawList* dl, ImVec2 p, float s, LegendSymbol sym, const std::string& side,
                 const MapStyle& st) {
  const ImVec2 c(p.x + s / 2, p.y + s / 2);
  const Rgba side_c = affiliation_color(side);
  const auto dashed = [&](Rgba col, float width, float on, float off) {
    for (float x = p.x; x < p.x + s; x += on + off)
      dl->AddLine(ImVec2(x, c.y), ImVec2(std::min(x + on, p.x + s), c.y), u32(col), width);
  };
  switch (sym) {
    case LegendSymbol::RegionFill:
      dl->AddRectFilled(p, ImVec2(p.x + s, p.y + s), u32(with_alpha(side_c, st.region_fill_alpha)));
      dl->AddRect(p, ImVec2(p.x + s, p.y + s), u32(with_alpha(side_c, 0.85f)), 0, 0, 1.6f);
      break;
    case LegendSymbol::ApproxBorder:
      dashed({0.3f, 0.3f, 0.3f, 1}, 1.6f, 5, 3);
      break;
    case LegendSymbol::AdminBorder:
      dashed(st.admin_outline, 1.2f, 3, 2);
      break;
    case LegendSymbol::Railway:
      dl->AddLine(ImVec2(p.x, c.y), ImVec2(p.x + s, c.y), u32(st.rail_casing), 3.2f);
      dashed(st.rail_dash, 1.4f, 4, 4);
      break;
    case LegendSymbol::MajorStation:
    case LegendSymbol::Station: {
      const float r = sym == LegendSymbol::MajorStation ? 4.5f : 3.5f;
      dl->AddCircleFilled(c, r, u32(st.station_fill));
      dl->AddCircle(c, r, u32(st.station_stroke), 0, 1.3f);
      break;
    }
    case LegendSymbol::Place:
      dl->AddCircleFilled(c, 3, u32(st.place_fill));
      break;
    case LegendSymbol::Unit:
      dl->AddCircleFilled(c, s * 0.36f, u32(with_alpha(side_c, 0.8f)));
      dl->AddCircle(c, s * 0.36f, IM_COL32_WHITE, 0, 1.3f);
      break;
    case LegendSymbol::Echelon:
      dl->AddRectFilled(ImVec2(c.x - 5, c.y - 5), ImVec2(c.x + 5, c.y + 5), u32(side_c));
      dl->AddRect(ImVec2(c.x - 5, c.y - 5), ImVec2(c.x + 5, c.y + 5), IM_COL32_WHITE, 0, 0, 1.3f);
      break;
    case LegendSymbol::Trail:
      for (int k = 0; k < 6; ++k) {
        const float x0 = p.x + s * static_cast<float>(k) / 6;
        dl->AddLine(ImVec2(x0, c.y), ImVec2(x0 + s / 6, c.y),
                    u32({0.45f, 0.42f, 0.40f, 0.15f + 0.15f * static_cast<float>(k)}), 5);
      }
      break;
    case LegendSymbol::MissionJourney:
      dashed(side_c, 3, 6, 4);
      break;
    case LegendSymbol::Talks:
      dl->AddCircleFilled(c, s * 0.45f, u32(with_alpha(st.talks, 0.25f)));
      dl->AddCircle(c, s * 0.45f, u32(with_alpha(st.talks, 0.9f)), 0, 1.5f);
      break;
    case LegendSymbol::Event:
    case LegendSymbol::PastEvent: {
      const float r = sym == LegendSymbol::Event ? 6.5f : 3.5f;
      const float a = sym == LegendSymbol::Event ? 1.0f : 0.55f;
      dl->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r),
                        ImVec2(c.x - r, c.y), u32(with_alpha(st.event_neutral, a)));
      dl->AddQuad(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r),
                  ImVec2(c.x - r, c.y), IM_COL32_WHITE, 1.2f);
      break;
    }
    case LegendSymbol::Uncertain:
      dl->AddCircleFilled(c, s * 0.32f, u32({0.45f, 0.42f, 0.40f, 0.5f}));
      dl->AddCircle(c, s * 0.32f, IM_COL32(255, 255, 255, 128), 0, 1.3f);
      break;
    case LegendSymbol::River:
      dl->AddBezierCubic(ImVec2(p.x, c.y + 3), ImVec2(p.x + s / 3, c.y - 6),
                         ImVec2(p.x + 2 * s / 3, c.y + 6), ImVec2(p.x + s, c.y - 3), u32(st.river),
                         1.6f);
      break;
    case LegendSymbol::Lake:
      dl->AddRectFilled(ImVec2(p.x + 2, p.y + 4), ImVec2(p.x + s - 2, p.y + s - 4), u32(st.water),
                        4);
      dl->AddRect(ImVec2(p.x + 2, p.y + 4), ImVec2(p.x + s - 2, p.y + s - 4), u32(st.coast), 4);
      break;
  }
}

}  // namespace

void draw_layers_and_legend(ControlsView& view, const Atlas& atlas, const Scene& scene,
                            const Translations& tr, const MapStyle& style, float top,
                            float bottom) {
  view.panel_rect = {};
  if (!view.show_layers && !view.show_legend) return;
  const float w = ImGui::GetFontSize() * 15;
  ImGui::SetNextWindowPos(ImVec2(0, bottom), ImGuiCond_Always, ImVec2(0, 1));
  ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w * 2, std::max(100.0f, bottom - top)));
  ImGui::SetNextWindowBgAlpha(0.9f);
  // A scrollbar where the panel is taller than the room (both open on a small screen).
  ImGui::Begin("##layers", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  // The counts' column, after the bars buttons' column; a longer name pushes its count right.
  const float count_x =
      w - ImGui::GetFontSize() * 2.5f + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
  if (view.show_layers) {
    ImGui::TextDisabled("%s", tr.tr("layers.title").c_str());
    for (std::size_t k = 0; k < kLayerCount; ++k) {
      const auto layer = static_cast<Layer>(k);
      // First column: the timeline's bars count this layer (a second press: all happenings
      // again); the base map has none. As the sides below have their colour there.
      if (layer != Layer::Base) {
        ImGui::PushID(static_cast<int>(k));
        const bool bars = view.bars_layer == layer;
        if (ImGui::RadioButton("##bars", bars)) {
          if (bars)
            view.bars_layer.reset();
          else
            view.bars_layer = layer;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("layers.bars_tip").c_str());
        ImGui::PopID();
      } else {
        ImGui::Dummy(ImVec2(ImGui::GetFrameHeight(), ImGui::GetFrameHeight()));
      }
      ImGui::SameLine();
      bool on = view.filter.layer_shown(layer);
      if (ImGui::Checkbox(with_id(tr.tr(layer_key(layer)), layer_key(layer)).c_str(), &on))
        view.filter.set_layer(layer, on);
      if (layer != Layer::Base) {
        // How many are on the map now (of how many there are at this date).
        ImGui::SameLine();
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), count_x));
        if (scene.shown_count[k] == scene.present_count[k])
          ImGui::Text("%d", scene.present_count[k]);
        else
          ImGui::Text("%d/%d", scene.shown_count[k], scene.present_count[k]);
      }
    }
    if (view.sides.size() > 1) {
      ImGui::Separator();
      ImGui::TextDisabled("%s", tr.tr("layers.sides").c_str());
      for (const std::string& side : view.sides) {
        bool on = view.filter.side_shown(side);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float sz = ImGui::GetFrameHeight();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x + 3, p.y + 3),
                                                  ImVec2(p.x + sz - 3, p.y + sz - 3),
                                                  u32(affiliation_color(side)), 3);
        ImGui::Dummy(ImVec2(sz, sz));
        ImGui::SameLine();
        const std::string name = tr.tr_or("side." + side, side.empty() ? "?" : side);
        if (ImGui::Checkbox(with_id(name, ("side" + side).c_str()).c_str(), &on))
          view.filter.set_side(side, on);
      }
    }
  }
  if (view.show_legend) {
    if (view.show_layers) ImGui::Separator();
    ImGui::TextDisabled("%s", tr.tr("legend.title").c_str());
    legend_entries(atlas, scene, view.legend);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float s = ImGui::GetFontSize() * 1.3f;
    for (const LegendEntry& e : view.legend) {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      draw_symbol(dl, p, s, e.symbol, e.side, style);
      ImGui::Dummy(ImVec2(s, s));
      ImGui::SameLine();
      const std::string& what = tr.tr(legend_key(e.symbol));
      const std::string text = e.side.empty() ? what
                                              : fill(tr.tr("legend.with_side"),
                                                     {tr.tr_or("side." + e.side, e.side), what});
      ImGui::TextUnformatted(text.c_str());
    }
  }
  view.panel_rect = {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                     ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                     ImGui::GetWindowPos().y + ImGui::GetWindowSize().y};
  ImGui::End();
}

}  // namespace histmap
