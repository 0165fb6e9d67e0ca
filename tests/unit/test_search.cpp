// Unit tests: finding features by name (core/search.h).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/atlas.h"
#include "core/search.h"

namespace histmap {
namespace {

Feature feature(std::string id, Kind kind, std::string name, std::string ru = {},
                std::string kk = {}, std::string cs = {}) {
  Feature f;
  f.id = std::move(id);
  f.kind = kind;
  f.name = std::move(name);
  f.name_ru = std::move(ru);
  f.name_kk = std::move(kk);
  f.name_cs = std::move(cs);
  return f;
}

// 0 land, 1 place, 2 unit, 3 region.
Atlas tiny_atlas() {
  Atlas atlas;
  atlas.features.push_back(feature("semey-land", Kind::Land, "Semey land", "Семей"));
  atlas.features.push_back(feature("semipalatinsk", Kind::Place, "Semipalatinsk", "Семипалатинск",
                                   "Семей", "Semipalatinsk"));
  atlas.features.push_back(
      feature("unit-alash-cavalry", Kind::Unit, "Kazakh cavalry detachment at the city of Alash",
              "Казахский конный отряд в городе Алаш", "Алаш қаласындағы қазақ атты әскері"));
  atlas.features.push_back(
      feature("alash-autonomy", Kind::Region, "Alash Autonomy", "Алаш автономия"));
  return atlas;
}

std::vector<std::uint32_t> features_of(const std::vector<SearchHit>& hits) {
  std::vector<std::uint32_t> out;
  for (const SearchHit& h : hits) out.push_back(h.feature);
  return out;
}

}  // namespace

TEST_CASE("search: transliterations of one name fold to one key", "[search]") {
  CHECK(search_key("Семей") == "semei");
  CHECK(search_key("Semey") == "semei");
  CHECK(search_key("semei") == "semei");
  CHECK(search_key("SEMEY") == "semei");
  CHECK(search_key("СЕМЕЙ") == "semei");

  CHECK(search_key("Čeljabinsk") == search_key("Chelyabinsk"));
  CHECK(search_key("Челябинск") == search_key("Chelyabinsk"));
  CHECK(search_key("ČELJABINSK") == search_key("челябинск"));

  CHECK(search_key("Zhympity") == search_key("Жымпиты"));
  CHECK(search_key("Uralsk") == search_key("Уральск"));
  CHECK(search_key("Ural'sk") == search_key("Уральск"));
  CHECK(search_key("Ural’sk") == search_key("Uralsk"));
  CHECK(search_key("Kostanay") == search_key("Қостанай"));
  CHECK(search_key("Qostanai") == search_key("Kostanay"));
  CHECK(search_key("Orenburg") == search_key("Оренбург"));
  CHECK(search_key("Tsaritsyn") == search_key("Царицын"));
  CHECK(search_key("Caricyn") == search_key("Царицын"));
  CHECK(search_key("Khabarovsk") == search_key("Хабаровск"));
  CHECK(search_key("Харбин") == search_key("Harbin"));  // kh and h (Kazakh Latin, Chinese)
  CHECK(search_key("Sovetskiy") == search_key("Советский"));
  CHECK(search_key("Sovetsky") == search_key("Sovětskij"));
  CHECK(search_key("Shchuchinsk") == search_key("Щучинск"));
  CHECK(search_key("Ščučinsk") == search_key("Щучинск"));
  CHECK(search_key("Vladivostok") == search_key("Wladiwostok"));
  // Decomposed diacritics (c + combining caron) fold like the precomposed letter.
  CHECK(search_key("C\xCC\x8C"
                   "eljabinsk") == search_key("Čeljabinsk"));
}

TEST_CASE("search: different names keep different keys", "[search]") {
  CHECK(search_key("Omsk") != search_key("Tomsk"));
  CHECK(search_key("Омск") != search_key("Томск"));
  CHECK(search_key("Omsk") == search_key("Омск"));
  CHECK(search_key("Semipalatinsk") != search_key("Semey"));
  CHECK(search_key("Ural") != search_key("Uralsk"));
}

TEST_CASE("search: Kazakh letters fold", "[search]") {
  CHECK(search_key("Қостанай") == search_key("Kostanay"));
  CHECK(search_key("Өскемен") == search_key("Oskemen"));
  CHECK(search_key("Өскемен") == search_key("Öskemen"));
  CHECK(search_key("Ақмола") == search_key("Akmola"));
  CHECK(search_key("Әулиеата") == search_key("Auliyeata"));
  CHECK(search_key("Ұлытау") == search_key("Ulytau"));
  CHECK(search_key("Түркістан") == search_key("Turkistan"));
  CHECK(search_key("Маңғыстау") == search_key("Mangystau"));
  CHECK(search_key("Һ") == "h");
  CHECK(search_key("ӘҒҚҢӨҰҮҺІ") == search_key("әғқңөұүһі"));
  CHECK(search_key("әғқңөұүһі") == "agknouhi");
}

TEST_CASE("search: keys keep digits, collapse spaces and punctuation", "[search]") {
  CHECK(search_key("  Ust-Kamenogorsk,  1918 ") == "ust kamenogorsk 1918");
  CHECK(search_key("1911") == "1911");  // digits are not merged like letters
  CHECK(search_key("Straße") == "strase");
  CHECK(search_key("   ").empty());
  CHECK(search_key("").empty());
  CHECK(search_key("!?-").empty());
}

TEST_CASE("search: invalid UTF-8 is skipped, never read past the end", "[search]") {
  CHECK(search_key("\xff\xfe").empty());
  CHECK(search_key("Om\xffsk") == "omsk");
  CHECK(search_key("Om\xC3") == "om");  // truncated two-byte sequence
  CHECK(search_key("\xE2\x82") == "");  // truncated three-byte sequence
  CHECK(search_key("\xC0\xAF"
                   "a") == "a");  // overlong encoding
  CHECK(search_key("\xED\xA0\x80"
                   "b") == "b");  // surrogate
  CHECK(search_key("\xF4\x90\x80\x80"
                   "c") == "c");  // above U+10FFFF
  CHECK(search_key(std::string_view("a\0b", 3)) == "a b");
}

TEST_CASE("search: every spelling of Semey finds the place first", "[search]") {
  const Atlas atlas = tiny_atlas();
  std::vector<SearchHit> hits;
  for (const char* q : {"Семей", "Semey", "semey", "SEMEY", "semei", "СЕМЕЙ"}) {
    INFO(q);
    search_features(atlas, q, hits);
    REQUIRE(!hits.empty());
    CHECK(hits[0].feature == 1);
    CHECK(hits[0].name_field == 2);  // name_kk
    CHECK(hits[0].score == kScoreWhole);
    for (const SearchHit& h : hits) CHECK(h.feature != 0);  // the land is never a result
  }
}

TEST_CASE("search: base-map features are never results", "[search]") {
  const Atlas atlas = tiny_atlas();
  std::vector<SearchHit> hits;
  search_features(atlas, "land", hits);
  CHECK(hits.empty());
  SearchIndex index;
  index.build(atlas);
  CHECK(index.size() == 3);
  CHECK(index.key(0, 0).empty());
  CHECK(index.key(1, 2) == "semei");
  CHECK(index.key(99, 0).empty());
}

TEST_CASE("search: alash finds the region before the unit, in both scripts", "[search]") {
  const Atlas atlas = tiny_atlas();
  std::vector<SearchHit> hits;
  for (const char* q : {"alash", "Alash", "Алаш", "АЛАШ", "alaš"}) {
    INFO(q);
    search_features(atlas, q, hits);
    // Both start a name with the whole word ("Alash Autonomy", "Алаш қаласындағы ...");
    // the tie goes to the region by kind.
    CHECK(features_of(hits) == std::vector<std::uint32_t>{3, 2});
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].score == kScorePrefixWord);
    CHECK(hits[0].name_field == 0);
    CHECK(hits[1].score == kScorePrefixWord);
    CHECK(hits[1].name_field == 2);  // the Kazakh name starts with Алаш
  }
}

