// Unit tests: greedy label placement (core/label_placement.h).
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <vector>

#include "core/label_placement.h"

namespace histmap {
namespace {

constexpr float kW = 800, kH = 600;

LabelBox box(float x, float y, float w = 60, float h = 14) {
  return LabelBox{x, y, x + w, y + h};
}

LabelCandidate one(LabelBox b, int priority) {
  LabelCandidate c;
  c.positions[0] = b;
  c.position_count = 1;
  c.priority = priority;
  return c;
}

const PlacedLabel* find(const std::vector<PlacedLabel>& placed, std::uint32_t index) {
  for (const PlacedLabel& p : placed)
    if (p.index == index) return &p;
  return nullptr;
}

}  // namespace

TEST_CASE("LabelBox::overlaps", "[labels]") {
  CHECK(box(0, 0).overlaps(box(30, 5)));
  CHECK(box(30, 5).overlaps(box(0, 0)));
  CHECK_FALSE(box(0, 0).overlaps(box(100, 0)));
  CHECK_FALSE(box(0, 0).overlaps(box(0, 50)));
  // Touching edges do not overlap.
  CHECK_FALSE(box(0, 0, 60, 14).overlaps(box(60, 0)));
  CHECK_FALSE(box(0, 0, 60, 14).overlaps(box(0, 14)));
}

TEST_CASE("labels: the higher priority wins a conflict", "[labels]") {
  std::vector<LabelCandidate> c = {one(box(100, 100), 1), one(box(120, 105), 5)};
  std::vector<std::uint32_t> order;
  std::vector<PlacedLabel> placed;
  place_labels(c, kW, kH, order, placed);
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].index == 1);
  CHECK(placed[0].position == 0);

  // The same with the input order swapped: priority decides, not order.
  std::swap(c[0], c[1]);
  place_labels(c, kW, kH, order, placed);
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].index == 0);
}

TEST_CASE("labels: a lower label takes its next position when the first is taken", "[labels]") {
  std::vector<LabelCandidate> c(2);
  c[0] = one(box(200, 200), 10);
  // Right of its symbol collides with c[0]; left is free.
  c[1].priority = 1;
  c[1].position_count = 4;
  c[1].positions = {box(210, 205), box(100, 205), box(150, 180), box(150, 230)};
  std::vector<std::uint32_t> order;
  std::vector<PlacedLabel> placed;
  place_labels(c, kW, kH, order, placed);
  REQUIRE(placed.size() == 2);
  const PlacedLabel* low = find(placed, 1);
  REQUIRE(low != nullptr);
  CHECK(low->position == 1);

  SECTION("and a later one when the first two are taken") {
    c.push_back(one(box(90, 200), 5));  // takes the left position
    place_labels(c, kW, kH, order, placed);
    REQUIRE(placed.size() == 3);
    REQUIRE(find(placed, 1) != nullptr);
    CHECK(find(placed, 1)->position == 2);
  }
  SECTION("only position_count positions are tried") {
    c[1].position_count = 1;
    place_labels(c, kW, kH, order, placed);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].index == 0);
  }
  SECTION("dropped when every position is taken") {
    // The first position collides with c[0]; block the other three exactly.
    for (std::size_t k = 1; k < 4; ++k) c.push_back(one(c[1].positions[k], 5));
    place_labels(c, kW, kH, order, placed);
    CHECK(placed.size() == 4);  // c[0] and the three blockers
    CHECK(find(placed, 1) == nullptr);
  }
}

TEST_CASE("labels: off-screen or partly off-screen labels are dropped", "[labels]") {
  std::vector<LabelCandidate> c = {
      one(box(-10, 100), 1),    // cut at the left
      one(box(770, 100), 1),    // cut at the right (770 + 60 > 800)
      one(box(100, -5), 1),     // cut at the top
      one(box(100, 590), 1),    // cut at the bottom
      one(box(2000, 2000), 1),  // wholly off
      one(box(-500, -500), 1),  // wholly off
      one(box(300, 300), 1),    // on screen
      one(box(740, 586), 1),    // exactly in the corner: fits
  };
  std::vector<std::uint32_t> order;
  std::vector<PlacedLabel> placed;
  place_labels(c, kW, kH, order, placed);
  REQUIRE(placed.size() == 2);
  CHECK(find(placed, 6) != nullptr);
  CHECK(find(placed, 7) != nullptr);
}

TEST_CASE("labels: a label partly off-screen uses a position that fits", "[labels]") {
  std::vector<LabelCandidate> c(1);
  c[0].position_count = 2;
  c[0].positions[0] = box(780, 300);  // right of a symbol at the edge: cut
  c[0].positions[1] = box(700, 300);  // left: fits
  std::vector<std::uint32_t> order;
  std::vector<PlacedLabel> placed;
  place_labels(c, kW, kH, order, placed);
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].position == 1);
}

