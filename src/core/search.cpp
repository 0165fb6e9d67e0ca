// histmap core: finding features by name (see search.h for the folding and the scoring).
#include "core/search.h"

#include <algorithm>

namespace histmap {
namespace {

// А..Я and а..я (U+0410..U+042F, U+0430..U+044F), in alphabet order.
constexpr const char* kCyrillic[32] = {
    "a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "i",    "k", "l", "m", "n", "o",  "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "yu", "ya"};

// Ѐ..Џ and ѐ..џ (U+0400..U+040F, U+0450..U+045F): Ukrainian, Belarusian, Serbian, Kazakh і.
constexpr const char* kCyrillicExtra[16] = {"e", "e", "d", "g", "ye", "dz", "i", "i",
                                            "j", "l", "n", "c", "k",  "i",  "u", "dz"};

// U+00C0..U+00FF, lower case without diacritics; '*' marks the few that are not one letter.
constexpr char kLatin1[] =
    "aaaaaa*ceeeeiiii"   // À..Ï (Æ)
    "dnooooo ouuuuy**"   // Ð..ß (× space, Þ ß)
    "aaaaaa*ceeeeiiii"   // à..ï (æ)
    "dnooooo ouuuuy*y";  // ð..ÿ (÷ space, þ)
static_assert(sizeof(kLatin1) == 64 + 1);

// U+0100..U+017F, lower case without diacritics; '*' marks Ĳ ĳ Œ œ.
constexpr char kLatinExtA[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkk"  // Ā..ķ
    "kllllllllllnnnnnnn"                                        // ĸ..ŉ
    "nnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyy"            // Ŋ..ŷ
    "yzzzzzzs";                                                 // Ÿ..ſ
static_assert(sizeof(kLatinExtA) == 128 + 1);

void put_ascii(char c, std::string& out) {
  switch (c) {
    case 'x':
      out += "ks";
      break;
    case 'q':
      out += 'k';
      break;
    case 'w':
      out += 'v';
      break;
    default:
      out += c;
  }
}

bool is_apostrophe(char32_t cp) {
  switch (cp) {
    case U'\'':
    case U'`':
    case 0x00AD:  // soft hyphen
    case 0x00B4:  // ´
    case 0x02B9:  // ʹ
    case 0x02BA:  // ʺ
    case 0x02BB:  // ʻ
    case 0x02BC:  // ʼ
    case 0x2018:  // ‘
    case 0x2019:  // ’
      return true;
    default:
      return false;
  }
}

// Step 1: one code point as lowercase basic Latin (letters, digits, spaces), appended to out.
void put_code_point(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if (c >= 'a' && c <= 'z') {
      put_ascii(c, out);
    } else if (c >= 'A' && c <= 'Z') {
      put_ascii(static_cast<char>(c - 'A' + 'a'), out);
    } else if (c >= '0' && c <= '9') {
      out += c;
    } else if (!is_apostrophe(cp)) {
      out += ' ';
    }
    return;
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char c = kLatin1[cp - 0xC0];
    if (c != '*') {
      put_ascii(c, out);
    } else if (cp == 0xC6 || cp == 0xE6) {
      out += "ae";
    } else if (cp == 0xDE || cp == 0xFE) {
      out += "th";
    } else {
      out += "ss";  // ß
    }
    return;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    const char c = kLatinExtA[cp - 0x100];
    if (c != '*') {
      put_ascii(c, out);
    } else if (cp <= 0x133) {
      out += "ij";
    } else {
      out += "oe";
    }
    return;
  }
  if (cp >= 0x410 && cp <= 0x44F) {
    out += kCyrillic[(cp - 0x410) % 32];
    return;
  }
  if (cp >= 0x400 && cp <= 0x45F) {  // the rest of 0x400..0x40F and 0x450..0x45F
    out += kCyrillicExtra[cp % 16];
    return;
  }
  if (cp >= 0x300 && cp <= 0x36F) return;  // combining diacritical marks
  if (is_apostrophe(cp)) return;
  const char* s = nullptr;
  switch (cp) {
    case 0x490:
    case 0x491:  // Ґ ґ
    case 0x492:
    case 0x493:  // Ғ ғ
    case 0x1F4:
    case 0x1F5:  // Ǵ ǵ
      s = "g";
      break;
    case 0x49A:
    case 0x49B:  // Қ қ
      s = "k";
      break;
    case 0x4A2:
    case 0x4A3:  // Ң ң
      s = "n";
      break;
    case 0x4AE:
    case 0x4AF:  // Ү ү
    case 0x4B0:
    case 0x4B1:  // Ұ ұ
    case 0x4EE:
    case 0x4EF:  // Ӯ ӯ
      s = "u";
      break;
    case 0x4BA:
    case 0x4BB:  // Һ һ
    case 0x4B2:
    case 0x4B3:  // Ҳ ҳ
      s = "h";
      break;
    case 0x4D8:
    case 0x4D9:  // Ә ә
    case 0x18F:
    case 0x259:  // Ə ə
      s = "a";
      break;
    case 0x4E8:
    case 0x4E9:  // Ө ө
      s = "o";
      break;
    case 0x4E2:
    case 0x4E3:  // Ӣ ӣ
      s = "i";
      break;
    default:
      s = " ";
  }
  out += s;
}

// Decodes the next code point of s at i and advances i; false (i advanced by one byte) for
// an invalid sequence.
bool next_code_point(std::string_view s, std::size_t& i, char32_t& cp) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  char32_t min = 0;
  if (b < 0x80) {
    cp = b;
    ++i;
    return true;
  } else if ((b & 0xE0) == 0xC0) {
    len = 2;
    cp = b & 0x1Fu;
    min = 0x80;
  } else if ((b & 0xF0) == 0xE0) {
    len = 3;
    cp = b & 0x0Fu;
    min = 0x800;
  } else if ((b & 0xF8) == 0xF0) {
    len = 4;
    cp = b & 0x07u;
    min = 0x10000;
  } else {
    ++i;
    return false;
  }
  if (s.size() - i < len) {
    ++i;
    return false;
  }
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return false;
    }
    cp = (cp << 6) | (c & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return false;
  }
  i += len;
  return true;
}