TEST_CASE("search: no hits for absent names, blank queries and garbage", "[search]") {
  const Atlas atlas = tiny_atlas();
  std::vector<SearchHit> hits{SearchHit{7, 1, 0}};
  search_features(atlas, "Tomsk", hits);
  CHECK(hits.empty());
  hits.push_back(SearchHit{7, 1, 0});
  search_features(atlas, "", hits);
  CHECK(hits.empty());
  search_features(atlas, "   ", hits);
  CHECK(hits.empty());
  search_features(atlas, "\xff\xfe", hits);
  CHECK(hits.empty());
  search_features(atlas,
                  "Sem\xff\xfe"
                  "ey",
                  hits);  // the bad bytes are skipped
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].feature == 1);
  search_features(Atlas{}, "Semey", hits);
  CHECK(hits.empty());
}

TEST_CASE("search: max_hits is respected and keeps the best", "[search]") {
  const Atlas atlas = tiny_atlas();
  std::vector<SearchHit> hits;
  search_features(atlas, "a", hits);  // in every name
  CHECK(hits.size() == 3);
  search_features(atlas, "a", hits, 2);
  CHECK(hits.size() == 2);
  search_features(atlas, "alash", hits, 1);
  CHECK(features_of(hits) == std::vector<std::uint32_t>{3});
  search_features(atlas, "alash", hits, 0);
  CHECK(hits.empty());
}

