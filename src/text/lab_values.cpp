#include "text/lab_values.h"

#include <cstdlib>
#include <memory>

#include "text/regex_match.h"

namespace sanus::text {
namespace {

// A number as typed, converted to the value's unit. `unit` is what followed the number
// (lower-cased, possibly empty).
using Convert = double (*)(double value, const std::string& unit);

double AsIs(double v, const std::string&) { return v; }
// Bilirubin and creatinine come in umol/L in the UK and mg/dL in the US.
double BilirubinToUmol(double v, const std::string& unit) { return unit == "mg/dl" ? v * 17.1 : v; }
double CreatinineToUmol(double v, const std::string& unit) {
  // No one has a creatinine below 20 umol/L, and few above 20 mg/dL: a small number is mg/dL.
  return unit == "mg/dl" || (unit.empty() && v < 20) ? v * 88.4 : v;
}
// Haemoglobin in g/L (UK) or g/dL (US, or a UK "Hb 6.4"): no one lives with 25 g/L.
double HaemoglobinToGl(double v, const std::string& unit) { return unit == "g/dl" || v < 25 ? v * 10 : v; }
// Glucose in mmol/L, or mg/dL in the US ("sugar 450"): mmol/L above 60 does not occur.
double GlucoseToMmol(double v, const std::string& unit) { return unit == "mg/dl" || v > 60 ? v / 18.0 : v; }
// HbA1c in mmol/mol (IFCC, UK) or % (DCCT, US and older UK): a value under 20 is a percentage,
// converted by the IFCC-DCCT master equation.
double Hba1cToMmolPerMol(double v, const std::string&) { return v < 20 ? (v - 2.15) * 10.929 : v; }
// Cell counts x10^9/L, or per microlitre ("WBC 18000").
double CountToPerNanolitre(double v, const std::string&) { return v > 1000 ? v / 1000 : v; }
// Urea in mmol/L; a "BUN" in mg/dL is converted by the caller's alias (see below).
double BunToUrea(double v, const std::string&) { return v * 0.357; }

struct LabSpec {
  const char* name;
  const char* aliases;  // an RE2 alternation, matched on lower-cased text
  double low, high;     // plausible range after conversion
  Convert convert;
};

constexpr LabSpec kLabs[] = {
    {"alt", R"(\balt\b|\bsgpt\b|alanine (?:amino)?transferase)", 1, 30000, AsIs},
    {"ast", R"(\bast\b|\bsgot\b|aspartate (?:amino)?transferase)", 1, 30000, AsIs},
    {"alp", R"(\balp\b|\balk(?:aline)? phos(?:phatase)?\b)", 5, 5000, AsIs},
    {"bilirubin", R"(\bbili(?:rubin)?\b|\bt ?bili\b)", 1, 1000, BilirubinToUmol},
    {"inr", R"(\binr\b)", 0.5, 20, AsIs},
    {"haemoglobin", R"(\bh(?:a)?emoglobin\b|\bhgb\b|\bhb\b)", 20, 250, HaemoglobinToGl},
    {"mcv", R"(\bmcv\b)", 50, 150, AsIs},
    {"wbc", R"(\bw[bc]cc?\b|\bwhite (?:cell |blood cell )?count\b|\bwhite cells\b)", 0.1, 500, CountToPerNanolitre},
    {"neutrophils", R"(\bneut(?:rophil)?s?\b|\banc\b)", 0, 200, CountToPerNanolitre},
    {"platelets", R"(\bplts?\b|\bplatelets?\b)", 1, 2500, CountToPerNanolitre},
    {"crp", R"(\bcrp\b|c-reactive protein)", 0, 700, AsIs},
    {"sodium", R"(\bna\+?(?:\s|:|=)|\bsodium\b)", 90, 200, AsIs},
    {"potassium", R"(\bk\+?(?:\s|:|=)|\bpotassium\b)", 1, 12, AsIs},
    {"glucose", R"(\b(?:blood |capillary )?(?:glucose|sugars?)(?: levels?| reading)?\b|\bbms?\b|\bcbg\b)", 0.5, 150,
     GlucoseToMmol},
    // "the blood ketone meter just said 3.6": a home meter's reading.
    {"ketones", R"(\b(?:blood |capillary )?ketones?(?: (?:meter|monitor|test|reading))?(?: (?:just|now))?(?: (?:said|says|showed|shows|read|reads))?\b)", 0, 15, AsIs},
    {"creatinine", R"(\bcreat(?:inine)?\b|\bcr\b)", 10, 3000, CreatinineToUmol},
    {"urea", R"(\burea\b)", 0.5, 150, AsIs},
    {"urea", R"(\bbun\b)", 0.5, 150, BunToUrea},
    {"lactate", R"(\blac(?:tate)?\b)", 0, 40, AsIs},
    {"amylase", R"(\bamylase\b)", 1, 30000, AsIs},
    {"lipase", R"(\blipase\b)", 1, 30000, AsIs},
    {"hba1c", R"(\bhba1c\b|\ba1c\b|\bglycated ha?emoglobin\b)", 15, 200, Hba1cToMmolPerMol},
};

// Between the name and the number: "ALT 312", "ALT: 312", "ALT was 312", "ALT of 312".
constexpr const char* kJoin = R"(\s*(?:(?:of|is|was|now|at|level|levels|came back|reading|:|=|-)\s*){0,3})";
constexpr const char* kNumber = R"((\d+(?:\.\d+)?))";
constexpr const char* kUnit = R"(\s*(mg/dl|mmol/l|g/dl|g/l|umol/l|µmol/l|micromol/l|u/l|iu/l|x10\^?9/l)?)";

const std::vector<std::unique_ptr<RE2>>& Patterns() {
  static const auto patterns = [] {
    std::vector<std::unique_ptr<RE2>> out;
    for (const auto& lab : kLabs) {
      out.push_back(std::make_unique<RE2>(std::string("(?:") + lab.aliases + ")" + kJoin + kNumber + kUnit));
    }
    return out;
  }();
  return patterns;
}

// Whether the word after a match makes the number a count of something else: "sugar was 3
// days ago", "creat 2 weeks back".
bool FollowedByTimeWord(const std::string& s, int end) {
  static const RE2 kTimeWord(R"(^\s*(?:days?|weeks?|wks?|hours?|hrs?|months?|years?|yrs?|times?|mins?|minutes?)\b)");
  return RE2::PartialMatch(std::string_view(s).substr(static_cast<size_t>(end)), kTimeWord);
}

}  // namespace

void AddLabValues(const std::string& s, std::vector<MeasuredValue>& out) {
  const auto& patterns = Patterns();
  for (size_t i = 0; i < std::size(kLabs); ++i) {
    const LabSpec& lab = kLabs[i];
    for (const auto& m : FindAll(*patterns[i], s)) {
      if (FollowedByTimeWord(s, m.end)) continue;
      const std::string unit = m.Has(2) ? m.Text(2) : "";
      const double v = lab.convert(std::strtod(m.Text(1).c_str(), nullptr), unit);
      if (v >= lab.low && v <= lab.high) out.push_back({lab.name, v, m.Text(0), m.begin, m.end});
    }
  }
  // The diastolic pressure, from "BP 85/50" or "85/50 mmHg".
  static const RE2 kDiastolic(
      R"((?:\bbp|blood pressure)\s*(?:of|is|was|at|:|=|-)?\s*\d{2,3}\s*(?:/|over)\s*(\d{2,3})|\b\d{2,3}\s*/\s*(\d{2,3})\s*mm\s*hg)");
  for (const auto& m : FindAll(kDiastolic, s)) {
    const double v = std::strtod(m.Text(m.Has(1) ? 1 : 2).c_str(), nullptr);
    if (v >= 20 && v <= 200) out.push_back({"diastolic_bp", v, m.Text(0), m.begin, m.end});
  }
}

const std::vector<std::string>& LabValueNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& lab : kLabs) {
      if (out.empty() || out.back() != lab.name) out.push_back(lab.name);
    }
    out.push_back("diastolic_bp");
    return out;
  }();
  return names;
}

}  // namespace sanus::text
