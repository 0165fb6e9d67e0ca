#include "ui/timeline_panel.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>

namespace histmap {
namespace {

constexpr double kYearPerMinute = 365.25 / 60;  // days per second
constexpr float kAxisHeight = 74;

ImU32 u32(MarkKind k, float alpha = 1) {
  float c[4];
  mark_color(k, c);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(c[0], c[1], c[2], c[3] * alpha));
}

void set_range(Playback& pb, TimelineView& view, DayNumber first, DayNumber last) {
  pb.first = first;
  pb.last = last;
  pb.set_day(pb.t);  // clamps into the new range
  view.window = {static_cast<double>(first), static_cast<double>(last)};
  view.density_first = first;
  view.density = weekly_density(view.marks, first, last);
}

// Ticks: years always; months when a month is wide enough; days when a day is.
void draw_ticks(ImDrawList* dl, const TimeWindow& w, ImVec2 p0, ImVec2 p1) {
  const float width = p1.x - p0.x;
  const double px_per_day = width / std::max(1.0, w.span());
  const auto x_of = [&](double d) { return p0.x + static_cast<float>((d - w.first) * px_per_day); };
  const ImU32 faint = IM_COL32(120, 120, 120, 90);
  const ImU32 text = IM_COL32(60, 60, 60, 255);
  CivilDate c = from_day_number(static_cast<DayNumber>(std::floor(w.first)));
  c.day = 1;
  for (int guard = 0; guard < 2000; ++guard) {
    const DayNumber d = to_day_number(c);
    if (d > w.last) break;
    if (d >= w.first) {
      const float x = x_of(d);
      const bool year = c.month == 1;
      if (year || px_per_day * 30 > 14) {
        dl->AddLine(ImVec2(x, p0.y), ImVec2(x, p1.y), year ? IM_COL32(90, 90, 90, 160) : faint);
        std::string label;
        if (year) label = std::to_string(c.year);
        if (px_per_day * 30 > 60) label = std::string(month_name(c.month)).substr(0, 3) +
                                          (year || px_per_day * 30 > 200 ? " " + std::to_string(c.year) : "");
        if (!label.empty()) dl->AddText(ImVec2(x + 3, p0.y + 1), text, label.c_str());
      }
    }
    if (++c.month > 12) {
      c.month = 1;
      ++c.year;
    }
  }
  if (px_per_day > 12) {  // day ticks
    for (double d = std::ceil(w.first); d <= w.last; d += 1) {
      const float x = x_of(d);
      dl->AddLine(ImVec2(x, p1.y - 6), ImVec2(x, p1.y), faint);
      if (px_per_day > 26) {
        const std::string n = std::to_string(from_day_number(static_cast<DayNumber>(d)).day);
        dl->AddText(ImVec2(x + 2, p1.y - 20), IM_COL32(90, 90, 90, 200), n.c_str());
      }
    }
  }
}

void draw_axis(Playback& pb, TimelineView& view, const Atlas& atlas) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 p1(p0.x + width, p0.y + kAxisHeight);
  ImGui::InvisibleButton("##axis", ImVec2(width, kAxisHeight),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
  const bool hovered = ImGui::IsItemHovered();
  const ImGuiIO& io = ImGui::GetIO();
  TimeWindow& w = view.window;
  const double lo = pb.first, hi = pb.last + 1.0;
  if (w.span() <= 0) w = {lo, hi};
  const double px_per_day = width / w.span();
  const auto x_of = [&](double d) { return p0.x + static_cast<float>((d - w.first) * px_per_day); };
  const auto day_at = [&](float x) { return w.first + (x - p0.x) / px_per_day; };

  dl->AddRectFilled(p0, p1, IM_COL32(250, 248, 242, 255));
  // Density: marks per week, as bars along the bottom half.
  const float hist_top = p0.y + kAxisHeight * 0.45f;
  int peak = 1;
  for (int n : view.density) peak = std::max(peak, n);
  for (std::size_t k = 0; k < view.density.size(); ++k) {
    if (view.density[k] == 0) continue;
    const double d0 = view.density_first + 7.0 * static_cast<double>(k);
    if (d0 + 7 < w.first || d0 > w.last) continue;
    const float h = (p1.y - hist_top) * static_cast<float>(view.density[k]) / static_cast<float>(peak);
    dl->AddRectFilled(ImVec2(std::max(p0.x, x_of(d0)), p1.y - h),
                      ImVec2(std::min(p1.x, x_of(d0 + 7) - 1), p1.y), IM_COL32(150, 140, 125, 120));
  }
  draw_ticks(dl, w, p0, p1);

  // Markers in four rows by kind, so dense weeks stay readable. The nearest to the pointer
  // is the one hovered.
  const float row_y0 = p0.y + 18;
  const float row_h = 7;
  const TimelineMark* hot = nullptr;
  float hot_d = 7;
  for (const TimelineMark& m : view.marks) {
    if (m.last + 1.0 < w.first || m.day > w.last) continue;
    const float y = row_y0 + row_h * static_cast<float>(m.kind) + row_h / 2;
    const float xa = x_of(m.day), xb = x_of(m.last + 1.0);
    // A mark known to a range is a bar over the range, a mark known to the day a dot.
    // (Ranges longer than six weeks would draw lines across the whole axis: dot only.)
    if (xb - xa > 5 && m.last - m.day <= 45)
      dl->AddRectFilled(ImVec2(xa, y - 1), ImVec2(xb, y + 1), u32(m.kind, 0.3f));
    dl->AddCircleFilled(ImVec2(xa, y), 3.2f, u32(m.kind));
    if (hovered) {
      const float d = std::hypot(io.MousePos.x - xa, io.MousePos.y - y);
      if (d < hot_d) {
        hot_d = d;
        hot = &m;
      }
    }
  }
  // The date cursor.
  const float cx = x_of(pb.t);
  if (cx >= p0.x && cx <= p1.x) {
    dl->AddLine(ImVec2(cx, p0.y), ImVec2(cx, p1.y), IM_COL32(200, 40, 30, 255), 2);
    dl->AddTriangleFilled(ImVec2(cx - 5, p0.y), ImVec2(cx + 5, p0.y), ImVec2(cx, p0.y + 6),
                          IM_COL32(200, 40, 30, 255));
  }
  dl->AddRect(p0, p1, IM_COL32(150, 150, 150, 255));

  if (hot) {
    const Feature& f = atlas.features[hot->feature];
    const std::string name = f.name.empty() ? f.id : f.name;
    std::string when = f.start ? format_range(*f.start, view.display) : format_day(hot->day, view.display);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(name.c_str());
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(u32(hot->kind)), "%s", mark_kind_name(hot->kind));
    ImGui::SameLine();
    ImGui::TextUnformatted(when.c_str());
    ImGui::EndTooltip();
  }
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    if (hot) {
      pb.playing = false;
      pb.set_day(hot->day);
      view.selected = hot->feature;
    } else {
      view.scrubbing = true;
    }
  }
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) view.scrubbing = false;
  if (view.scrubbing) pb.set_day(std::floor(day_at(io.MousePos.x)));
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Right))
    w.pan(-io.MouseDelta.x / px_per_day, lo, hi);
  if (hovered && io.MouseWheel != 0)
    w.zoom(std::pow(0.8, io.MouseWheel), day_at(io.MousePos.x), lo, hi, 10);
  if (pb.playing) w.follow(pb.t, lo, hi);
}

}  // namespace

