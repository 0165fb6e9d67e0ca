#include "core/check_report.h"

#include <algorithm>

namespace histmap {
namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

CheckReport format_check_report(const std::vector<CheckedFile>& files,
                                const std::vector<Diagnostic>& diagnostics) {
  CheckReport rep;
  // Files in the order given, then any file that only appears in a diagnostic (a path that
  // could not be opened, a folder with nothing in it).
  std::vector<CheckedFile> order = files;
  for (const Diagnostic& d : diagnostics)
    if (std::none_of(order.begin(), order.end(),
                     [&](const CheckedFile& f) { return f.path == d.file; }))
      order.push_back({d.file, 0});

  std::size_t bad_files = 0;
  for (const CheckedFile& file : order) {
    std::vector<const Diagnostic*> mine;
    for (const Diagnostic& d : diagnostics)
      if (d.file == file.path) mine.push_back(&d);
    const std::size_t e =
        static_cast<std::size_t>(std::count_if(mine.begin(), mine.end(), [](const Diagnostic* d) {
          return d->severity == Severity::Error;
        }));
    const std::size_t n =
        static_cast<std::size_t>(std::count_if(mine.begin(), mine.end(), [](const Diagnostic* d) {
          return d->severity == Severity::Note;
        }));
    const std::size_t w = mine.size() - e - n;
    rep.errors += e;
    rep.warnings += w;
    rep.text += (file.path.empty() ? std::string("<input>") : file.path) + ": " +
                plural(file.features, "feature", "features") + " loaded";
    if (mine.empty() && file.features == 0) {
      // A file that gave nothing is not "clean", even where its reader found nothing to say.
      ++rep.warnings;
      ++bad_files;
      rep.text +=
          ", 0 errors, 1 warning\n  (the file itself)\n    warning: the file has no features\n";
      continue;
    }
    if (e + w == 0) {
      rep.text += ", clean\n";
      // Notes (what the loader guessed) are said, but a file with only notes is clean.
      for (const Diagnostic* d : mine)
        rep.text += "  " + (d->feature.empty() ? std::string() : "feature " + d->feature + ": ") +
                    (d->field.empty() ? std::string() : d->field + ": ") + "note: " + d->message +
                    "\n";
      continue;
    }
    ++bad_files;
    rep.text +=
        ", " + plural(e, "error", "errors") + ", " + plural(w, "warning", "warnings") + "\n";
    // Grouped by feature, in the order the features were met.
    std::vector<std::string> features;
    for (const Diagnostic* d : mine)
      if (std::find(features.begin(), features.end(), d->feature) == features.end())
        features.push_back(d->feature);
    for (const std::string& feature : features) {
      rep.text += feature.empty() ? "  (the file itself)\n" : "  feature " + feature + "\n";
      for (const Diagnostic* d : mine) {
        if (d->feature != feature) continue;
        rep.text += "    " + (d->field.empty() ? std::string() : d->field + ": ") +
                    severity_label(d->severity) + d->message + "\n";
      }
    }
  }
  if (rep.clean()) {
    rep.text += "All " + plural(order.size(), "file is", "files are") + " clean.\n";
  } else {
    rep.text += plural(rep.errors, "error", "errors") + " and " +
                plural(rep.warnings, "warning", "warnings") + " in " + std::to_string(bad_files) +
                " of " + plural(order.size(), "file", "files") + ".\n";
  }
  return rep;
}

}  // namespace histmap
