#include "ui/timeline_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "render/style.h"

namespace histmap {
namespace {

constexpr double kYearPerMinute = 365.25 / 60;  // days per second

// The first n letters (code points, not bytes: Cyrillic letters are two bytes each).
std::string first_letters(const std::string& s, int n) {
  std::size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}

// A translated text used as an ImGui format string must not carry printf directives.
std::string escape_percent(const std::string& s) {
  std::string out;
  for (char c : s) {
    out += c;
    if (c == '%') out += '%';
  }
  return out;
}

const char* mark_key(MarkKind k) {
  switch (k) {
    case MarkKind::Event:
      return "mark.event";
    case MarkKind::UnitFormed:
      return "mark.unit_formed";
    case MarkKind::Mission:
      return "mark.mission";
    case MarkKind::Movement:
      return "mark.movement";
  }
  return "mark.event";
}
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
void draw_ticks(ImDrawList* dl, const TimeWindow& w, ImVec2 p0, ImVec2 p1, const Translations& tr) {
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
        if (px_per_day * 30 > 60)
          label = first_letters(tr.date_words().months[c.month - 1], 3) +
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

void draw_axis(Playback& pb, TimelineView& view, const Atlas& atlas, const Translations& tr) {
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
  // Density: marks per week (or the chosen layer's features present), as bars along the
  // bottom half; a layer's bars in blue, so they are not read as the marks'.
  const bool by_layer = view.histogram_layer.has_value();
  const std::vector<int>& bars = by_layer ? view.layer_density : view.density;
  const double bars_first = by_layer ? view.layer_density_first : view.density_first;
  const float hist_top = p0.y + kAxisHeight * 0.45f;
  int peak = 1;
  for (int n : bars) peak = std::max(peak, n);
  for (std::size_t k = 0; k < bars.size(); ++k) {
    if (bars[k] == 0) continue;
    const double d0 = bars_first + 7.0 * static_cast<double>(k);
    if (d0 + 7 < w.first || d0 > w.last) continue;
    const float h = (p1.y - hist_top) * static_cast<float>(bars[k]) / static_cast<float>(peak);
    dl->AddRectFilled(ImVec2(std::max(p0.x, x_of(d0)), p1.y - h),
                      ImVec2(std::min(p1.x, x_of(d0 + 7) - 1), p1.y),
                      by_layer ? IM_COL32(70, 110, 170, 110) : IM_COL32(150, 140, 125, 120));
  }
  draw_ticks(dl, w, p0, p1, tr);

  // Markers in four rows by kind, so dense weeks stay readable. The nearest to the pointer
  // is the one hovered.
  const float row_y0 = p0.y + 18;
  const float row_h = 7;
  const TimelineMark* hot = nullptr;
  float hot_d = 7;
  // Marks come sorted by day: of the ones that fall on a row's same pixel only the first is
  // drawn (a layer of many events would otherwise draw a dot per event every frame).
  // Only for many marks: the bundled atlas's same-day marks are drawn over each other as ever.
  const bool crowded = view.marks.size() > 5000;
  float drawn_x[4] = {-1e9f, -1e9f, -1e9f, -1e9f};
  for (const TimelineMark& m : view.marks) {
    if (m.last + 1.0 < w.first || m.day > w.last) continue;
    const float y = row_y0 + row_h * static_cast<float>(m.kind) + row_h / 2;
    const float xa = x_of(m.day), xb = x_of(m.last + 1.0);
    float& last_x = drawn_x[static_cast<std::size_t>(m.kind) % 4];
    if (crowded && xa - last_x < 1.0f && m.last - m.day <= 45 && xb - xa <= 5) {
      if (hovered && std::hypot(io.MousePos.x - xa, io.MousePos.y - y) < hot_d) {
        hot_d = std::hypot(io.MousePos.x - xa, io.MousePos.y - y);
        hot = &m;
      }
      continue;
    }
    last_x = xa;
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
    const std::string& name = display_name(f, tr.language());
    std::string when = f.start ? format_range(*f.start, view.display, tr.date_words())
                               : format_day(hot->day, view.display, tr.date_words());
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(name.c_str());
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(u32(hot->kind)), "%s",
                       tr.tr(mark_key(hot->kind)).c_str());
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

void draw_timeline_panel(Playback& pb, TimelineView& view, const Atlas& atlas,
                         const Translations& tr, float display_w, float display_h) {
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
  const auto T = [&](const char* key) { return tr.tr(key).c_str(); };
  const auto id = [](const std::string& text, const char* stable) { return text + "###" + stable; };

  // Row 1: transport and the date.
  if (ImGui::Button(id("|< " + tr.tr("timeline.event"), "prev").c_str())) {
    if (auto d = prev_mark_day(view.marks, pb.t)) pb.set_day(*d);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("timeline.prev_event"));
  ImGui::SameLine();
  if (ImGui::Button(id(tr.tr(pb.playing ? "timeline.pause" : "timeline.play"), "play").c_str(),
                    ImVec2(ImGui::GetFontSize() * 5, 0)))
    pb.toggle();
  ImGui::SameLine();
  if (ImGui::Button(id(tr.tr("timeline.event") + " >|", "next").c_str())) {
    if (auto d = next_mark_day(view.marks, pb.t)) pb.set_day(*d);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("timeline.next_event"));
  ImGui::SameLine();
  ImGui::TextDisabled("|");
  struct Step {
    const char* sign;
    const char* unit_key;  // the unit's one-letter abbreviation
    const char* tip_key;
    StepUnit unit;
    int n;
  };
  static constexpr Step kSteps[] = {
      {"-", "timeline.month_short", "timeline.back_month", StepUnit::Month, -1},
      {"-", "timeline.week_short", "timeline.back_week", StepUnit::Week, -1},
      {"-", "timeline.day_short", "timeline.back_day", StepUnit::Day, -1},
      {"+", "timeline.day_short", "timeline.forward_day", StepUnit::Day, 1},
      {"+", "timeline.week_short", "timeline.forward_week", StepUnit::Week, 1},
      {"+", "timeline.month_short", "timeline.forward_month", StepUnit::Month, 1}};
  for (const Step& s : kSteps) {
    ImGui::SameLine();
    if (ImGui::Button(id(s.sign + tr.tr(s.unit_key), s.tip_key).c_str()))
      pb.set_day(step_day(pb.t, s.unit, s.n));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T(s.tip_key));
  }
  ImGui::SameLine();
  ImGui::Checkbox(id(tr.tr("timeline.loop"), "loop").c_str(), &pb.loop);
  ImGui::SameLine();
  float speed = static_cast<float>(std::clamp(pb.days_per_second, 1.0, kYearPerMinute));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  char days[32];
  std::snprintf(days, sizeof days, "%.1f", static_cast<double>(speed));
  const std::string speed_text = speed >= kYearPerMinute - 0.01
                                     ? tr.tr("timeline.year_per_minute")
                                     : fill(tr.tr("timeline.days_per_second"), {days});
  if (ImGui::SliderFloat(id(tr.tr("timeline.speed"), "speed").c_str(), &speed, 1.0f,
                         static_cast<float>(kYearPerMinute), escape_percent(speed_text).c_str(),
                         ImGuiSliderFlags_Logarithmic))
    pb.set_speed(speed);
  ImGui::SameLine();
  float trail = static_cast<float>(view.trail_days);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  const std::string trail_text =
      trail < 0.5f
          ? tr.tr("timeline.trail_off")
          : fill(tr.tr("timeline.days"), {std::to_string(static_cast<int>(std::round(trail)))});
  if (ImGui::SliderFloat(id(tr.tr("timeline.trail"), "trail").c_str(), &trail, 0, 90,
                         escape_percent(trail_text).c_str()))
    view.trail_days = std::round(trail);
  ImGui::SameLine();
  const char* const kDisplayKeys[] = {"dates.new_style", "dates.old_style", "dates.both",
                                      "dates.auto"};
  int disp = static_cast<int>(view.display);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  if (ImGui::BeginCombo("##calendar", T(kDisplayKeys[disp]))) {
    for (int k = 0; k < 4; ++k)
      if (ImGui::Selectable(T(kDisplayKeys[k]), k == disp))
        view.display = static_cast<DateDisplay>(k);
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("dates.tip"));
  ImGui::SameLine();
  const std::string date =
      format_day(static_cast<DayNumber>(std::floor(pb.t)), view.display, tr.date_words());
  ImGui::TextUnformatted(date.c_str());

  // Row 2: the axis.
  draw_axis(pb, view, atlas, tr);

  // Row 3: range and zoom, the legend.
  if (ImGui::Button(id(tr.tr("timeline.whole_range"), "whole").c_str()))
    view.window = {static_cast<double>(pb.first), pb.last + 1.0};
  ImGui::SameLine();
  if (ImGui::Button(id(tr.tr("timeline.zoom_in"), "zin").c_str()))
    view.window.zoom(0.5, pb.t, pb.first, pb.last + 1.0, 10);
  ImGui::SameLine();
  if (ImGui::Button(id(tr.tr("timeline.zoom_out"), "zout").c_str()))
    view.window.zoom(2.0, pb.t, pb.first, pb.last + 1.0, 10);
  ImGui::SameLine();
  const std::string shown = format_iso(static_cast<DayNumber>(std::floor(view.window.first))) +
                            " \u2013 " +
                            format_iso(static_cast<DayNumber>(std::ceil(view.window.last)) - 1);
  ImGui::TextDisabled("%s %s", shown.c_str(), T("timeline.axis_hint"));
  if (view.data_first < view.story_first || view.data_last > view.story_last) {
    ImGui::SameLine();
    const std::string span =
        fill(tr.tr("timeline.all_dates"), {std::to_string(from_day_number(view.data_first).year),
                                           std::to_string(from_day_number(view.data_last).year)});
    if (ImGui::Checkbox(id(span, "alldates").c_str(), &view.whole_span)) {
      if (view.whole_span)
        set_range(pb, view, std::min(view.data_first, view.story_first),
                  std::max(view.data_last, view.story_last));
      else
        set_range(pb, view, view.story_first, view.story_last);
    }
  }
  for (MarkKind k :
       {MarkKind::Event, MarkKind::UnitFormed, MarkKind::Mission, MarkKind::Movement}) {
    ImGui::SameLine();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = 4;
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() / 2 + 1), r, u32(k));
    ImGui::Dummy(ImVec2(2 * r + 2, 0));
    ImGui::SameLine(0, 2);
    ImGui::TextUnformatted(T(mark_key(k)));
  }
  ImGui::SameLine();
  if (view.histogram_layer)
    ImGui::TextDisabled(
        "| %s",
        fill(tr.tr("timeline.bars_layer"), {tr.tr(layer_key(*view.histogram_layer))}).c_str());
  else
    ImGui::TextDisabled("| %s", T("timeline.bars"));
  ImGui::End();
}

}  // namespace histmap
