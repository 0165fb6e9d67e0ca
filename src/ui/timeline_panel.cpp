#include "ui/timeline_panel.h"

#include <cmath>
#include <string>

#include <imgui.h>

namespace histmap {
namespace {

double add_months(double t, int months) {
  CivilDate d = from_day_number(static_cast<DayNumber>(std::floor(t)));
  int m = d.month - 1 + months;
  d.year += m >= 0 ? m / 12 : -((11 - m) / 12);
  d.month = ((m % 12) + 12) % 12 + 1;
  d.day = std::min(d.day, days_in_month(d.year, d.month, Calendar::Gregorian));
  return to_day_number(d);
}

}  // namespace

void draw_timeline_panel(Playback& pb, TimelineView& view, float display_w, float display_h) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float h = ImGui::GetFrameHeightWithSpacing() * 2 + style.WindowPadding.y * 2;
  view.height = h;
  ImGui::SetNextWindowPos(ImVec2(0, display_h - h));
  ImGui::SetNextWindowSize(ImVec2(display_w, h));
  ImGui::SetNextWindowBgAlpha(0.88f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoFocusOnAppearing;
  ImGui::Begin("Timeline", nullptr, flags);

  if (ImGui::Button(pb.playing ? "Pause" : "Play", ImVec2(80, 0))) pb.toggle();
  ImGui::SameLine();
  if (ImGui::Button("-1 month")) pb.set_day(add_months(pb.t, -1));
  ImGui::SameLine();
  if (ImGui::Button("-1 week")) pb.set_day(pb.t - 7);
  ImGui::SameLine();
  if (ImGui::Button("-1 day")) pb.set_day(std::floor(pb.t) - 1);
  ImGui::SameLine();
  if (ImGui::Button("+1 day")) pb.set_day(std::floor(pb.t) + 1);
  ImGui::SameLine();
  if (ImGui::Button("+1 week")) pb.set_day(pb.t + 7);
  ImGui::SameLine();
  if (ImGui::Button("+1 month")) pb.set_day(add_months(pb.t, 1));
  ImGui::SameLine();
  ImGui::Checkbox("Loop", &pb.loop);
  ImGui::SameLine();
  float speed = static_cast<float>(pb.days_per_second);
  ImGui::SetNextItemWidth(220);
  if (ImGui::SliderFloat("days per second", &speed, static_cast<float>(Playback::kMinSpeed),
                         static_cast<float>(Playback::kMaxSpeed), "%.2f",
                         ImGuiSliderFlags_Logarithmic))
    pb.set_speed(speed);
  if (view.data_first < view.story_first || view.data_last > view.story_last) {
    ImGui::SameLine();
    const std::string span = "All dates (" + std::to_string(from_day_number(view.data_first).year) +
                             "–" + std::to_string(from_day_number(view.data_last).year) + ")";
    if (ImGui::Checkbox(span.c_str(), &view.whole_span)) {
      pb.first = view.whole_span ? std::min(view.data_first, view.story_first) : view.story_first;
      pb.last = view.whole_span ? std::max(view.data_last, view.story_last) : view.story_last;
      pb.set_day(pb.t);  // clamps into the new range
    }
  }
  ImGui::SameLine();
  const std::string date = format_day(static_cast<DayNumber>(std::floor(pb.t)), view.display);
  ImGui::TextUnformatted(date.c_str());

  int day = static_cast<int>(std::floor(pb.t));
  ImGui::SetNextItemWidth(-1);
  const std::string first = format_iso(pb.first), last = format_iso(pb.last);
  const std::string label = first + "  " + date + "  " + last;
  if (ImGui::SliderInt("##date", &day, pb.first, pb.last, label.c_str())) pb.set_day(day);
  ImGui::End();
}

}  // namespace histmap