bool is_letter(char c) {
  return c >= 'a' && c <= 'z';
}

// Step 2, in place on out[start..]: the merges only ever shorten the text.
void merge_spellings(std::string& out, std::size_t start) {
  std::size_t w = start;
  const std::size_t n = out.size();
  auto emit = [&](char c) {
    if (c == ' ') {
      if (w == start || out[w - 1] == ' ') return;
    } else if (is_letter(c) && w > start && out[w - 1] == c) {
      return;  // a repeated letter
    }
    out[w++] = c;
  };
  for (std::size_t r = start; r < n;) {
    const char c = out[r];
    const char next = r + 1 < n ? out[r + 1] : '\0';
    char merged = '\0';
    if (next == 'h') {
      if (c == 'z') merged = 'z';
      if (c == 's') merged = 's';
      if (c == 'c') merged = 'c';
      if (c == 'k') merged = 'h';
    } else if (c == 't' && next == 's') {
      merged = 'c';
    }
    if (merged != '\0') {
      emit(merged);
      r += 2;
    } else {
      emit(c == 'y' || c == 'j' ? 'i' : c);
      ++r;
    }
  }
  if (w > start && out[w - 1] == ' ') --w;
  out.resize(w);
}

// Regions, places and stations; railways; units; movements and missions; events; other.
int kind_rank(Kind k) {
  switch (k) {
    case Kind::Region:
    case Kind::Place:
    case Kind::Station:
      return 0;
    case Kind::Railway:
      return 1;
    case Kind::Unit:
      return 2;
    case Kind::Movement:
    case Kind::Mission:
      return 3;
    case Kind::Event:
      return 4;
    default:
      return 5;
  }
}

bool is_base_map(Kind k) {
  return k == Kind::Land || k == Kind::River || k == Kind::Lake;
}

