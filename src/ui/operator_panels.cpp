#include "ui/operator_panels.h"

#include <string>

#include <imgui.h>

namespace histmap {
namespace {

void begin_centered(const char* id, float display_w, float display_h) {
  ImGui::SetNextWindowPos(ImVec2(display_w / 2, display_h / 2), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowFocus();
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
}

}  // namespace

void draw_pin_pad(PinPadInput& input, std::size_t typed, bool locked, bool wrong,
                  const Translations& tr, float display_w, float display_h) {
  begin_centered("##pinpad", display_w, display_h);
  const float key = ImGui::GetFontSize() * 3.2f;
  ImGui::TextUnformatted(tr.tr("kiosk.pin_title").c_str());
  std::string dots;
  for (std::size_t i = 0; i < typed; ++i) dots += "● ";
  ImGui::TextUnformatted(dots.empty() ? " " : dots.c_str());
  if (locked)
    ImGui::TextColored(ImVec4(0.9f, 0.3f, 0.2f, 1), "%s", tr.tr("kiosk.pin_locked").c_str());
  else if (wrong)
    ImGui::TextColored(ImVec4(0.9f, 0.3f, 0.2f, 1), "%s", tr.tr("kiosk.pin_wrong").c_str());
  static const char* const kRows[] = {"123", "456", "789"};
  for (const char* row : kRows) {
    for (int k = 0; k < 3; ++k) {
      if (k > 0) ImGui::SameLine();
      const char label[2] = {row[k], '\0'};
      if (ImGui::Button(label, ImVec2(key, key))) input.digit = row[k];
    }
  }
  if (ImGui::Button((tr.tr("kiosk.pin_erase") + "###erase").c_str(), ImVec2(key, key)))
    input.erase = true;
  ImGui::SameLine();
  if (ImGui::Button("0", ImVec2(key, key))) input.digit = '0';
  ImGui::SameLine();
  if (ImGui::Button((tr.tr("kiosk.pin_enter") + "###enter").c_str(), ImVec2(key, key)))
    input.enter = true;
  if (ImGui::Button((tr.tr("kiosk.cancel") + "###cancel").c_str(),
                    ImVec2(key * 3 + 16, key * 0.7f)))
    input.cancel = true;
  ImGui::End();
}

void draw_operator_menu(OperatorChoice& choice, const Translations& tr, float display_w,
                        float display_h) {
  begin_centered("##operator", display_w, display_h);
  const ImVec2 button(ImGui::GetFontSize() * 14, ImGui::GetFontSize() * 2.6f);
  ImGui::TextUnformatted(tr.tr("kiosk.operator_title").c_str());
  if (ImGui::Button((tr.tr("kiosk.back") + "###back").c_str(), button)) choice.back = true;
  if (ImGui::Button((tr.tr("kiosk.leave") + "###leave").c_str(), button)) choice.leave_kiosk = true;
  if (ImGui::Button((tr.tr("kiosk.quit") + "###quit").c_str(), button)) choice.quit = true;
  ImGui::End();
}

}  // namespace histmap