TEST_CASE("search: whole name > prefix > word start > inside a word > id", "[search]") {
  Atlas atlas;
  atlas.features.push_back(feature("p-tomsk", Kind::Place, "Tomsk"));                // inside
  atlas.features.push_back(feature("p-omsk-line", Kind::Place, "Omsk line"));        // prefix word
  atlas.features.push_back(feature("p-old", Kind::Place, "Old Omsk"));               // word start
  atlas.features.push_back(feature("p-omsk", Kind::Place, "Omsk"));                  // whole
  atlas.features.push_back(feature("e-omsk-rising", Kind::Event, "Rising of May"));  // id only
  atlas.features.push_back(feature("p-omskaya", Kind::Place, "Omskaya"));            // prefix
  atlas.features.push_back(feature("p-old-2", Kind::Place, "Old Omskaya"));          // word start
  std::vector<SearchHit> hits;
  search_features(atlas, "омск", hits);
  CHECK(features_of(hits) == std::vector<std::uint32_t>{3, 1, 5, 2, 6, 0, 4});
  REQUIRE(hits.size() == 7);
  CHECK(hits[0].score == kScoreWhole);
  CHECK(hits[1].score == kScorePrefixWord);
  CHECK(hits[2].score == kScorePrefix);
  CHECK(hits[3].score == kScoreWordStartWhole);
  CHECK(hits[4].score == kScoreWordStart);
  CHECK(hits[5].score == kScoreInside);
  CHECK(hits[6].name_field == 4);
  CHECK(hits[6].score < kScoreInside);
  CHECK(hits[6].score > 0);
}

TEST_CASE("search: ties go by kind, then the shorter name, then the index", "[search]") {
  Atlas atlas;
  atlas.features.push_back(feature("e", Kind::Event, "Troitsk rising"));      // 0
  atlas.features.push_back(feature("u", Kind::Unit, "Troitsk regiment"));     // 1
  atlas.features.push_back(feature("m", Kind::Movement, "Troitsk march"));    // 2
  atlas.features.push_back(feature("s", Kind::Station, "Troitsk station"));   // 3
  atlas.features.push_back(feature("r", Kind::Railway, "Troitsk line"));      // 4
  atlas.features.push_back(feature("p", Kind::Place, "Troitsk uyezd town"));  // 5
  atlas.features.push_back(feature("q", Kind::Place, "Troitsk uyezd"));       // 6
  atlas.features.push_back(feature("o", Kind::Other, "Troitsk note"));        // 7
  atlas.features.push_back(feature("z", Kind::Place, "Troitsk uyezd town"));  // 8
  std::vector<SearchHit> hits;
  search_features(atlas, "Troitsk", hits);
  // Places/stations/regions (shorter folded name first, equal length by index), railway,
  // unit, movement, event, other.
  CHECK(features_of(hits) == std::vector<std::uint32_t>{6, 3, 5, 8, 4, 1, 2, 0, 7});
}

TEST_CASE("search: of equal matches, what is on the map now comes first", "[search]") {
  Atlas atlas;
  atlas.features.push_back(feature("a", Kind::Place, "Alash city"));           // 0
  atlas.features.push_back(feature("b", Kind::Unit, "Alash regiment"));        // 1
  atlas.features.push_back(feature("c", Kind::Unit, "Alash detachment now"));  // 2
  SearchIndex index;
  index.build(atlas);
  std::vector<SearchHit> hits;
  index.search("alash", hits);
  CHECK(features_of(hits) == std::vector<std::uint32_t>{0, 1, 2});
  const std::vector<std::uint8_t> on_map{0, 0, 1};  // only the detachment is there now
  index.search("alash", hits, 20, &on_map);
  CHECK(features_of(hits) == std::vector<std::uint32_t>{2, 0, 1});
}

TEST_CASE("search: each feature once, with its best name", "[search]") {
  Atlas atlas;
  atlas.features.push_back(feature("omsk", Kind::Place, "City of Omsk", "Омск", "Омбы", "Omsk"));
  std::vector<SearchHit> hits;
  search_features(atlas, "Omsk", hits);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].name_field == 1);  // the whole Russian name beats the English word
  CHECK(hits[0].score == kScoreWhole);

  // Every occurrence counts: the first "omsk" is inside "Tomsk", the second a whole word.
  atlas.features.push_back(feature("road", Kind::Railway, "Tomsk–Omsk road"));
  search_features(atlas, "omsk", hits);
  REQUIRE(hits.size() == 2);
  CHECK(hits[1].feature == 1);
  CHECK(hits[1].score == kScoreWordStartWhole);
}

TEST_CASE("search: an index searches repeatedly with reused storage", "[search]") {
  const Atlas atlas = tiny_atlas();
  SearchIndex index;
  index.build(atlas);
  std::vector<SearchHit> hits, once;
  for (const char* q : {"s", "se", "sem", "seme", "semey", "Семей", "alash", "x", ""}) {
    INFO(q);
    index.search(q, hits);
    search_features(atlas, q, once);
    CHECK(features_of(hits) == features_of(once));
  }
  // Typing a prefix already finds the place by the start of its names.
  index.search("semip", hits);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].feature == 1);
  CHECK(hits[0].score == kScorePrefix);
  // A rebuilt index forgets the old atlas.
  index.build(Atlas{});
  index.search("semey", hits);
  CHECK(hits.empty());
  CHECK(index.size() == 0);
}

}  // namespace histmap
