#include "core/feature_grid.h"

#include <algorithm>
#include <cmath>

#include "core/atlas.h"

namespace histmap {

void FeatureGrid::clear() {
  *this = FeatureGrid{};
}

void FeatureGrid::build(const std::vector<Feature>& features) {
  clear();
  Bounds b;
  for (std::uint32_t i = 0; i < features.size(); ++i) {
    const Feature& f = features[i];
    if (f.geometry != GeometryType::Point || !f.times.empty() || f.parts.empty() ||
        f.parts.front().empty())
      continue;
    all_.push_back(i);
    const GeoPoint& p = f.parts.front().front();
    if (std::isfinite(p.x) && std::isfinite(p.y)) b.add(p.x, p.y);
  }
  if (all_.empty() || b.empty) return;
  const double w = std::max(b.max_x - b.min_x, 1.0), h = std::max(b.max_y - b.min_y, 1.0);
  const double cells = std::clamp(static_cast<double>(all_.size()) / 64.0, 1.0, 512.0 * 512.0);
  cell_ = std::max(std::sqrt(w * h / cells), 1.0);
  nx_ = std::clamp(static_cast<int>(std::ceil(w / cell_)), 1, 512);
  ny_ = std::clamp(static_cast<int>(std::ceil(h / cell_)), 1, 512);
  cell_ = std::max(w / nx_, h / ny_) * (1 + 1e-9);
  min_x_ = b.min_x;
  min_y_ = b.min_y;
  const auto cell_of = [&](const GeoPoint& p) -> long {
    const int cx = std::clamp(static_cast<int>((p.x - min_x_) / cell_), 0, nx_ - 1);
    const int cy = std::clamp(static_cast<int>((p.y - min_y_) / cell_), 0, ny_ - 1);
    return static_cast<long>(cy) * nx_ + cx;
  };
  // A feature belongs to one cell when all its points do; else to the spread-out list.
  std::vector<long> home(all_.size(), -1);
  const auto grid_point = [&](std::uint32_t i) {
    const Feature& f = features[i];
    const GeoPoint& p = f.parts.front().front();
    return GridPoint{p.x, p.y, i, f.kind == Kind::Event};
  };
  for (std::size_t k = 0; k < all_.size(); ++k) {
    const auto& pts = features[all_[k]].parts.front();
    const GeoPoint& p0 = pts.front();
    if (!std::isfinite(p0.x) || !std::isfinite(p0.y)) {
      spread_.push_back(grid_point(all_[k]));
      continue;
    }
    const long c = cell_of(p0);
    bool one = true;
    for (const auto& part : features[all_[k]].parts)
      for (const GeoPoint& p : part)
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || cell_of(p) != c) one = false;
    if (one)
      home[k] = c;
    else
      spread_.push_back(grid_point(all_[k]));
  }
  // Counting sort by cell: items stay in index order within a cell.
  start_.assign(static_cast<std::size_t>(nx_) * static_cast<std::size_t>(ny_) + 1, 0);
  for (long c : home)
    if (c >= 0) ++start_[static_cast<std::size_t>(c) + 1];
  for (std::size_t c = 1; c < start_.size(); ++c) start_[c] += start_[c - 1];
  items_.resize(start_.back());
  std::vector<std::uint32_t> fill(start_.begin(), start_.end() - 1);
  for (std::size_t k = 0; k < all_.size(); ++k)
    if (home[k] >= 0) items_[fill[static_cast<std::size_t>(home[k])]++] = grid_point(all_[k]);
}

bool FeatureGrid::cells(double x0, double y0, double x1, double y1, int& cx0, int& cy0, int& cx1,
                        int& cy1) const {
  if (nx_ == 0 || !(x1 >= x0) || !(y1 >= y0)) return false;
  const auto index = [&](double v, double lo, int n) {
    return static_cast<int>(std::clamp(std::floor((v - lo) / cell_), -1.0, static_cast<double>(n)));
  };
  cx0 = std::max(index(x0, min_x_, nx_), 0);
  cx1 = std::min(index(x1, min_x_, nx_), nx_ - 1);
  cy0 = std::max(index(y0, min_y_, ny_), 0);
  cy1 = std::min(index(y1, min_y_, ny_), ny_ - 1);
  return cx0 <= cx1 && cy0 <= cy1;
}

void FeatureGrid::query(double x0, double y0, double x1, double y1,
                        std::vector<std::uint32_t>& out) const {
  visit(x0, y0, x1, y1, [&](const GridPoint& g) { out.push_back(g.feature); });
}

}  // namespace histmap
