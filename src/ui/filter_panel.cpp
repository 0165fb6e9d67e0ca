#include "ui/filter_panel.h"

#include <cmath>
#include <cstdio>
#include <cstring>

#include <imgui.h>

#include "core/dual_date.h"

namespace histmap {
namespace {

std::string with_id(const std::string& text, const char* id) {
  return text + "###" + id;
}

std::optional<Layer> editor_layer(const FilterView& view) {
  if (view.layer <= 0) return std::nullopt;
  return static_cast<Layer>(view.layer - 1);
}

std::string layer_label(const Translations& tr, std::optional<Layer> l) {
  return l ? tr.tr(layer_key(*l)) : tr.tr("filter.all_layers");
}

const char* op_key(int op) {
  static const char* const kKeys[] = {"filter.op.equals", "filter.op.contains", "filter.op.range"};
  return kKeys[op];
}

void draw_time_mode(FilterView& view, const Translations& tr, DateDisplay display, double t) {
  ImGui::TextDisabled("%s", tr.tr("filter.time").c_str());
  int mode = static_cast<int>(view.mode);
  ImGui::RadioButton(with_id(tr.tr("filter.instant"), "instant").c_str(), &mode, 0);
  ImGui::SameLine();
  ImGui::RadioButton(with_id(tr.tr("filter.window"), "window").c_str(), &mode, 1);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  const std::string days = fill(tr.tr("timeline.days"),
                                {std::to_string(static_cast<int>(std::lround(view.window_days)))});
  std::string format;  // the translated text as an ImGui format: no printf directives in it
  for (char c : days) format += c == '%' ? std::string("%%") : std::string(1, c);
  if (ImGui::SliderFloat("##windowdays", &view.window_days, 1, 365, format.c_str(),
                         ImGuiSliderFlags_Logarithmic)) {
    view.window_days = std::round(view.window_days);
    mode = 1;
  }
  ImGui::RadioButton(with_id(tr.tr("filter.since"), "since").c_str(), &mode, 2);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
  if (view.since_text[0] == '\0') {
    const std::string iso = format_iso(static_cast<DayNumber>(std::floor(view.since_day)));
    std::snprintf(view.since_text, sizeof view.since_text, "%s", iso.c_str());
  }
  const DateParseResult since = parse_date(view.since_text, Calendar::Gregorian);
  if (!since.range) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.9f, 0.3f, 0.2f, 1));
  if (ImGui::InputText("##sinceday", view.since_text, sizeof view.since_text)) mode = 2;
  if (!since.range) ImGui::PopStyleColor();
  if (since.range) view.since_day = since.range->earliest;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("filter.since_tip").c_str());
  ImGui::SameLine();
  if (ImGui::Button(with_id(tr.tr("filter.since_here"), "sincehere").c_str())) {
    view.since_day = std::floor(t);
    const std::string iso = format_iso(static_cast<DayNumber>(view.since_day));
    std::snprintf(view.since_text, sizeof view.since_text, "%s", iso.c_str());
    mode = 2;
  }
  view.mode = static_cast<TimeMode>(mode);
  if (view.mode != TimeMode::Instant) {
    SceneOptions o;
    o.time_mode = view.mode;
    o.window_days = view.window_days;
    o.since_day = view.since_day;
    const auto day = [&](double d) {
      return format_day(static_cast<DayNumber>(std::floor(d)), display, tr.date_words());
    };
    ImGui::TextDisabled(
        "%s", fill(tr.tr("filter.shows"), {day(o.window_from(t)), day(o.window_to(t))}).c_str());
  }
}

