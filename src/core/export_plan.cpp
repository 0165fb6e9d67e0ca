// histmap core: the frame timing of an export and its progress line (see export_plan.h).
#include "core/export_plan.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace histmap {

double ExportPlan::day(int k) const {
  if (frames < 2) return from;
  k = std::clamp(k, 0, frames - 1);
  // The numerator is a whole number, so the quotient is exact whenever it is one.
  const std::int64_t span = static_cast<std::int64_t>(to) - from;
  return static_cast<double>(from) +
         static_cast<double>(span * k) / static_cast<double>(frames - 1);
}

double ExportPlan::step_days() const {
  return frames < 2 ? 0 : (static_cast<double>(to) - from) / (frames - 1);
}

ExportPlan make_export_plan(DayNumber from, DayNumber to, int fps, double duration_s) {
  ExportPlan p;
  p.from = from;
  p.to = to;
  p.fps = std::max(1, fps);
  const double intervals = std::isfinite(duration_s) ? std::round(p.fps * duration_s) : 1;
  // At least one interval (two frames); at most what --fps 120 --duration 3600 makes.
  p.frames = static_cast<int>(std::clamp(intervals, 1.0, 120.0 * 3600)) + 1;
  return p;
}

namespace {

std::string format_seconds(double s) {
  const long long whole = static_cast<long long>(std::ceil(std::max(0.0, s)));
  char buf[48];
  if (whole < 60)
    std::snprintf(buf, sizeof buf, "%lld s", whole);
  else if (whole < 3600)
    std::snprintf(buf, sizeof buf, "%lld min %02lld s", whole / 60, whole % 60);
  else
    std::snprintf(buf, sizeof buf, "%lld h %02lld min", whole / 3600, whole / 60 % 60);
  return buf;
}

}  // namespace

std::string format_export_progress(int done, int total, double elapsed_s) {
  total = std::max(total, 1);
  done = std::clamp(done, 0, total);
  constexpr int kCells = 20;
  const int filled = static_cast<int>(static_cast<std::int64_t>(done) * kCells / total);
  const int percent = static_cast<int>(static_cast<std::int64_t>(done) * 100 / total);
  std::string line = "export [";
  line.append(static_cast<std::size_t>(filled), '#');
  line.append(static_cast<std::size_t>(kCells - filled), ' ');
  char buf[64];
  std::snprintf(buf, sizeof buf, "] %3d%%  %d/%d frames", percent, done, total);
  line += buf;
  if (done == total)
    line += "  took " + format_seconds(elapsed_s);
  else if (done > 0)
    line += "  eta " + format_seconds(elapsed_s / done * (total - done));
  return line;
}

int export_progress_tenths(int done, int total) {
  if (total <= 0) return 10;
  done = std::clamp(done, 0, total);
  return static_cast<int>(static_cast<std::int64_t>(done) * 10 / total);
}

}  // namespace histmap
