#include "ui/progress_panel.h"

#include <imgui.h>

namespace histmap {

bool draw_progress_panel(const std::string& title, float fraction, const std::string& detail,
                         const Translations& tr, float display_w, float display_h) {
  ImGui::SetNextWindowPos(ImVec2(display_w / 2, display_h / 2), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 24, 0));
  ImGui::SetNextWindowBgAlpha(1.0f);  // the map must not show through the figures
  ImGui::Begin("##progress", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextUnformatted(title.c_str());
  ImGui::ProgressBar(fraction, ImVec2(-1, 0));
  ImGui::TextDisabled("%s", detail.c_str());
  const bool cancel = ImGui::Button((tr.tr("export.cancel") + "###cancel").c_str());
  ImGui::End();
  return cancel;
}

}  // namespace histmap
