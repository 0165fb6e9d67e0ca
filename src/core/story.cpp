#include "core/story.h"

#include <algorithm>

#include "core/dual_date.h"
#include "core/settings_text.h"
#include "core/utf8.h"

namespace histmap {
namespace {

constexpr std::size_t kMaxValue = 4000;  // a caption is a few sentences
constexpr std::size_t kMaxChapters = 200;

// One `key = value` with its line, continuation lines already joined.
struct Entry {
  int line = 0;
  std::string key, value;
};

struct Section {
  int line = 0;
  std::string name;
  std::vector<Entry> entries;
};

std::vector<Section> split_sections(std::string_view text, std::vector<StoryProblem>& problems) {
  std::vector<Section> sections;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::string_view raw =
        text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    const std::string_view line = trim_text(raw);
    if (line.empty() || line.front() == '#') continue;
    const bool indented = raw.front() == ' ' || raw.front() == '\t';
    if (indented && !sections.empty() && !sections.back().entries.empty()) {
      std::string& v = sections.back().entries.back().value;
      if (v.size() + line.size() + 1 <= kMaxValue) {
        v += ' ';
        v += line;
      }
      continue;
    }
    if (line.front() == '[') {
      if (line.back() != ']') {
        problems.push_back({line_no, "a section header must be [story] or [chapter]"});
        continue;
      }
      sections.push_back({line_no, std::string(trim_text(line.substr(1, line.size() - 2))), {}});
      continue;
    }
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      problems.push_back({line_no, "expected 'key = value', found '" + quote_short(line) + "'"});
      continue;
    }
    if (sections.empty()) {
      problems.push_back({line_no, "'" + quote_short(trim_text(line.substr(0, eq))) +
                                       "' comes before the [story] section"});
      continue;
    }
    std::string value(trim_text(line.substr(eq + 1)));
    if (value.size() > kMaxValue) {
      problems.push_back({line_no,
                          "the value is " + std::to_string(value.size()) + " bytes long; at most " +
                              std::to_string(kMaxValue) + " are read",
                          false});
      value.resize(kMaxValue);
    }
    sections.back().entries.push_back({line_no, std::string(trim_text(line.substr(0, eq))), value});
  }
  return sections;
}

// "title", "title.ru" ... into the right language slot; false if the key is not of that form.
bool set_local(LocalText& t, std::string_view base, const Entry& e,
               std::vector<StoryProblem>& problems) {
  if (e.key.rfind(base, 0) != 0) return false;
  const std::string_view rest = std::string_view(e.key).substr(base.size());
  Language lang = Language::En;
  if (!rest.empty()) {
    if (rest.front() != '.') return false;
    const std::optional<Language> l = parse_language(rest.substr(1));
    if (!l) {
      problems.push_back({e.line, "'" + quote_short(e.key) + "': the language '" +
                                      quote_short(rest.substr(1)) +
                                      "' is not one of en, ru, kk, cs"});
      return true;
    }
    lang = *l;
  }
  std::string& slot = t.text[static_cast<std::size_t>(lang)];
  if (!slot.empty())
    problems.push_back({e.line, "'" + e.key + "' is given twice; the last one is used", false});
  slot = e.value;
  return true;
}

void parse_chapter_entry(Chapter& c, const Entry& e, std::vector<StoryProblem>& problems) {
  if (set_local(c.title, "title", e, problems) || set_local(c.caption, "caption", e, problems))
    return;
  if (e.key == "sources") {
    c.sources.clear();
    std::string_view rest = e.value;
    while (!rest.empty()) {
      const std::size_t semi = rest.find(';');
      const std::string_view one = trim_text(rest.substr(0, semi));
      if (!one.empty()) c.sources.emplace_back(one);
      rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    }
  } else if (e.key == "date") {
    const std::size_t slash = e.value.find('/');
    const std::string a = e.value.substr(0, slash);
    const std::string b = slash == std::string::npos ? a : e.value.substr(slash + 1);
    const DateParseResult da = parse_date(trim_text(a), Calendar::Gregorian);
    const DateParseResult db = parse_date(trim_text(b), Calendar::Gregorian);
    const auto whole_day = [](const DateParseResult& d) {
      return d.range && !d.range->is_interval && d.range->earliest == d.range->latest;
    };
    if (!whole_day(da) || !whole_day(db)) {
      problems.push_back({e.line, "date: '" + quote_short(e.value) +
                                      "' is not a day (1918-05-25) or a range of days "
                                      "(1918-05-25/1918-06-08), New Style"});
    } else if (db.range->earliest < da.range->earliest) {
      problems.push_back(
          {e.line, "date: the range '" + quote_short(e.value) + "' ends before it starts"});
    } else {
      c.first = da.range->earliest;
      c.last = db.range->earliest;
    }
  } else if (e.key == "view") {
    const std::vector<std::string_view> w = split_words(e.value);
    double v[4] = {};
    bool ok = w.size() == 4;
    for (std::size_t k = 0; ok && k < 4; ++k) ok = parse_number(w[k], v[k]);
    const ViewBox box{v[0], v[1], v[2], v[3]};
    if (!ok) {
      problems.push_back({e.line, "view: '" + quote_short(e.value) +
                                      "' is not four numbers: west south east north, in degrees"});
    } else if (!(box.west >= -180 && box.east <= 180 && box.south >= -90 && box.north <= 90)) {
      problems.push_back(
          {e.line, "view: '" + quote_short(e.value) +
                       "' is outside the globe (longitudes -180..180, latitudes -90..90)"});
    } else if (!(box.west < box.east && box.south < box.north)) {
      problems.push_back({e.line, "view: '" + quote_short(e.value) +
                                      "' is not a box: west must be less than east and south "
                                      "less than north"});
    } else {
      c.view = box;
    }
  } else if (e.key == "layers") {
    LayerFilter f;
    f.shown.fill(false);
    for (std::string_view word : split_words(e.value)) {
      if (const std::optional<Layer> l = layer_from_word(word))
        f.set_layer(*l, true);
      else
        problems.push_back({e.line, "layers: '" + quote_short(word) +
                                        "' is not a layer (base regions railways stations "
                                        "places units movements missions events)"});
    }
    c.layers = f;
  } else if (e.key == "highlight") {
    c.highlight.clear();
    for (std::string_view word : split_words(e.value)) c.highlight.emplace_back(word);
  } else if (e.key == "seconds") {
    double s = 0;
    if (!parse_number(e.value, s) || s < 1 || s > 60)
      problems.push_back(
          {e.line, "seconds: '" + quote_short(e.value) + "' is not a number from 1 to 60"});
    else
      c.seconds = s;
  } else {
    problems.push_back({e.line, "unknown key '" + quote_short(e.key) +
                                    "' in a chapter (title, caption, sources, date, view, "
                                    "layers, highlight, seconds)"});
  }
}

}  // namespace

