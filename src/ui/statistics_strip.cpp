#include "ui/statistics_strip.h"

#include <cmath>
#include <string>

#include <imgui.h>

#include "render/style.h"

namespace histmap {
namespace {

// The layers the strip counts (the base map is not counted), in the Layers panel's order.
constexpr Layer kCounted[] = {Layer::Regions, Layer::Railways,  Layer::Stations, Layer::Places,
                              Layer::Units,   Layer::Movements, Layer::Missions, Layer::Events};

int layer_count(const SceneStatistics& s, Layer l) {
  int n = 0;
  for (std::size_t k = 0; k < kKindCount; ++k)
    if (layer_of(static_cast<Kind>(k)) == l) n += s.by_kind[k];
  return n;
}

std::string bars_label(const Translations& tr, std::optional<Layer> l) {
  return l ? fill(tr.tr("stats.bars_layer"), {tr.tr(layer_key(*l))}) : tr.tr("stats.bars_marks");
}

}  // namespace

void draw_statistics_strip(StatisticsView& view, std::optional<Layer>& bars_layer,
                           const Atlas& atlas, const Scene& scene, const Translations& tr,
                           DateDisplay display, double from, double to, float right, float bottom) {
  scene_statistics(atlas, scene, view.stats);
  ImGui::SetNextWindowPos(ImVec2(right, bottom), ImGuiCond_Always, ImVec2(1, 1));
  ImGui::SetNextWindowBgAlpha(0.9f);
  ImGui::Begin("##statistics", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  const auto day = [&](double d) {
    return format_day(static_cast<DayNumber>(std::floor(d)), display, tr.date_words());
  };
  const std::string when = from < to ? fill(tr.tr("stats.on_map_window"), {day(from), day(to)})
                                     : fill(tr.tr("stats.on_map"), {day(to)});
  ImGui::TextDisabled("%s", when.c_str());
  // Row 1: per layer, the layers with something on the map.
  bool first = true;
  for (Layer l : kCounted) {
    const int n = layer_count(view.stats, l);
    if (n == 0) continue;
    if (!first) ImGui::SameLine(0, ImGui::GetFontSize());
    first = false;
    ImGui::Text("%s %d", tr.tr(layer_key(l)).c_str(), n);
  }
  if (first) ImGui::TextDisabled("%s", tr.tr("stats.nothing").c_str());
  // Row 2: units, echelons and missions per side, each with its colour.
  if (!view.stats.by_side.empty()) {
    ImGui::TextDisabled("%s", tr.tr("stats.sides").c_str());
    for (const SideCount& s : view.stats.by_side) {
      if (s.count == 0) continue;
      ImGui::SameLine();
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float sz = ImGui::GetTextLineHeight();
      const Rgba c = affiliation_color(s.side);
      ImGui::GetWindowDrawList()->AddRectFilled(
          ImVec2(p.x, p.y + 2), ImVec2(p.x + sz - 4, p.y + sz - 2),
          ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a)), 2);
      ImGui::Dummy(ImVec2(sz - 2, sz));
      ImGui::SameLine(0, 2);
      ImGui::Text("%s %d", tr.tr_or("side." + s.side, s.side.empty() ? "?" : s.side).c_str(),
                  s.count);
    }
  }
  // Row 3: what the timeline's bars count.
  ImGui::TextDisabled("%s", tr.tr("stats.bars").c_str());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  if (ImGui::BeginCombo("##bars", bars_label(tr, bars_layer).c_str())) {
    if (ImGui::Selectable(bars_label(tr, std::nullopt).c_str(), !bars_layer)) bars_layer.reset();
    for (Layer l : kCounted)
      if (ImGui::Selectable(bars_label(tr, l).c_str(), bars_layer == l)) bars_layer = l;
    ImGui::EndCombo();
  }
  view.rect = {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
               ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
               ImGui::GetWindowPos().y + ImGui::GetWindowSize().y};
  ImGui::End();
}

}  // namespace histmap
