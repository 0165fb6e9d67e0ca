// histmap core: where the point features are, for drawing only those in view. The features
// drawn at their own points (stations, places, static units, events: points without
// `times`) are bucketed by their first point in a uniform grid over their extent, built once
// at load (Atlas::link); a frame then visits the cells its view overlaps instead of every
// feature. A multipoint feature whose points spread beyond one cell is kept in a list that
// every query returns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/geo.h"

namespace histmap {

struct Feature;

// A point feature where it is drawn: its first point (projected metres), and whether it is an
// event (events are drawn after the rest).
struct GridPoint {
  double x = 0, y = 0;
  std::uint32_t feature = 0;
  bool event = false;
};

class FeatureGrid {
 public:
  // One cell per ~64 features on average, at most 512 x 512 cells.
  void build(const std::vector<Feature>& features);
  void clear();

  // Every indexed feature (point geometry, no times), in index order.
  const std::vector<std::uint32_t>& all() const { return all_; }
  std::size_t size() const { return all_.size(); }

  // Calls visit(const GridPoint&) for the features in the cells overlapping [x0, x1] x
  // [y0, y1] (projected metres), and for the spread-out ones; cell by cell, by index within a
  // cell. A frame reads the points packed here, not the features.
  template <class Visit>
  void visit(double x0, double y0, double x1, double y1, Visit&& visit) const {
    for (const GridPoint& g : spread_) visit(g);
    int cx0 = 0, cy0 = 0, cx1 = -1, cy1 = -1;
    if (!cells(x0, y0, x1, y1, cx0, cy0, cx1, cy1)) return;
    for (int cy = cy0; cy <= cy1; ++cy) {
      const std::size_t row = static_cast<std::size_t>(cy) * static_cast<std::size_t>(nx_);
      // A row's cells are next to each other in items_: one run from the first to the last.
      const std::uint32_t from = start_[row + static_cast<std::size_t>(cx0)];
      const std::uint32_t to = start_[row + static_cast<std::size_t>(cx1) + 1];
      for (std::uint32_t k = from; k < to; ++k) visit(items_[k]);
    }
  }

  // The same, as feature indices appended to out (not cleared).
  void query(double x0, double y0, double x1, double y1, std::vector<std::uint32_t>& out) const;

 private:
  double min_x_ = 0, min_y_ = 0, cell_ = 1;
  int nx_ = 0, ny_ = 0;
  std::vector<std::uint32_t> all_;
  std::vector<std::uint32_t> start_;  // per cell, into items_ (nx*ny + 1 entries)
  std::vector<GridPoint> items_;
  std::vector<GridPoint> spread_;
  // The cells a box overlaps; false when none.
  bool cells(double x0, double y0, double x1, double y1, int& cx0, int& cy0, int& cx1,
             int& cy1) const;
};

}  // namespace histmap
