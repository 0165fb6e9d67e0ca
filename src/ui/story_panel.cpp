#include "ui/story_panel.h"

#include <algorithm>
#include <string>

#include <imgui.h>

namespace histmap {

void draw_story_panel(StoryPanelView& view, const Story& story, std::size_t chapter,
                      const Translations& tr, float display_w, float bottom) {
  if (story.chapters.empty()) return;
  chapter = std::min(chapter, story.chapters.size() - 1);
  const Chapter& c = story.chapters[chapter];
  const Language lang = tr.language();
  const float font = ImGui::GetFontSize();
  // Wide enough for a few lines of caption, never over half a wide screen.
  const float width = std::clamp(display_w * 0.42f, std::min(display_w - 16, font * 22), font * 34);
  ImGui::SetNextWindowPos(ImVec2(8, bottom - 8), ImGuiCond_Always, ImVec2(0, 1));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowBgAlpha(0.94f);
  ImGui::Begin("##story", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::PushTextWrapPos(0);  // long titles and captions wrap inside the panel
  ImGui::TextDisabled("%s  ·  %s", story.title.in(lang).c_str(),
                      fill(tr.tr("story.chapter_of"),
                           {std::to_string(chapter + 1), std::to_string(story.chapters.size())})
                          .c_str());
  ImGui::SetWindowFontScale(1.3f);
  ImGui::TextUnformatted(c.title.in(lang).c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Spacing();
  ImGui::TextUnformatted(c.caption.in(lang).c_str());
  if (!c.sources.empty()) {
    std::string sources;
    for (const std::string& s : c.sources) sources += (sources.empty() ? "" : "; ") + s;
    ImGui::Spacing();
    ImGui::SetWindowFontScale(0.85f);
    ImGui::TextDisabled("%s %s", tr.tr("story.sources").c_str(), sources.c_str());
    ImGui::SetWindowFontScale(1.0f);
  }
  ImGui::PopTextWrapPos();
  if (view.interactive) {
    ImGui::Separator();
    const ImVec2 button(view.large ? font * 5.5f : 0, view.large ? font * 2.4f : 0);
    ImGui::BeginDisabled(chapter == 0);
    if (ImGui::Button((tr.tr("story.previous") + "###prev").c_str(), button)) view.previous = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(chapter + 1 >= story.chapters.size());
    if (ImGui::Button((tr.tr("story.next") + "###next").c_str(), button)) view.next = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button((tr.tr("story.chapters") + "###chapters").c_str(), button))
      view.show_chapters = !view.show_chapters;
    if (view.allow_export) {
      ImGui::SameLine();
      if (ImGui::Button((tr.tr("story.export") + "###export").c_str(), button))
        view.export_video = true;
    }
    ImGui::SameLine();
    if (ImGui::Button((tr.tr("story.close") + "###close").c_str(), button)) view.close = true;
    if (view.show_chapters) {
      for (std::size_t k = 0; k < story.chapters.size(); ++k) {
        const std::string line = std::to_string(k + 1) + ". " + story.chapters[k].title.in(lang);
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::Selectable(line.c_str(), k == chapter, 0,
                              ImVec2(0, font * (view.large ? 2.2f : 1.5f)))) {
          view.jump = k;
          view.show_chapters = false;
        }
        ImGui::PopID();
      }
    }
  }
  const ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
  view.rect = {p.x, p.y, p.x + s.x, p.y + s.y};
  ImGui::End();
}

void draw_story_picker(StoryPickerView& view, const std::vector<const Story*>& stories,
                       const Translations& tr, float display_w, float top) {
  if (!view.open) return;
  const float font = ImGui::GetFontSize();
  const float width = std::min(display_w - 16, font * 30);
  ImGui::SetNextWindowPos(ImVec2(display_w / 2, top + 8), ImGuiCond_Always, ImVec2(0.5f, 0));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::Begin((tr.tr("story.pick_title") + "###stories").c_str(), &view.open,
               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove);
  if (stories.empty()) ImGui::TextDisabled("%s", tr.tr("story.none").c_str());
  const Language lang = tr.language();
  for (std::size_t k = 0; k < stories.size(); ++k) {
    ImGui::PushID(static_cast<int>(k));
    if (ImGui::Button(stories[k]->title.in(lang).c_str(), ImVec2(-1, font * 2.2f))) {
      view.chosen = k;
      view.open = false;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", stories[k]->summary.in(lang).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::PopID();
  }
  ImGui::End();
}

}  // namespace histmap