void draw_editor(FilterView& view, const Atlas& atlas, const Translations& tr) {
  const float w = ImGui::GetFontSize();
  ImGui::SetNextItemWidth(w * 9);
  if (ImGui::BeginCombo("##flayer", layer_label(tr, editor_layer(view)).c_str())) {
    for (int k = 0; k <= static_cast<int>(kLayerCount); ++k) {
      if (k == 1) continue;  // the base map is never filtered
      const std::optional<Layer> l =
          k == 0 ? std::nullopt : std::optional<Layer>(static_cast<Layer>(k - 1));
      if (ImGui::Selectable(layer_label(tr, l).c_str(), k == view.layer)) view.layer = k;
    }
    ImGui::EndCombo();
  }
  if (view.fields_for != view.layer) {
    view.fields = filter_fields(atlas, editor_layer(view));
    view.fields_for = view.layer;
    view.field = 0;
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 8);
  const char* field =
      view.fields.empty() ? "" : view.fields[static_cast<std::size_t>(view.field)].c_str();
  if (ImGui::BeginCombo("##ffield", field)) {
    for (std::size_t k = 0; k < view.fields.size(); ++k)
      if (ImGui::Selectable(view.fields[k].c_str(), static_cast<int>(k) == view.field))
        view.field = static_cast<int>(k);
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 7);
  if (ImGui::BeginCombo("##fop", tr.tr(op_key(view.op)).c_str())) {
    for (int k = 0; k < 3; ++k)
      if (ImGui::Selectable(tr.tr(op_key(k)).c_str(), k == view.op)) view.op = k;
    ImGui::EndCombo();
  }
  ImGui::SetNextItemWidth(w * 14);
  const char* hint_key = view.op == 2 ? "filter.hint_range" : "filter.hint_value";
  const bool enter =
      ImGui::InputTextWithHint("##fvalue", tr.tr(hint_key).c_str(), view.value, sizeof view.value,
                               ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button(with_id(tr.tr("filter.add"), "fadd").c_str()) || enter) &&
      !view.fields.empty()) {
    AttributeFilter f;
    f.layer = editor_layer(view);
    f.field = view.fields[static_cast<std::size_t>(view.field)];
    f.op = static_cast<FilterOp>(view.op);
    const std::string_view v = view.value;
    if (f.op == FilterOp::Range) {
      const std::size_t dots = v.find("..");
      if (dots == std::string_view::npos) {
        f.lo = f.hi = std::string(v);  // one value: the range of just that
      } else {
        f.lo = std::string(v.substr(0, dots));
        f.hi = std::string(v.substr(dots + 2));
      }
    } else {
      f.value = std::string(v);
    }
    std::string error;
    if (prepare_filter(f, error)) {
      view.filters.push_back(std::move(f));
      view.changed = true;
      view.value[0] = '\0';
      view.error.clear();
    } else {
      view.error = fill(tr.tr("filter.invalid"), {error});
    }
  }
  if (!view.error.empty()) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w * 28);
    ImGui::TextColored(ImVec4(0.9f, 0.3f, 0.2f, 1), "%s", view.error.c_str());
    ImGui::PopTextWrapPos();
  }
}

}  // namespace

void draw_filter_panel(FilterView& view, const Atlas& atlas, const Translations& tr,
                       DateDisplay display, double t, float left, float top) {
  ImGui::SetNextWindowPos(ImVec2(left, top));
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::Begin("##filter", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  draw_time_mode(view, tr, display, t);
  ImGui::Separator();
  ImGui::TextDisabled("%s", tr.tr("filter.attributes").c_str());
  if (view.filters.empty()) ImGui::TextDisabled("%s", tr.tr("filter.none").c_str());
  for (std::size_t k = 0; k < view.filters.size(); ++k) {
    ImGui::PushID(static_cast<int>(k));
    if (ImGui::SmallButton("x")) {
      view.filters.erase(view.filters.begin() + static_cast<std::ptrdiff_t>(k));
      view.changed = true;
      ImGui::PopID();
      break;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("filter.remove").c_str());
    ImGui::SameLine();
    const AttributeFilter& f = view.filters[k];
    const std::string line =
        layer_label(tr, f.layer) + ": " +
        format_filter(f).substr(f.layer ? std::strlen(layer_name(*f.layer)) + 1 : 0);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopID();
  }
  draw_editor(view, atlas, tr);
  if (!view.filters.empty() && ImGui::Button(with_id(tr.tr("filter.clear"), "fclear").c_str())) {
    view.filters.clear();
    view.changed = true;
  }
  view.rect = {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
               ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
               ImGui::GetWindowPos().y + ImGui::GetWindowSize().y};
  ImGui::End();
}

}  // namespace histmap
