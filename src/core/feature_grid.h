// histmap core: where the point features are, for drawing only those in view. The features
// drawn at their own points (stations, places, static units, events: points without
// `times`) are bucketed by their first point in a uniform grid over their extent, built once
// at load (Atlas::link); a frame then visits the cells its view overlaps instead of every
// feature. A multipoint feature whose points spread beyond one cell is kept in a list that
// every query returns.
#pragma once

#include <cstdint>
#include <vector>

#include "core/geo.h"

namespace histmap {

struct Feature;

class FeatureGrid {
 public:
  // One cell per ~64 features on average, at most 512 x 512 cells.
  void build(const std::vector<Feature>& features);
  void clear();

  // Every indexed feature (point geometry, no times), in index order.
  const std::vector<std::uint32_t>& all() const { return all_; }
  std::size_t size() const { return all_.size(); }

  // Appends to out the features in the cells overlapping [x0, x1] x [y0, y1] (projected
  // metres), and the spread-out ones; cell by cell, by index within a cell. out is not
  // cleared, so a frame reuses its storage.
  void query(double x0, double y0, double x1, double y1, std::vector<std::uint32_t>& out) const;

 private:
  double min_x_ = 0, min_y_ = 0, cell_ = 1;
  int nx_ = 0, ny_ = 0;
  std::vector<std::uint32_t> all_;
  std::vector<std::uint32_t> start_;  // per cell, into items_ (nx*ny + 1 entries)
  std::vector<std::uint32_t> items_;
  std::vector<std::uint32_t> spread_;
};

}  // namespace histmap
