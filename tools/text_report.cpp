#include "text_report.h"

#include <cstdio>
#include <sstream>

#include "guidance_report.h"
#include "source_list.h"

namespace sanus::tools {
namespace {

// "duration 40 min", "temperature 38.5 °C": values as a person would read them.
std::string DescribeValue(const MeasuredValue& v) {
  char buffer[64];
  if (v.name == "duration_hours") {
    if (v.value < 1) std::snprintf(buffer, sizeof buffer, "duration %.0f min", v.value * 60);
    else if (v.value < 48) std::snprintf(buffer, sizeof buffer, "duration %.0f h", v.value);
    else std::snprintf(buffer, sizeof buffer, "duration %.0f days", v.value / 24);
  } else if (v.name == "temperature_c") {
    std::snprintf(buffer, sizeof buffer, "temperature %.1f °C", v.value);
  } else if (v.name == "heart_rate") {
    std::snprintf(buffer, sizeof buffer, "pulse %.0f/min", v.value);
  } else if (v.name == "resp_rate") {
    std::snprintf(buffer, sizeof buffer, "breathing rate %.0f/min", v.value);
  } else if (v.name == "spo2") {
    std::snprintf(buffer, sizeof buffer, "oxygen saturation %.0f%%", v.value);
  } else {
    std::snprintf(buffer, sizeof buffer, "%s %g", v.name.c_str(), v.value);
  }
  return buffer;
}

std::string Percent(double p) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", p);
  return buffer;
}

}  // namespace

std::string TextReport(const Assessment& a, Mode mode) { return TextReport(a, mode, {}); }

std::string TextReport(const Assessment& a, Mode mode, const std::vector<ConditionGuidance>& guidance) {
  std::ostringstream out;
  SourceList sources;
  out << "TRIAGE  " << TriageLevelName(a.triage.level) << " — " << TriageLevelAdvice(a.triage.level) << "\n";
  for (const auto& r : a.triage.reasons) out << "  because: " << r.text << " " << sources.Refs(r.citations) << "\n";
  out << "UNDERSTOOD ";
  bool first = true;
  for (const auto& f : a.findings) {
    // A finding derived as absent from a value ("not lasting two weeks" from "for 3 days")
    // says nothing the value itself does not; the JSON keeps it.
    if (f.begin < 0 && f.presence == Presence::kAbsent) continue;
    out << (first ? " " : " · ") << (mode == Mode::kClinician ? f.name : f.lay)
        << (f.presence == Presence::kPresent ? " (present)" : " (absent)");
    first = false;
  }
  for (const auto& v : a.values) {
    out << (first ? " " : " · ") << DescribeValue(v);
    first = false;
  }
  if (first) out << " (no symptoms recognised)";
  out << "\n";
  out << "DIFFERENTIAL\n";
  const size_t shown = mode == Mode::kClinician ? a.conditions.size() : std::min<size_t>(5, a.conditions.size());
  for (size_t i = 0; i < shown; ++i) {
    const auto& c = a.conditions[i];
    out << "  " << i + 1 << ". " << (mode == Mode::kClinician ? c.name : c.lay_name) << " (" << c.icd10 << ")  "
        << Percent(c.probability);
    if (!c.supporting.empty()) {
      out << "  supported by ";
      for (size_t k = 0; k < c.supporting.size() && k < 4; ++k) out << (k ? "; " : "") << c.supporting[k];
    }
    out << " " << sources.Refs(c.citations) << "\n";
  }
  if (!a.conditions.empty()) out << "ADVICE  " << a.conditions.front().advice << "\n";
  for (const auto& g : guidance) {
    out << "GUIDANCE  ";
    PrintGuidance(g, mode, sources, out);
  }
  sources.Print(out);
  return out.str();
}

}  // namespace sanus::tools
