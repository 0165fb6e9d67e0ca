// histmap core: guided stories for the classroom. A story is a plain UTF-8 file a teacher
// edits in any text editor (assets/stories/NAME.story; docs in assets/stories/README.md):
// - a [story] section with its title and summary, then one [chapter] section per chapter;
// - each chapter has a title and a caption in up to four languages (key.ru, key.kk, key.cs
//   beside the English key), its sources, a date or date range to play, a view (a lon/lat
//   box), the layers shown and the features to highlight.
// Parsing is strict about what would mislead (a bad date, a view that is not a box, an
// unknown key or layer) and reports every problem with its line; the app projects the views
// and resolves the ids, since core knows neither the projection nor the data.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/i18n.h"
#include "core/layers.h"

namespace histmap {

// A text in each language; empty where the file has none.
struct LocalText {
  std::array<std::string, 4> text;  // by Language: en, ru, kk, cs
  // The language's text, else English, else any there is.
  const std::string& in(Language lang) const;
  bool empty() const;
};

struct ViewBox {
  double west = 0, south = 0, east = 0, north = 0;
};

struct Chapter {
  LocalText title, caption;
  std::vector<std::string> sources;    // citations as the sources give them
  DayNumber first = 0, last = 0;       // the days to play; equal for a single day
  std::optional<ViewBox> view;         // none: fit the highlighted features
  std::optional<LayerFilter> layers;   // none: every layer on
  std::vector<std::string> highlight;  // feature ids to ring
  std::optional<double> seconds;       // how long the range takes to play
  int line = 0;                        // of its [chapter], for messages
};

struct Story {
  std::string name;  // the file's name without .story: what --story and OSC use
  LocalText title, summary;
  std::vector<Chapter> chapters;
};

struct StoryProblem {
  int line = 0;  // 0: the file as a whole
  std::string message;
  bool error = true;  // false: a warning (the story still plays)
};

struct StoryParse {
  std::optional<Story> story;  // none when any problem is an error
  std::vector<StoryProblem> problems;
  // "legion-revolt.story:12: ..." lines for the log.
  std::vector<std::string> messages(std::string_view file) const;
};

// Parses a story file's text; `name` becomes Story::name.
StoryParse parse_story(std::string_view text, std::string name);

// How long a chapter's date range plays when the file does not say: about a second per
// week of history, between 4 and 12 seconds; a single day holds still.
double chapter_play_seconds(const Chapter& c);

// The layer named in a story file ("railways"), if there is one.
std::optional<Layer> layer_from_word(std::string_view word);

}  // namespace histmap