TEST_CASE("labels: labels that do not overlap are all placed", "[labels]") {
  std::vector<LabelCandidate> c;
  for (int row = 0; row < 10; ++row)
    for (int col = 0; col < 8; ++col)
      c.push_back(one(box(static_cast<float>(col * 100), static_cast<float>(row * 60)),
                      (row * 7 + col) % 3));
  std::vector<std::uint32_t> order;
  std::vector<PlacedLabel> placed;
  place_labels(c, kW, kH, order, placed);
  CHECK(placed.size() == c.size());
  std::vector<int> seen(c.size(), 0);
  for (const PlacedLabel& p : placed) {
    REQUIRE(p.index < c.size());
    CHECK(p.position == 0);
    ++seen[p.index];
  }
  for (int s : seen) CHECK(s == 1);
  // Placed in priority order, equal priorities in data order.
  for (std::size_t i = 1; i < placed.size(); ++i) {
    const int pa = c[placed[i - 1].index].priority;
    const int pb = c[placed[i].index].priority;
    CHECK(pa >= pb);
    if (pa == pb) CHECK(placed[i - 1].index < placed[i].index);
  }
}

TEST_CASE("labels: placed labels never overlap", "[labels]") {
  std::vector<LabelCandidate> c;
  // 80 labels of 60x14 around symbols packed into 250x180 px: they cannot all fit.
  for (int i = 0; i < 80; ++i) {
    LabelCandidate l;
    const float x = static_cast<float>(40 + (i * 37) % 250);
    const float y = static_cast<float>(20 + (i * 53) % 180);
    l.position_count = 4;
    l.positions = {box(x + 5, y), box(x - 65, y), box(x - 30, y - 16), box(x - 30, y + 16)};
    l.priority = i % 4;
    c.push_back(l);
  }
  std::vector<std::uint32_t> order;
  std::vector<PlacedLabel> placed;
  place_labels(c, kW, kH, order, placed);
  REQUIRE_FALSE(placed.empty());
  CHECK(placed.size() < c.size());  // some must have been crowded out
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const LabelBox& a = c[placed[i].index].positions[static_cast<std::size_t>(placed[i].position)];
    CHECK(a.x0 >= 0);
    CHECK(a.y0 >= 0);
    CHECK(a.x1 <= kW);
    CHECK(a.y1 <= kH);
    for (std::size_t j = i + 1; j < placed.size(); ++j) {
      const LabelBox& b =
          c[placed[j].index].positions[static_cast<std::size_t>(placed[j].position)];
      CHECK_FALSE(a.overlaps(b));
    }
  }
}

TEST_CASE("labels: equal priorities keep data order", "[labels]") {
  // Three overlapping labels of equal priority: the first in the data wins, every time.
  std::vector<LabelCandidate> c = {one(box(100, 100), 2), one(box(110, 102), 2),
                                   one(box(120, 104), 2), one(box(400, 400), 1)};
  std::vector<std::uint32_t> order;
  std::vector<PlacedLabel> placed;
  for (int frame = 0; frame < 3; ++frame) {
    place_labels(c, kW, kH, order, placed);
    REQUIRE(placed.size() == 2);
    CHECK(placed[0].index == 0);
    CHECK(placed[1].index == 3);
  }
  // The drawing order follows priority then data order.
  std::vector<LabelCandidate> apart = {one(box(0, 0), 1), one(box(100, 0), 3), one(box(200, 0), 1),
                                       one(box(300, 0), 3)};
  place_labels(apart, kW, kH, order, placed);
  REQUIRE(placed.size() == 4);
  CHECK(placed[0].index == 1);
  CHECK(placed[1].index == 3);
  CHECK(placed[2].index == 0);
  CHECK(placed[3].index == 2);
}

TEST_CASE("labels: the output vectors are reused and refilled", "[labels]") {
  std::vector<std::uint32_t> order;
  std::vector<PlacedLabel> placed = {{99, 3}, {98, 2}};  // stale from an earlier frame
  const std::vector<LabelCandidate> c = {one(box(10, 10), 0)};
  place_labels(c, kW, kH, order, placed);
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].index == 0);
  const std::vector<LabelCandidate> none;
  place_labels(none, kW, kH, order, placed);
  CHECK(placed.empty());
}

}  // namespace histmap

namespace histmap {

TEST_CASE("a label with non-finite coordinates is never placed") {
  std::vector<LabelCandidate> c(1);
  c[0].positions[0] = {std::nanf(""), 10, 20, 20};
  std::vector<std::uint32_t> order;
  std::vector<PlacedLabel> placed;
  place_labels(c, 100, 100, order, placed);
  CHECK(placed.empty());
}

}  // namespace histmap
