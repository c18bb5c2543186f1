#include "text/values.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <regex>
#include <string>

namespace sanus::text {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

double ToNumber(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

double NumberWord(const std::string& word) {
  static const std::pair<const char*, double> kWords[] = {
      {"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
      {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"few", 3},
      {"a few", 3}, {"couple of", 2}, {"a couple of", 2}, {"several", 4}};
  for (const auto& [name, value] : kWords) {
    if (word == name) return value;
  }
  return ToNumber(word);
}

double HoursPerUnit(const std::string& unit) {
  if (unit.rfind("min", 0) == 0) return 1.0 / 60;
  if (unit[0] == 'h') return 1;
  if (unit[0] == 'd') return 24;
  if (unit[0] == 'w') return 24 * 7;
  if (unit.rfind("mo", 0) == 0) return 24 * 30;
  return 24 * 365;  // years
}

void AddTemperature(const std::string& s, std::vector<MeasuredValue>& out) {
  static const std::regex kTemp(
      R"((?:temp(?:erature)?|\bt|fever(?: of)?|pyrexia(?: of)?|thermometer(?: says| reads| reading| showed| shows)?)\s*(?:of|is|was|at|:|=|-)?\s*(\d{2,3}(?:[.,]\d{1,2})?)\s*(?:°|º|deg(?:rees?)?)?\s*(c|f|celsius|fahrenheit)?\b)"
      R"(|\b(\d{2,3}(?:\.\d{1,2})?)\s*(?:°|º|deg(?:rees?)?)\s*(c|f|celsius|fahrenheit)?\b|\b(\d{2,3}(?:\.\d{1,2})?)\s*(c|f)\b)"
      // A bare number with one decimal between 35.0 and 42.9 is a temperature as people
      // write them ("38.4 under his arm"); whole numbers are not (ages, pulses, days).
      R"(|\b(3[5-9]\.\d|4[0-2]\.\d)()\b(?!\s*(?:kg|%|mg|ml|cm|mmol|kilos|lbs|weeks|years|hours|days)))");
  for (std::sregex_iterator it(s.begin(), s.end(), kTemp), end; it != end; ++it) {
    const auto& m = *it;
    const int g = m[1].matched ? 1 : (m[3].matched ? 3 : (m[5].matched ? 5 : 7));
    std::string number = m[g].str();
    std::replace(number.begin(), number.end(), ',', '.');
    double v = ToNumber(number);
    const std::string unit = m[g + 1].str();
    // No unit: 34-43 reads as Celsius and 93-110 as Fahrenheit, as people write them.
    const bool fahrenheit = unit.empty() ? v >= 93 : unit[0] == 'f';
    if (fahrenheit) v = (v - 32) * 5 / 9;
    if (v >= 30 && v <= 45) out.push_back({"temperature_c", v, m.str(), static_cast<int>(m.position(0)), static_cast<int>(m.position(0) + m.length(0))});
  }
}

void AddSimple(const std::string& s, const std::regex& re, const char* name, double lo, double hi,
               std::vector<MeasuredValue>& out) {
  for (std::sregex_iterator it(s.begin(), s.end(), re), end; it != end; ++it) {
    const auto& m = *it;
    const int g = m[1].matched ? 1 : 2;
    const double v = ToNumber(m[g].str());
    if (v >= lo && v <= hi) out.push_back({name, v, m.str(), static_cast<int>(m.position(0)), static_cast<int>(m.position(0) + m.length(0))});
  }
}

void AddDuration(const std::string& s, std::vector<MeasuredValue>& out) {
  static const std::regex kDuration(
      R"(\b(?:for|since|past|last|over|x)\s+(?:the\s+)?(?:past\s+|last\s+)?(\d+(?:\.\d+)?\s*|(?:a couple of|couple of|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+)(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)\b)"
      R"(|\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?)\s+ago\b)");
  static const std::regex kRelative(R"(\b(since yesterday|since last night|this morning|since this morning|overnight|today)\b)");
  for (std::sregex_iterator it(s.begin(), s.end(), kDuration), end; it != end; ++it) {
    const auto& m = *it;
    const int g = m[1].matched ? 1 : 3;
    std::string number = m[g].str();
    while (!number.empty() && number.back() == ' ') number.pop_back();  // "two " -> "two"
    const double hours = NumberWord(number) * HoursPerUnit(m[g + 1].str());
    if (hours > 0 && hours < 24 * 365 * 100) out.push_back({"duration_hours", hours, m.str(), static_cast<int>(m.position(0)), static_cast<int>(m.position(0) + m.length(0))});
  }
  std::smatch m;
  if (std::regex_search(s, m, kRelative)) {
    const double hours = m[1].str().find("yesterday") != std::string::npos ? 24 : 10;
    out.push_back({"duration_hours", hours, m.str(), static_cast<int>(m.position(0)), static_cast<int>(m.position(0) + m.length(0))});
  }
}

}  // namespace

std::vector<MeasuredValue> ExtractValues(std::string_view text) {
  const std::string s = Lower(text);
  std::vector<MeasuredValue> out;
  AddTemperature(s, out);
  static const std::regex kPulse(
      R"((?:\bhr|heart rate|pulse(?: rate)?|\bp)\s*(?:of|is|was|at|:|=|-)?\s*(\d{2,3})\b|\b(\d{2,3})\s*(?:bpm|beats))");
  static const std::regex kResp(
      R"((?:\brr|resp(?:iratory)? rate|resps|breathing rate)\s*(?:of|is|was|at|:|=|-)?\s*(\d{1,2})\b|\b(\d{1,2})\s*breaths)");
  static const std::regex kSpo2(
      R"((?:spo2|sp02|sats?|saturations?|o2 sats?|oxygen(?: level| levels| saturation)?|pulse ox(?:imeter)?(?: says| reading)?)\s*(?:of|is|are|was|at|:|=|-)?\s*(\d{2,3})\s*%?|\b(\d{2,3})\s*%\s*(?:on room air|on air|ra\b|sats))");
  static const std::regex kBp(
      R"((?:\bbp|blood pressure)\s*(?:of|is|was|at|:|=|-)?\s*(\d{2,3})\s*(?:/|over)\s*\d{2,3}|\b(\d{2,3})\s*/\s*\d{2,3}\s*mm\s*hg)");
  AddSimple(s, kPulse, "heart_rate", 20, 250, out);
  AddSimple(s, kResp, "resp_rate", 4, 80, out);
  AddSimple(s, kSpo2, "spo2", 50, 100, out);
  AddSimple(s, kBp, "systolic_bp", 50, 260, out);
  AddDuration(s, out);
  // Weeks of pregnancy: "7/40" in a clinician's note, "12 weeks pregnant" in a patient's.
  static const std::regex kGestation(
      R"(\b(\d{1,2})\s*/\s*40\b|\b(\d{1,2})\s*(?:weeks?|wks?)\s*(?:pregnant|gestation|along|preg)\b)");
  AddSimple(s, kGestation, "gestation_weeks", 3, 42, out);
  return out;
}

Demographics ExtractDemographics(std::string_view text) {
  const std::string s = Lower(text);
  Demographics d;
  static const std::regex kInfant(
      R"(\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(days?|d|weeks?|wks?|wk|months?|mths?|mo|mos)[\s-]*old\b)");
  static const std::regex kYears(
      R"(\b(\d{1,3})[\s-]*(?:years?|yrs?|yr|y)[\s-]*(?:old|o\b)|\b(\d{1,3})\s*(?:yo|y/o|y\.o\.?|yob)\b|\baged?\s+(\d{1,3})\b)");
  static const std::regex kCompact(R"(^\s*(?:pt\s*:?\s*)?(\d{1,3})\s*(m|f)\b)");
  // "my little boy is 2", "my daughter, 7,": a child's age given as a bare number.
  static const std::regex kChildIs(
      R"(\b(?:son|daughter|boy|girl|baby|child|kid|toddler|grandson|granddaughter)\s*(?:is|who is|whos|aged|,)\s*(\d{1,2})\b(?!\s*(?:days?|weeks?|wks?|months?|mths?|hours?|hrs?|minutes?|mins?|times?|%|kg|lbs?|stone|cm)))");
  std::smatch m;
  if (std::regex_search(s, m, kInfant)) {
    const double n = NumberWord(m[1].str());
    const char unit = m[2].str()[0];
    d.age_years = unit == 'd' ? n / 365 : unit == 'w' ? n * 7 / 365 : n / 12;
  } else if (std::regex_search(s, m, kYears)) {
    const int g = m[1].matched ? 1 : (m[2].matched ? 2 : 3);
    d.age_years = ToNumber(m[g].str());
  } else if (std::regex_search(s, m, kChildIs)) {
    d.age_years = ToNumber(m[1].str());
  } else if (std::regex_search(s, m, kCompact)) {
    d.age_years = ToNumber(m[1].str());
    d.sex = m[2].str() == "m" ? Sex::kMale : Sex::kFemale;
  }
  if (d.age_years && (*d.age_years < 0 || *d.age_years > 120)) d.age_years.reset();

  static const std::regex kFemale(
      R"(\b(woman|female|girl|lady|daughter|wife|mum|mom|mother|she|her|pregnant|gf|girlfriend|granddaughter|niece)\b)");
  static const std::regex kMale(
      R"(\b(man|male|boy|gentleman|son|husband|dad|father|he|his|him|bf|boyfriend|grandson|nephew)\b)");
  if (d.sex == Sex::kUnknown) {
    // The first word that names a sex is usually the patient ("my son ... his"), so the
    // earlier match wins when both appear.
    std::smatch f, mm;
    const bool has_f = std::regex_search(s, f, kFemale);
    const bool has_m = std::regex_search(s, mm, kMale);
    if (has_f && (!has_m || f.position(0) < mm.position(0))) d.sex = Sex::kFemale;
    else if (has_m) d.sex = Sex::kMale;
  }
  return d;
}

}  // namespace sanus::text
