#include "app/story_library.h"

#include <algorithm>
#include <filesystem>

#include "app/resources.h"

namespace histmap {
namespace {

// A lon/lat box is not a box once projected (the conic bends its parallels): sample its edges.
Bounds project_box(const ViewBox& box, const Projection& projection) {
  std::vector<GeoPoint> pts;
  constexpr int kSteps = 8;
  for (int i = 0; i <= kSteps; ++i) {
    const double f = static_cast<double>(i) / kSteps;
    const double lon = box.west + (box.east - box.west) * f;
    const double lat = box.south + (box.north - box.south) * f;
    for (const auto& [x, y] : {std::pair{lon, box.south}, std::pair{lon, box.north},
                               std::pair{box.west, lat}, std::pair{box.east, lat}}) {
      GeoPoint p;
      p.lon = x;
      p.lat = y;
      pts.push_back(p);
    }
  }
  Bounds b;
  if (!projection.forward(pts)) return b;
  for (const GeoPoint& p : pts) b.add(p.x, p.y);
  return b;
}

Bounds bounds_of(const Atlas& atlas, const std::vector<std::int32_t>& ids) {
  Bounds b;
  for (const std::int32_t i : ids)
    for (const auto& part : atlas.features[static_cast<std::size_t>(i)].parts)
      for (const GeoPoint& p : part) b.add(p.x, p.y);
  return b;
}

}  // namespace

std::string stories_dir() {
  return resource_root() + "/assets/stories";
}

const LoadedStory* StoryLibrary::find(std::string_view name) const {
  const std::int32_t i = index_of(name);
  return i < 0 ? nullptr : &stories[static_cast<std::size_t>(i)];
}

std::int32_t StoryLibrary::index_of(std::string_view name) const {
  for (std::size_t i = 0; i < stories.size(); ++i)
    if (stories[i].story.name == name) return static_cast<std::int32_t>(i);
  return -1;
}

std::optional<LoadedStory> load_story_file(const std::string& path, const Atlas& atlas,
                                           const Projection& projection,
                                           std::vector<std::string>& log) {
  std::vector<unsigned char> bytes;
  std::string error;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    log.push_back(path + ": is a folder, not a story file");
    return std::nullopt;
  }
  if (std::filesystem::file_size(path, ec) > (4u << 20)) {
    log.push_back(path + ": over 4 MiB, too large for a story file; skipped");
    return std::nullopt;
  }
  if (!read_file_bytes(path, bytes, error)) {
    log.push_back(error);
    return std::nullopt;
  }
  const std::string name = std::filesystem::path(path).stem().string();
  StoryParse parsed = parse_story(
      std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), name);
  for (std::string& m : parsed.messages(path)) log.push_back(std::move(m));
  if (!parsed.story) return std::nullopt;
  LoadedStory s;
  s.path = path;
  s.story = std::move(*parsed.story);
  for (const Chapter& c : s.story.chapters) {
    ChapterView v;
    for (const std::string& id : c.highlight) {
      const std::int32_t i = atlas.index_of(id);
      if (i < 0)
        log.push_back(path + ":" + std::to_string(c.line) +
                      ": warning: highlight: there is no feature '" + id + "' in the data");
      else
        v.highlight.push_back(i);
    }
    if (c.view) {
      v.view = project_box(*c.view, projection);
      if (v.view.empty)
        log.push_back(path + ":" + std::to_string(c.line) +
                      ": warning: view: the box cannot be drawn in this projection; the camera "
                      "fits the highlighted features");
    }
    if (v.view.empty) v.view = bounds_of(atlas, v.highlight);
    s.chapters.push_back(std::move(v));
  }
  return s;
}

StoryLibrary load_story_library(const std::string& dir, const Atlas& atlas,
                                const Projection& projection, std::vector<std::string>& log) {
  StoryLibrary lib;
  std::error_code ec;
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".story") paths.push_back(e.path().string());
  if (ec) log.push_back(dir + ": cannot list the stories (" + ec.message() + ")");
  std::sort(paths.begin(), paths.end());
  for (const std::string& p : paths)
    if (auto s = load_story_file(p, atlas, projection, log)) lib.stories.push_back(std::move(*s));
  return lib;
}

const LoadedStory* find_or_load_story(StoryLibrary& library, const std::string& name_or_path,
                                      const Atlas& atlas, const Projection& projection,
                                      std::vector<std::string>& log) {
  if (const LoadedStory* s = library.find(name_or_path)) return s;
  std::error_code ec;
  if (name_or_path.find('/') == std::string::npos && !std::filesystem::exists(name_or_path, ec)) {
    std::string known;
    for (const LoadedStory& s : library.stories)
      known += (known.empty() ? "" : ", ") + s.story.name;
    log.push_back(
        "there is no story '" + name_or_path + "'" +
        (known.empty() ? std::string(" (no stories were loaded)") : " (there are: " + known + ")"));
    return nullptr;
  }
  auto s = load_story_file(name_or_path, atlas, projection, log);
  if (!s) return nullptr;
  // A file of the same name as a bundled story replaces it for this run.
  const std::int32_t i = library.index_of(s->story.name);
  if (i >= 0) {
    library.stories[static_cast<std::size_t>(i)] = std::move(*s);
    return &library.stories[static_cast<std::size_t>(i)];
  }
  library.stories.push_back(std::move(*s));
  return &library.stories.back();
}

Camera chapter_camera(const ChapterView& view, const Camera& current, ScreenInsets insets) {
  if (view.view.empty) return current;
  const double free_w = std::max(32.0, current.width - insets.left - insets.right);
  const double free_h = std::max(32.0, current.height - insets.top - insets.bottom);
  Camera c = current;
  c.width = static_cast<int>(free_w);
  c.height = static_cast<int>(free_h);
  c.fit(view.view, 24);
  // A point or a short line is shown at a regional scale, not at street level.
  c.meters_per_pixel = std::max(c.meters_per_pixel, 1500.0);
  // Back to the whole screen, the fitted area's centre over the free part's centre.
  Camera out = current;
  out.meters_per_pixel = c.meters_per_pixel;
  const double dx = (insets.left - insets.right) / 2, dy = (insets.top - insets.bottom) / 2;
  out.center_x = c.center_x - dx * c.meters_per_pixel;
  out.center_y = c.center_y + dy * c.meters_per_pixel;
  return out;
}

Camera chapter_camera(const ChapterView& view, const Camera& current, ScreenInsets above,
                      ScreenInsets beside) {
  const Camera a = chapter_camera(view, current, above);
  const Camera b = chapter_camera(view, current, beside);
  return a.meters_per_pixel <= b.meters_per_pixel ? a : b;
}

}  // namespace histmap