void mark_color(MarkKind kind, float c[4]) {
  static const float kColors[][4] = {
      {0.70f, 0.20f, 0.15f, 1},  // event: the map's event red
      {0.10f, 0.52f, 0.56f, 1},  // unit formed: Alash teal
      {0.85f, 0.58f, 0.08f, 1},  // mission: the talks gold
      {0.35f, 0.38f, 0.62f, 1},  // movement
  };
  const auto i = static_cast<std::size_t>(kind);
  std::copy(kColors[i], kColors[i] + 4, c);
}

void init_timeline(TimelineView& view, const Atlas& atlas, const Playback& pb) {
  view.marks = timeline_marks(atlas);
  view.window = {static_cast<double>(pb.first), static_cast<double>(pb.last) + 1};
  view.density_first = pb.first;
  view.density = weekly_density(view.marks, pb.first, pb.last);
}

void draw_timeline_panel(Playback& pb, TimelineView& view, const Atlas& atlas, float display_w,
                         float display_h) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float h = ImGui::GetFrameHeightWithSpacing() * 2 + kAxisHeight + style.ItemSpacing.y +
                  style.WindowPadding.y * 2;
  view.height = h;
  ImGui::SetNextWindowPos(ImVec2(0, display_h - h));
  ImGui::SetNextWindowSize(ImVec2(display_w, h));
  ImGui::SetNextWindowBgAlpha(0.9f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoFocusOnAppearing;
  ImGui::Begin("Timeline", nullptr, flags);

  // Row 1: transport and the date.
  if (ImGui::Button("|< Event")) {
    if (auto d = prev_mark_day(view.marks, pb.t)) pb.set_day(*d);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event");
  ImGui::SameLine();
  if (ImGui::Button(pb.playing ? "Pause" : "Play", ImVec2(70, 0))) pb.toggle();
  ImGui::SameLine();
  if (ImGui::Button("Event >|")) {
    if (auto d = next_mark_day(view.marks, pb.t)) pb.set_day(*d);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event");
  ImGui::SameLine();
  ImGui::TextDisabled("|");
  struct Step {
    const char* label;
    StepUnit unit;
    int n;
  };
  static constexpr Step kSteps[] = {{"-M", StepUnit::Month, -1}, {"-W", StepUnit::Week, -1},
                                    {"-D", StepUnit::Day, -1},   {"+D", StepUnit::Day, 1},
                                    {"+W", StepUnit::Week, 1},   {"+M", StepUnit::Month, 1}};
  for (const Step& s : kSteps) {
    ImGui::SameLine();
    if (ImGui::Button(s.label)) pb.set_day(step_day(pb.t, s.unit, s.n));
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s 1 %s", s.n < 0 ? "Back" : "Forward",
                        s.unit == StepUnit::Day ? "day" : s.unit == StepUnit::Week ? "week" : "month");
  }
  ImGui::SameLine();
  ImGui::Checkbox("Loop", &pb.loop);
  ImGui::SameLine();
  float speed = static_cast<float>(std::clamp(pb.days_per_second, 1.0, kYearPerMinute));
  ImGui::SetNextItemWidth(150);
  const char* speed_fmt = speed >= kYearPerMinute - 0.01 ? "1 year/min" : "%.1f days/s";
  if (ImGui::SliderFloat("Speed", &speed, 1.0f, static_cast<float>(kYearPerMinute), speed_fmt,
                         ImGuiSliderFlags_Logarithmic))
    pb.set_speed(speed);
  ImGui::SameLine();
  float trail = static_cast<float>(view.trail_days);
  ImGui::SetNextItemWidth(110);
  if (ImGui::SliderFloat("Trail", &trail, 0, 90, trail < 0.5f ? "off" : "%.0f days"))
    view.trail_days = std::round(trail);
  ImGui::SameLine();
  static const char* const kDisplays[] = {"New Style", "Old Style", "Both", "Auto"};
  int disp = static_cast<int>(view.display);
  ImGui::SetNextItemWidth(110);
  if (ImGui::Combo("##calendar", &disp, kDisplays, 4)) view.display = static_cast<DateDisplay>(disp);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("How dates are written: New Style (Gregorian), Old Style (Julian), both as\n"
                      "Russian sources write them (\"5 (18) December 1917\"), or Auto: both\n"
                      "before Russia's switch on 1 (14) February 1918, New Style after.");
  ImGui::SameLine();
  const std::string date = format_day(static_cast<DayNumber>(std::floor(pb.t)), view.display);
  ImGui::TextUnformatted(date.c_str());

  // Row 2: the axis.
  draw_axis(pb, view, atlas);

  // Row 3: range and zoom, the legend.
  if (ImGui::Button("Whole range")) view.window = {static_cast<double>(pb.first), pb.last + 1.0};
  ImGui::SameLine();
  if (ImGui::Button("Zoom in")) view.window.zoom(0.5, pb.t, pb.first, pb.last + 1.0, 10);
  ImGui::SameLine();
  if (ImGui::Button("Zoom out")) view.window.zoom(2.0, pb.t, pb.first, pb.last + 1.0, 10);
  ImGui::SameLine();
  const std::string shown = format_iso(static_cast<DayNumber>(std::floor(view.window.first))) +
                            " \u2013 " +
                            format_iso(static_cast<DayNumber>(std::ceil(view.window.last)) - 1);
  ImGui::TextDisabled("%s (wheel zooms, right-drag pans)", shown.c_str());
  if (view.data_first < view.story_first || view.data_last > view.story_last) {
    ImGui::SameLine();
    const std::string span = "All dates (" + std::to_string(from_day_number(view.data_first).year) +
                             "–" + std::to_string(from_day_number(view.data_last).year) + ")";
    if (ImGui::Checkbox(span.c_str(), &view.whole_span)) {
      if (view.whole_span)
        set_range(pb, view, std::min(view.data_first, view.story_first),
                  std::max(view.data_last, view.story_last));
      else
        set_range(pb, view, view.story_first, view.story_last);
    }
  }
  for (MarkKind k : {MarkKind::Event, MarkKind::UnitFormed, MarkKind::Mission, MarkKind::Movement}) {
    ImGui::SameLine();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = 4;
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() / 2 + 1), r, u32(k));
    ImGui::Dummy(ImVec2(2 * r + 2, 0));
    ImGui::SameLine(0, 2);
    ImGui::TextUnformatted(mark_kind_name(k));
  }
  ImGui::SameLine();
  ImGui::TextDisabled("| bars: marks per week");
  ImGui::End();
}

}  // namespace histmap