// The best score of query (folded, non-empty) in key, or 0 when it does not occur.
int match_score(std::string_view key, std::string_view query) {
  int best = 0;
  for (std::size_t pos = key.find(query); pos != std::string_view::npos;
       pos = key.find(query, pos + 1)) {
    const std::size_t end = pos + query.size();
    const bool word_end = end == key.size() || key[end] == ' ';
    int s = kScoreInside;
    if (pos == 0) {
      s = end == key.size() ? kScoreWhole : word_end ? kScorePrefixWord : kScorePrefix;
    } else if (key[pos - 1] == ' ') {
      s = word_end ? kScoreWordStartWhole : kScoreWordStart;
    }
    best = std::max(best, s);
    if (best >= kScorePrefix) break;  // later occurrences cannot start the name
  }
  return best;
}

}  // namespace

void append_search_key(std::string_view utf8, std::string& out) {
  const std::size_t start = out.size();
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t cp = 0;
    if (next_code_point(utf8, i, cp)) put_code_point(cp, out);
  }
  merge_spellings(out, start);
}

std::string search_key(std::string_view utf8) {
  std::string out;
  append_search_key(utf8, out);
  return out;
}

void SearchIndex::clear() {
  text_.clear();
  items_.clear();
  item_of_.clear();
}

void SearchIndex::build(const Atlas& atlas) {
  clear();
  item_of_.assign(atlas.features.size(), -1);
  for (std::size_t f = 0; f < atlas.features.size(); ++f) {
    const Feature& feature = atlas.features[f];
    if (is_base_map(feature.kind)) continue;
    Item item;
    item.feature = static_cast<std::uint32_t>(f);
    item.kind_rank = kind_rank(feature.kind);
    const std::string* names[kFields] = {&feature.name, &feature.name_ru, &feature.name_kk,
                                         &feature.name_cs, &feature.id};
    for (int k = 0; k < kFields; ++k) {
      const std::size_t begin = text_.size();
      append_search_key(*names[k], text_);
      item.begin[k] = static_cast<std::uint32_t>(begin);
      item.length[k] = static_cast<std::uint32_t>(text_.size() - begin);
    }
    item_of_[f] = static_cast<std::int32_t>(items_.size());
    items_.push_back(item);
  }
}

std::string_view SearchIndex::key(std::uint32_t feature, int field) const {
  if (feature >= item_of_.size() || item_of_[feature] < 0 || field < 0 || field >= kFields)
    return {};
  const Item& item = items_[static_cast<std::size_t>(item_of_[feature])];
  return std::string_view(text_).substr(item.begin[field], item.length[field]);
}

void SearchIndex::search(std::string_view query, std::vector<SearchHit>& hits, std::size_t max_hits,
                         const std::vector<std::uint8_t>* on_map) const {
  hits.clear();
  if (max_hits == 0) return;
  const std::string q = search_key(query);
  if (q.empty()) return;
  const std::string_view text(text_);
  for (const Item& item : items_) {
    int best = 0, field = 0;
    for (int k = 0; k < kFields; ++k) {
      int s = match_score(text.substr(item.begin[k], item.length[k]), q);
      if (k == kFields - 1) s /= kIdScoreDivisor;
      if (s > best) {
        best = s;
        field = k;
      }
    }
    if (best > 0) hits.push_back(SearchHit{item.feature, best, field});
  }
  const auto shown = [on_map](std::uint32_t f) {
    return on_map && f < on_map->size() && (*on_map)[f] != 0;
  };
  const auto better = [this, &shown](const SearchHit& a, const SearchHit& b) {
    if (a.score != b.score) return a.score > b.score;
    if (shown(a.feature) != shown(b.feature)) return shown(a.feature);
    const Item& ia = items_[static_cast<std::size_t>(item_of_[a.feature])];
    const Item& ib = items_[static_cast<std::size_t>(item_of_[b.feature])];
    if (ia.kind_rank != ib.kind_rank) return ia.kind_rank < ib.kind_rank;
    const std::uint32_t la = ia.length[a.name_field], lb = ib.length[b.name_field];
    if (la != lb) return la < lb;
    return a.feature < b.feature;
  };
  if (hits.size() > max_hits) {
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(max_hits),
                      hits.end(), better);
    hits.resize(max_hits);
  } else {
    std::sort(hits.begin(), hits.end(), better);
  }
}

void search_features(const Atlas& atlas, std::string_view query, std::vector<SearchHit>& hits,
                     std::size_t max_hits) {
  SearchIndex index;
  index.build(atlas);
  index.search(query, hits, max_hits);
}

}  // namespace histmap