const std::string& LocalText::in(Language lang) const {
  const std::string& own = text[static_cast<std::size_t>(lang)];
  if (!own.empty()) return own;
  if (!text[0].empty()) return text[0];
  for (const std::string& t : text)
    if (!t.empty()) return t;
  return text[0];
}

bool LocalText::empty() const {
  return std::all_of(text.begin(), text.end(), [](const std::string& t) { return t.empty(); });
}

std::optional<Layer> layer_from_word(std::string_view word) {
  static constexpr std::string_view kWords[kLayerCount] = {"base",      "regions",  "railways",
                                                           "stations",  "places",   "units",
                                                           "movements", "missions", "events"};
  for (std::size_t k = 0; k < kLayerCount; ++k)
    if (word == kWords[k]) return static_cast<Layer>(k);
  return std::nullopt;
}

double chapter_play_seconds(const Chapter& c) {
  if (c.seconds) return *c.seconds;
  if (c.last == c.first) return 0;
  return std::clamp((c.last - c.first) / 7.0, 4.0, 12.0);
}

std::vector<std::string> StoryParse::messages(std::string_view file) const {
  std::vector<std::string> out;
  for (const StoryProblem& p : problems)
    out.push_back(std::string(file) + (p.line > 0 ? ":" + std::to_string(p.line) : "") + ": " +
                  (p.error ? "" : "warning: ") + p.message);
  return out;
}

StoryParse parse_story(std::string_view text, std::string name) {
  StoryParse r;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!is_valid_utf8(text)) {
    r.problems.push_back({0, "the file is not UTF-8 text (save it as UTF-8)"});
    return r;
  }
  const std::vector<Section> sections = split_sections(text, r.problems);
  Story story;
  story.name = std::move(name);
  bool seen_story = false;
  for (const Section& s : sections) {
    if (s.name == "story") {
      if (seen_story) r.problems.push_back({s.line, "a second [story] section"});
      if (!story.chapters.empty())
        r.problems.push_back({s.line, "[story] must come before the chapters"});
      seen_story = true;
      for (const Entry& e : s.entries)
        if (!set_local(story.title, "title", e, r.problems) &&
            !set_local(story.summary, "summary", e, r.problems))
          r.problems.push_back(
              {e.line, "unknown key '" + quote_short(e.key) + "' in [story] (title, summary)"});
    } else if (s.name == "chapter") {
      if (story.chapters.size() >= kMaxChapters) {
        r.problems.push_back({s.line, "more than " + std::to_string(kMaxChapters) + " chapters"});
        break;
      }
      Chapter c;
      c.line = s.line;
      bool dated = false;
      for (const Entry& e : s.entries) {
        parse_chapter_entry(c, e, r.problems);
        dated = dated || e.key == "date";
      }
      const std::string which = "chapter " + std::to_string(story.chapters.size() + 1);
      if (c.title.empty()) r.problems.push_back({s.line, which + " has no title"});
      if (c.caption.empty()) r.problems.push_back({s.line, which + " has no caption"});
      if (!dated) r.problems.push_back({s.line, which + " has no date"});
      if (c.sources.empty()) r.problems.push_back({s.line, which + " cites no sources", false});
      for (Language l : kLanguages)
        if (l != Language::En && (c.title.text[static_cast<std::size_t>(l)].empty() ||
                                  c.caption.text[static_cast<std::size_t>(l)].empty()))
          r.problems.push_back({s.line,
                                which + " has no " + language_code(l) +
                                    " translation of its title or caption; English is shown",
                                false});
      story.chapters.push_back(std::move(c));
    } else {
      r.problems.push_back(
          {s.line, "unknown section [" + quote_short(s.name) + "] ([story] or [chapter])"});
    }
  }
  if (!seen_story)
    r.problems.push_back({0, "there is no [story] section"});
  else if (story.title.empty())
    r.problems.push_back({0, "the story has no title"});
  if (story.chapters.empty()) r.problems.push_back({0, "the story has no [chapter]"});
  const bool failed = std::any_of(r.problems.begin(), r.problems.end(),
                                  [](const StoryProblem& p) { return p.error; });
  if (!failed) r.story = std::move(story);
  return r;
}

}  // namespace histmap
