#include "data/kml_times.h"

#include <string_view>
#include <utility>

#include <cpl_vsi.h>

namespace histmap {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The text of the first <tag>...</tag> inside s, entities and white space aside.
std::string xml_text(std::string_view s, std::string_view tag) {
  const std::string open = "<" + std::string(tag) + ">", close = "</" + std::string(tag) + ">";
  const std::size_t a = s.find(open);
  if (a == std::string_view::npos) return {};
  const std::size_t b = s.find(close, a + open.size());
  if (b == std::string_view::npos) return {};
  std::string_view v = s.substr(a + open.size(), b - a - open.size());
  while (!v.empty() && is_blank(v.front())) v.remove_prefix(1);
  while (!v.empty() && is_blank(v.back())) v.remove_suffix(1);
  std::string out(v);
  for (const auto& [entity, c] : {std::pair<std::string_view, char>{"&lt;", '<'},
                                  {"&gt;", '>'},
                                  {"&quot;", '"'},
                                  {"&apos;", '\''},
                                  {"&amp;", '&'}})
    for (std::size_t at = out.find(entity); at != std::string::npos; at = out.find(entity, at + 1))
      out.replace(at, entity.size(), 1, c);
  return out;
}

}  // namespace

std::vector<KmlTime> read_kml_times(const std::string& path) {
  std::vector<KmlTime> out;
  VSILFILE* fp = VSIFOpenL(path.c_str(), "rb");
  if (!fp) return out;
  std::string text;
  char buf[65536];
  for (std::size_t n; (n = VSIFReadL(buf, 1, sizeof buf, fp)) > 0;) text.append(buf, n);
  VSIFCloseL(fp);
  for (std::size_t at = text.find("<Placemark"); at != std::string::npos;
       at = text.find("<Placemark", at + 1)) {
    const std::size_t end = text.find("</Placemark>", at);
    if (end == std::string::npos) break;
    const std::string_view pm = std::string_view(text).substr(at, end - at);
    KmlTime t;
    t.name = xml_text(pm, "name");
    if (const std::string span = xml_text(pm, "TimeSpan"); !span.empty()) {
      t.begin = xml_text(span, "begin");
      t.end = xml_text(span, "end");
    }
    t.when = xml_text(xml_text(pm, "TimeStamp"), "when");
    // xsd:dateTime: the day is what the atlas keeps.
    for (std::string* v : {&t.begin, &t.end, &t.when})
      if (const std::size_t t_at = v->find('T'); t_at != std::string::npos && t_at >= 4)
        v->resize(t_at);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace histmap
