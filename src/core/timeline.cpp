#include "core/timeline.h"

#include <algorithm>
#include <cmath>

namespace histmap {

const char* mark_kind_name(MarkKind k) {
  switch (k) {
    case MarkKind::Event:
      return "event";
    case MarkKind::UnitFormed:
      return "unit formed";
    case MarkKind::Mission:
      return "mission";
    case MarkKind::Movement:
      return "movement";
  }
  return "event";
}

std::vector<TimelineMark> timeline_marks(const Atlas& atlas) {
  std::vector<TimelineMark> marks;
  for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
    const Feature& f = atlas.features[i];
    TimelineMark m;
    m.feature = i;
    if (f.kind == Kind::Event || f.kind == Kind::Unit) {
      if (!f.start || f.start->open_start) continue;
      m.kind = f.kind == Kind::Event ? MarkKind::Event : MarkKind::UnitFormed;
      m.day = f.start->earliest;
      // "From 18 November 1918 on" is a start on that day, not a range without an end.
      m.last = f.start->open_end ? m.day : f.start->latest;
    } else if (f.kind == Kind::Mission || f.kind == Kind::Movement) {
      if (f.times.empty()) continue;
      m.kind = f.kind == Kind::Mission ? MarkKind::Mission : MarkKind::Movement;
      m.day = m.last = f.times.front();
    } else {
      continue;
    }
    marks.push_back(m);
  }
  std::stable_sort(marks.begin(), marks.end(),
                   [](const TimelineMark& a, const TimelineMark& b) { return a.day < b.day; });
  return marks;
}

std::optional<DayNumber> next_mark_day(const std::vector<TimelineMark>& marks, double t) {
  const auto it = std::upper_bound(marks.begin(), marks.end(), t,
                                   [](double v, const TimelineMark& m) { return v < m.day; });
  if (it == marks.end()) return std::nullopt;
  return it->day;
}

std::optional<DayNumber> prev_mark_day(const std::vector<TimelineMark>& marks, double t) {
  const auto it = std::lower_bound(marks.begin(), marks.end(), t,
                                   [](const TimelineMark& m, double v) { return m.day < v; });
  if (it == marks.begin()) return std::nullopt;
  return std::prev(it)->day;
}

std::vector<int> weekly_density(const std::vector<TimelineMark>& marks, DayNumber first,
                                DayNumber last) {
  if (last < first) return {};
  std::vector<int> bins(static_cast<std::size_t>((last - first) / 7 + 1), 0);
  for (const TimelineMark& m : marks)
    if (m.day >= first && m.day <= last) ++bins[static_cast<std::size_t>((m.day - first) / 7)];
  return bins;
}

double step_day(double t, StepUnit unit, int n) {
  const DayNumber day = static_cast<DayNumber>(std::floor(t));
  switch (unit) {
    case StepUnit::Day:
      return day + n;
    case StepUnit::Week:
      return day + 7 * n;
    case StepUnit::Month:
      break;
  }
  CivilDate d = from_day_number(day);
  const int m = d.month - 1 + n;
  const int years = m >= 0 ? m / 12 : -((11 - m) / 12);
  d.year += years;
  d.month = m - 12 * years + 1;
  d.day = std::min(d.day, days_in_month(d.year, d.month, Calendar::Gregorian));
  return to_day_number(d);
}

void TimeWindow::zoom(double factor, double anchor, double lo, double hi, double min_span) {
  if (!(factor > 0) || !std::isfinite(factor) || !std::isfinite(anchor)) return;
  const double full = hi - lo;
  const double new_span = std::clamp(span() * factor, std::min(min_span, full), full);
  const double f = span() > 0 ? (anchor - first) / span() : 0.5;
  first = anchor - f * new_span;
  last = first + new_span;
  pan(0, lo, hi);
}

void TimeWindow::pan(double days, double lo, double hi) {
  if (!std::isfinite(days)) return;
  const double s = std::min(span(), hi - lo);
  first = std::clamp(first + days, lo, hi - s);
  last = first + s;
}

void TimeWindow::follow(double t, double lo, double hi) {
  if (t < first) pan(t - first, lo, hi);
  if (t > last) pan(t - last, lo, hi);
}

}  // namespace histmap
