// histmap ui: the statistics strip above the timeline. What is on the map now (after the time
// mode and every filter): how many features of each layer are present, and how many units,
// echelons and missions of each side; and the choice of what the timeline's bars count (all
// happenings, or one layer's features present per week).
#pragma once

#include <optional>

#include "core/atlas.h"
#include "core/date_format.h"
#include "core/i18n.h"
#include "core/layers.h"
#include "core/scene.h"
#include "core/statistics.h"
#include "ui/map_controls.h"

namespace histmap {

struct StatisticsView {
  SceneStatistics stats;
  UiRect rect;
};

// Anchored at its bottom right corner (right, bottom); from/to: the days the map shows;
// bars_layer: what the timeline's bars count (ControlsView::bars_layer), chosen here too.
void draw_statistics_strip(StatisticsView& view, std::optional<Layer>& bars_layer,
                           const Atlas& atlas, const Scene& scene, const Translations& tr,
                           DateDisplay display, double from, double to, float right, float bottom);

}  // namespace histmap
