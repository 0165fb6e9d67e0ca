#include "ui/open_panel.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <imgui.h>

namespace histmap {
namespace {

std::string with_id(const std::string& text, const char* id) {
  return text + "###" + id;
}

void copy_to(char* buffer, std::size_t size, const std::string& s) {
  const std::size_t n = std::min(size - 1, s.size());
  std::memcpy(buffer, s.data(), n);
  buffer[n] = '\0';
}

// 1234567 as "1 234 567" (thin spaces), as the map writes numbers.
std::string grouped(std::size_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3)
    s.insert(static_cast<std::size_t>(i), "\u2009");
  return s;
}

std::string join(const std::string& folder, const std::string& name) {
  return folder == "/" ? "/" + name : folder + "/" + name;
}

}  // namespace

void draw_open_panel(OpenView& view, const Translations& tr, bool busy, float top) {
  if (!view.open) return;
  if (!view.listed) {
    // The browser starts where the path points, or in the working folder.
    std::string start = view.path[0] ? view.path : ".";
    FolderListing l = list_folder(start);
    if (!l.error.empty() && view.path[0]) l = list_folder(parent_folder(l.path));
    view.listing = std::move(l);
    view.listed = true;
    if (!view.path[0]) copy_to(view.path, sizeof view.path, view.listing.path);
  }
  // A load is asked for only with field names that parse; the error stays in the panel.
  const auto ask = [&](std::vector<std::string> inputs, bool add, std::string sql) {
    FieldMap fields;
    view.fields_error = add_field_mappings(fields, view.fields);
    if (view.fields_error.empty())
      view.asked = OpenAsk{std::move(inputs), add, std::move(sql), std::move(fields)};
  };
  const float em = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(em * 0.5f, top + em * 0.5f), ImGuiCond_Appearing);
  ImGui::SetNextWindowSize(ImVec2(em * 34, em * 34), ImGuiCond_Appearing);
  ImGui::Begin(with_id(tr.tr("open.title"), "open").c_str(), &view.open,
               ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);
  ImGui::TextUnformatted(tr.tr("open.fields").c_str());
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##fields", "start=date_from kind=\"event\"", view.fields,
                           sizeof view.fields);
  if (ImGui::IsItemHovered()) {  // a long tip, wrapped to the panel's width
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(em * 32);
    ImGui::TextUnformatted(tr.tr("open.fields_tip").c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  if (!view.fields_error.empty())
    ImGui::TextColored(ImVec4(0.95f, 0.45f, 0.3f, 1), "%s", view.fields_error.c_str());
  ImGui::TextUnformatted(tr.tr("open.path").c_str());
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputText("##path", view.path, sizeof view.path, ImGuiInputTextFlags_EnterReturnsTrue))
    view.listed = false;  // Enter on a folder browses it
  // The browser: up, then subfolders (a click goes in) and files (a click picks it).
  if (ImGui::Button(with_id(tr.tr("open.up"), "up").c_str())) {
    copy_to(view.path, sizeof view.path, parent_folder(view.listing.path));
    view.listed = false;
  }
  ImGui::SameLine();
  ImGui::TextDisabled("%s", view.listing.path.c_str());
  const float footer = ImGui::GetFrameHeightWithSpacing() * 7 + em;  // the buttons and database
  ImGui::BeginChild("##browser", ImVec2(0, -footer), true);
  if (!view.listing.error.empty())
    ImGui::TextDisabled("%s", fill(tr.tr("open.no_folder"), {view.listing.error}).c_str());
  std::string go_into;
  for (std::size_t k = 0; k < view.listing.entries.size(); ++k) {
    const FolderEntry& e = view.listing.entries[k];
    const std::string full = join(view.listing.path, e.name);
    ImGui::PushID(static_cast<int>(k));
    const std::string label = e.folder ? "[" + e.name + "]" : e.name;
    if (ImGui::Selectable(label.c_str(), full == view.path,
                          ImGuiSelectableFlags_AllowDoubleClick)) {
      copy_to(view.path, sizeof view.path, full);
      if (e.folder && ImGui::IsMouseDoubleClicked(0)) go_into = full;
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
  if (!go_into.empty()) {
    copy_to(view.path, sizeof view.path, go_into);
    view.listed = false;
  }
  ImGui::BeginDisabled(busy || view.path[0] == '\0');
  if (ImGui::Button(with_id(tr.tr("open.add"), "add").c_str())) ask({view.path}, true, {});
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", tr.tr("open.add_tip").c_str());
  ImGui::SameLine();
  if (ImGui::Button(with_id(tr.tr("open.replace"), "replace").c_str())) ask({view.path}, false, {});
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", tr.tr("open.replace_tip").c_str());
  ImGui::EndDisabled();

  ImGui::Separator();
  ImGui::TextUnformatted(tr.tr("open.database").c_str());
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##connection", "PG:\"dbname=... host=...\"", view.connection,
                           sizeof view.connection);
  ImGui::SetNextItemWidth(em * 12);
  ImGui::InputTextWithHint("##table", tr.tr("open.table").c_str(), view.table, sizeof view.table);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##sql", tr.tr("open.sql").c_str(), view.sql, sizeof view.sql);
  const std::string source = postgis_source(view.connection, view.sql[0] ? "" : view.table);
  ImGui::BeginDisabled(busy || source.empty());
  if (ImGui::Button(with_id(tr.tr("open.add"), "dbadd").c_str())) ask({source}, true, view.sql);
  ImGui::SameLine();
  if (ImGui::Button(with_id(tr.tr("open.replace"), "dbreplace").c_str()))
    ask({source}, false, view.sql);
  ImGui::EndDisabled();
  if (busy) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr.tr("open.busy").c_str());
  }
  ImGui::End();
  if (view.asked) view.open = false;
}

