// histmap core: finding features by name. Names in every language are folded to one Latin
// key (case, diacritics and script removed), so "Семей", "semey" and "Semei" meet; results
// rank whole-word and prefix matches above matches inside a word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.h"

namespace histmap {

// Lowercase Latin key of a UTF-8 string. Two steps:
//
// 1. Each code point becomes lowercase basic Latin:
//    - Cyrillic (upper and lower case): а a, б b, в v, г g, д d, е e, ё e, ж zh, з z, и i,
//      й i, к k, л l, м m, н n, о o, п p, р r, с s, т t, у u, ф f, х kh, ц ts, ч ch, ш sh,
//      щ shch, ъ -, ы y, ь -, э e, ю yu, я ya; Kazakh ә a, ғ g, қ k, ң n, ө o, ұ u, ү u,
//      һ h, і i (and a few Ukrainian/Belarusian letters: є ye, ї i, ґ g, ў u).
//    - Latin: lower case, diacritics of the Latin-1 Supplement and Latin Extended-A removed
//      (č c, ř r, ě e, ů u, ž z, ä a, ö o, ü u, ş s, ğ g, ı i ...; ß ss, æ ae, œ oe); combining
//      marks (U+0300..U+036F) dropped; ə a, ǵ g. Then x ks, q k (Kazakh Latin қ), w v.
//    - Apostrophes and their look-alikes (' ` ´ ʼ ʹ ʺ ‘ ’, soft hyphen) are dropped, so
//      "Ural'sk" and the Kazakh apostrophe alphabet ("s'" for ш) lose them.
//    - Digits are kept; anything else (space, punctuation, other scripts) is a space.
//    - Invalid UTF-8 bytes are skipped.
// 2. Spellings that transliterations disagree on are merged, left to right:
//      zh → z, sh → s, ch → c, kh → h, ts → c   (Czech ž š č and c for ц; щ "shch" → sc
//                                                 like Czech šč)
//      y → i, j → i                              (Semey/Semei/Семей, Chelyabinsk/Čeljabinsk)
//    then a run of one repeated letter becomes one ("-skiy"/"-ский" → "ski", Ussuri/Usuri),
//    runs of spaces become one, and leading and trailing spaces go.
//
// Examples: "Семей", "Semey", "semei", "SEMEY" → "semei"; "Челябинск", "Chelyabinsk",
// "Čeljabinsk" → "celiabinsk"; "Жымпиты", "Zhympity" → "zimpiti"; "Қостанай", "Kostanay",
// "Qostanai" → "kostanai".
// Known limits: Czech writes х as "ch", which folds like English ch (ч), so Czech "Chabarovsk"
// does not meet "Khabarovsk"; a query typed up to the first letter of a digraph ("K" for
// "Kh...", "T" for "Ts...") matches only once the second letter is typed.
std::string search_key(std::string_view utf8);
// The same, appended to out (no other allocation).
void append_search_key(std::string_view utf8, std::string& out);

struct SearchHit {
  std::uint32_t feature = 0;  // index into atlas.features
  int score = 0;              // larger is better
  int name_field = 0;         // which name matched: 0 name, 1 name_ru, 2 name_kk, 3 name_cs, 4 id
};

// Scoring. The folded query is looked for in the folded key of each name of a feature; every
// occurrence counts and the best one gives the name's score:
//   400  the whole name                     ("semei" in "semei")
//   350  the start of the name, whole word  ("alas" in "alas autonomi")
//   300  the start of the name              ("semi" in "semipalatinsk")
//   250  the start of a later word, whole   ("alas" in "... citi of alas")
//   200  the start of a later word          ("aut" in "alas autonomi")
//   100  inside a word                      ("palat" in "semipalatinsk")
// A match in the id scores a tenth of that (40 .. 10), below every match in a name. A feature
// appears once, with its best name (the first field on equal scores). Hits are ordered by
// score, then what is on the map now (when the caller says), then by kind (regions, places and
// stations; railways; units; movements and missions; events; other), then by the shorter folded
// name, then by feature index. Base-map features (Kind::Land, River, Lake) are never results.
inline constexpr int kScoreWhole = 400;
inline constexpr int kScorePrefixWord = 350;
inline constexpr int kScorePrefix = 300;
inline constexpr int kScoreWordStartWhole = 250;
inline constexpr int kScoreWordStart = 200;
inline constexpr int kScoreInside = 100;
inline constexpr int kIdScoreDivisor = 10;

// A search index built once: the folded key of each name of each feature, so typing does not
// re-fold every name on each keystroke. Rebuild it when the atlas changes.
class SearchIndex {
 public:
  void build(const Atlas& atlas);
  void clear();

  // Fills hits (cleared first, reused storage) best first, at most max_hits. Empty or
  // whitespace-only query: no hits. Allocates only the folded query and the hits' storage.
  // on_map (per feature, nonzero: on the map now, as Scene::visible): of equal scores, what
  // the user can see now comes first.
  void search(std::string_view query, std::vector<SearchHit>& hits, std::size_t max_hits = 20,
              const std::vector<std::uint8_t>* on_map = nullptr) const;

  // The folded key of one name of a feature (field as SearchHit::name_field); empty when the
  // feature is not indexed (base map, out of range).
  std::string_view key(std::uint32_t feature, int field) const;
  std::size_t size() const { return items_.size(); }  // features indexed

  static constexpr int kFields = 5;

 private:
  struct Item {
    std::uint32_t feature = 0;
    int kind_rank = 0;
    std::uint32_t begin[kFields] = {};  // into text_
    std::uint32_t length[kFields] = {};
  };
  std::string text_;                   // every key, one after the other
  std::vector<Item> items_;            // in feature order
  std::vector<std::int32_t> item_of_;  // per atlas feature: index into items_, or -1
};

// Fills hits (cleared first, reused storage) best first, at most max_hits. Empty or
// whitespace-only query: no hits. Base-map features (Kind::Land, River, Lake) are never
// results. Builds a temporary SearchIndex: use a SearchIndex when searching repeatedly.
void search_features(const Atlas& atlas, std::string_view query, std::vector<SearchHit>& hits,
                     std::size_t max_hits = 20);

}  // namespace histmap
