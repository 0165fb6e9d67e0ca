// histmap bench: what every benchmark program shares: a clock, percentiles, the peak memory
// of the process, and rows of the results table that tools/bench.sh assembles.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace histmap::bench {

using Clock = std::chrono::steady_clock;

inline double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

inline double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

// The process's peak resident memory so far, in MiB (Linux reports KiB).
inline double peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// One row of the table: | case | measure | value | target | met |. target and met may be
// empty where there is no target.
inline void row(const std::string& bench_case, const std::string& measure, const std::string& value,
                const std::string& target = "", const std::string& met = "") {
  std::printf("| %s | %s | %s | %s | %s |\n", bench_case.c_str(), measure.c_str(), value.c_str(),
              target.c_str(), met.c_str());
  std::fflush(stdout);
}

inline std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

inline std::string yes_no(bool met) {
  return met ? "yes" : "**no**";
}

}  // namespace histmap::bench