void draw_load_report(LoadReportView& view, const Translations& tr, float display_w, float top) {
  if (!view.open) return;
  const float em = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(display_w / 2, top + em * 0.5f), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(em * 20, 0), ImVec2(em * 44, em * 22));
  ImGui::Begin(with_id(tr.tr("load.report"), "loadreport").c_str(), &view.open,
               ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextUnformatted(view.summary.c_str());
  if (view.total_problems > 0)
    ImGui::TextColored(ImVec4(0.95f, 0.6f, 0.2f, 1), "%s",
                       fill(tr.tr("load.problems"), {grouped(view.total_problems)}).c_str());
  if (view.total_notes > 0)
    ImGui::TextUnformatted(fill(tr.tr("load.notes"), {grouped(view.total_notes)}).c_str());
  // The problems first (the caller sorts them so), then the notes.
  constexpr std::size_t kShown = 8;
  for (std::size_t k = 0; k < std::min(kShown, view.diagnostics.size()); ++k) {
    const std::string line = view.diagnostics[k].to_string();
    ImGui::Bullet();
    ImGui::PushTextWrapPos(em * 42);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
  }
  if (const std::size_t all = view.total_problems + view.total_notes; all > kShown)
    ImGui::TextDisabled("%s", fill(tr.tr("load.problems_more"), {grouped(all - kShown)}).c_str());
  if (ImGui::Button(with_id(tr.tr("open.close"), "close").c_str())) view.open = false;
  ImGui::End();
}

bool draw_load_progress(const std::string& title, double fraction, const std::string& detail,
                        double seconds, const Translations& tr, float display_w, float display_h) {
  ImGui::SetNextWindowPos(ImVec2(display_w / 2, display_h / 2), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 24, 0));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("##loading", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextUnformatted(title.c_str());
  if (fraction >= 0) {
    ImGui::ProgressBar(static_cast<float>(fraction), ImVec2(-1, 0));
  } else {
    // The total is not known: a block sweeps along the bar, so the window visibly lives.
    ImGui::ProgressBar(0.0f, ImVec2(-1, 0), "");
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float w = b.x - a.x, block = w * 0.25f;
    const float phase = static_cast<float>(std::fmod(seconds * 0.8, 1.0));
    const float x0 = a.x + (w + block) * phase - block;
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(std::max(a.x, x0), a.y + 1), ImVec2(std::min(b.x, x0 + block), b.y - 1),
        ImGui::GetColorU32(ImGuiCol_PlotHistogram), ImGui::GetStyle().FrameRounding);
  }
  ImGui::TextDisabled("%s", detail.c_str());
  const bool cancel = ImGui::Button((tr.tr("export.cancel") + "###loadcancel").c_str());
  ImGui::End();
  return cancel;
}

}  // namespace histmap
