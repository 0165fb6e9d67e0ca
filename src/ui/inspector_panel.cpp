#include "ui/inspector_panel.h"

#include <algorithm>
#include <array>
#include <string>

#include <imgui.h>

#include "render/style.h"
#include "ui/kind_label.h"

namespace histmap {
namespace {

// Attributes shown in their own rows above; the table lists the rest.
constexpr std::array<const char*, 17> kShown = {
    "id",    "kind",      "name",     "name_ru",     "name_kk",  "name_cs",
    "start", "end",       "calendar", "times",       "strength", "commander",
    "note",  "certainty", "sources",  "affiliation", "date_text"};

const char* certainty_key(Certainty c) {
  switch (c) {
    case Certainty::Certain:
      return "certainty.certain";
    case Certainty::Approximate:
      return "certainty.approximate";
    case Certainty::Conjectural:
      return "certainty.conjectural";
  }
  return "certainty.certain";
}

void row(const std::string& label, const std::string& value) {
  if (value.empty()) return;
  ImGui::TextDisabled("%s", label.c_str());
  // Long attribute names take their own line rather than overprint the value.
  const float column = ImGui::GetFontSize() * 7;
  if (ImGui::GetItemRectSize().x < column - 8) ImGui::SameLine(column);
  ImGui::TextWrapped("%s", value.c_str());
}

}  // namespace

void draw_inspector_panel(const Atlas& atlas, InspectorView& view, const Translations& tr,
                          DateDisplay display, float display_w, float display_h,
                          float bottom_reserved) {
  const DateWords& words = tr.date_words();
  const auto T = [&](const char* key) -> const std::string& { return tr.tr(key); };
  view.width = 0;
  if (!view.feature || *view.feature >= atlas.features.size()) {
    view.feature.reset();
    return;
  }
  const Feature& f = atlas.features[*view.feature];
  const float w = std::min(ImGui::GetFontSize() * 26, display_w * 0.4f);
  view.width = w;
  ImGui::SetNextWindowPos(ImVec2(display_w - w, 0));
  ImGui::SetNextWindowSize(ImVec2(w, display_h - bottom_reserved));
  ImGui::SetNextWindowBgAlpha(0.94f);
  bool open = true;
  const std::string title = display_name(f, tr.language()) + "###inspector";
  ImGui::Begin(title.c_str(), &open,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);

  std::string what = kind_label(tr, f.kind);
  if (!f.affiliation.empty()) what += " \u00b7 " + tr.tr_or("side." + f.affiliation, f.affiliation);
  ImGui::TextDisabled("%s", what.c_str());
  // Every name the data gives, with its language, so a reader can search or cite it.
  const std::pair<const char*, const std::string*> names[] = {
      {"EN", &f.name}, {"RU", &f.name_ru}, {"KK", &f.name_kk}, {"CS", &f.name_cs}};
  for (const auto& [code, n] : names) {
    if (n->empty()) continue;
    ImGui::TextDisabled("%s", code);
    ImGui::SameLine(ImGui::CalcTextSize("WW").x + ImGui::GetStyle().ItemSpacing.x * 2);
    ImGui::TextWrapped("%s", n->c_str());
  }
  ImGui::Separator();

  std::string date_text;
  for (const auto& [k, v] : f.attributes)
    if (k == "date_text") date_text = v;
  if (f.start) row(T("inspector.from"), format_range(*f.start, display, words));
  if (f.end) row(T("inspector.until"), format_range(*f.end, display, words));
  if (!f.times.empty()) {
    row(T("inspector.journey"), format_day(f.times.front(), display, words) + " \u2013 " +
                                    format_day(last_time(f), display, words));
  }
  row(T("inspector.source_says"),
      date_text.empty() ? std::string() : "\u201c" + date_text + "\u201d");
  if (f.calendar == Calendar::Julian) row(T("inspector.calendar"), T("inspector.julian"));
  if (f.strength)
    row(T("inspector.strength"), fill(T("inspector.men"), {std::to_string(*f.strength)}));
  for (const auto& [day, men] : f.strengths)
    row(T("inspector.strength"), fill(T("inspector.men"), {std::to_string(men)}) + " (" +
                                     format_day(day, display, words) + ")");
  row(T("inspector.commander"), f.commander);
  if (f.certainty != Certainty::Certain)
    row(T("inspector.certainty"), T(certainty_key(f.certainty)));

  // The citations before the note: they are what a reader must find at once.
  ImGui::Separator();
  ImGui::TextDisabled("%s", T("inspector.sources").c_str());
  if (f.sources.empty())
    ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.2f, 1), "%s", T("inspector.no_citation").c_str());
  for (const std::string& s : f.sources) ImGui::BulletText("%s", s.c_str());
  if (!f.note.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("%s", T("inspector.note").c_str());
    ImGui::TextWrapped("%s", f.note.c_str());
  }

  bool header = false;
  for (const auto& [k, v] : f.attributes) {
    if (std::find_if(kShown.begin(), kShown.end(), [&](const char* s) { return k == s; }) !=
        kShown.end())
      continue;
    if (!header) {
      ImGui::Separator();
      ImGui::TextDisabled("%s", T("inspector.attributes").c_str());
      header = true;
    }
    row(k, v);
  }
  ImGui::Separator();
  ImGui::TextDisabled("%s \u00b7 %s", f.id.c_str(), f.file.c_str());
  ImGui::End();
  if (!open) view.feature.reset();
}

}  // namespace histmap
