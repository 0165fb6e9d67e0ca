#include "ui/inspector_panel.h"

#include <algorithm>
#include <array>
#include <string>

#include <imgui.h>

namespace histmap {
namespace {

// Attributes shown in their own rows above; the table lists the rest.
constexpr std::array<const char*, 17> kShown = {
    "id",    "kind",      "name",     "name_ru",     "name_kk",  "name_cs",
    "start", "end",       "calendar", "times",       "strength", "commander",
    "note",  "certainty", "sources",  "affiliation", "date_text"};

const char* certainty_name(Certainty c) {
  switch (c) {
    case Certainty::Certain:
      return "certain";
    case Certainty::Approximate:
      return "approximate";
    case Certainty::Conjectural:
      return "conjectural";
  }
  return "";
}

void row(const char* label, const std::string& value) {
  if (value.empty()) return;
  ImGui::TextDisabled("%s", label);
  // Long attribute names take their own line rather than overprint the value.
  if (ImGui::GetItemRectSize().x < 100) ImGui::SameLine(110);
  ImGui::TextWrapped("%s", value.c_str());
}

}  // namespace

void draw_inspector_panel(const Atlas& atlas, InspectorView& view, DateDisplay display,
                          float display_w, float display_h, float bottom_reserved) {
  view.width = 0;
  if (!view.feature || *view.feature >= atlas.features.size()) {
    view.feature.reset();
    return;
  }
  const Feature& f = atlas.features[*view.feature];
  const float w = std::min(440.0f, display_w * 0.4f);
  view.width = w;
  ImGui::SetNextWindowPos(ImVec2(display_w - w, 0));
  ImGui::SetNextWindowSize(ImVec2(w, display_h - bottom_reserved));
  ImGui::SetNextWindowBgAlpha(0.94f);
  bool open = true;
  const std::string title = (f.name.empty() ? f.id : f.name) + "###inspector";
  ImGui::Begin(title.c_str(), &open,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);

  std::string what = kind_name(f.kind);
  if (!f.affiliation.empty()) what += " \u00b7 " + f.affiliation;
  ImGui::TextDisabled("%s", what.c_str());
  const std::string* shown = &f.name;
  for (const std::string* n : {&f.name_ru, &f.name_kk, &f.name_cs}) {
    if (n->empty() || *n == f.name || *n == *shown) continue;
    ImGui::TextUnformatted(n->c_str());
    shown = n;
  }
  ImGui::Separator();

  std::string date_text;
  for (const auto& [k, v] : f.attributes)
    if (k == "date_text") date_text = v;
  if (f.start) row("From", format_range(*f.start, display));
  if (f.end) row("Until", format_range(*f.end, display));
  if (!f.times.empty()) {
    row("Journey",
        format_day(f.times.front(), display) + " \u2013 " + format_day(last_time(f), display));
  }
  row("Source says", date_text.empty() ? std::string() : "\u201c" + date_text + "\u201d");
  if (f.calendar == Calendar::Julian) row("Calendar", "dates given Old Style (Julian)");
  if (f.strength) row("Strength", std::to_string(*f.strength) + " men");
  row("Commander", f.commander);
  if (f.certainty != Certainty::Certain) row("Certainty", certainty_name(f.certainty));

  if (!f.note.empty()) {
    ImGui::Separator();
    ImGui::TextWrapped("%s", f.note.c_str());
  }
  ImGui::Separator();
  ImGui::TextDisabled("Sources");
  if (f.sources.empty()) ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.2f, 1), "no citation given");
  for (const std::string& s : f.sources) ImGui::BulletText("%s", s.c_str());

  bool header = false;
  for (const auto& [k, v] : f.attributes) {
    if (std::find_if(kShown.begin(), kShown.end(), [&](const char* s) { return k == s; }) !=
        kShown.end())
      continue;
    if (!header) {
      ImGui::Separator();
      ImGui::TextDisabled("Attributes");
      header = true;
    }
    row(k.c_str(), v);
  }
  ImGui::Separator();
  ImGui::TextDisabled("%s \u00b7 %s", f.id.c_str(), f.file.c_str());
  ImGui::End();
  if (!open) view.feature.reset();
}

}  // namespace histmap
