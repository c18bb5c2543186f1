#include "text/values.h"

#include <re2/re2.h>

#include "text/lab_values.h"
#include "text/regex_match.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

namespace sanus::text {
namespace {

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

MeasuredValue Value(const char* name, double v, const RegexMatch& m) {
  return {name, v, m.Text(0), m.begin, m.end};
}

// "SpO2 91% (usual 90-92)", "sats 89, baseline 88": an oxygen level at or above the person's own
// stated usual figure is their baseline (as in COPD, where 88-92% is the target), not new
// hypoxia. Such a reading is dropped; one below the usual stays, and so does one whose usual is
// not given as a number ("normal for him" alone).
void DropBaselineOxygen(const std::string& s, std::vector<MeasuredValue>& out) {
  static const RE2 kUsual(
      R"(^\W{0,3}(?:\w+\W+){0,2}?(?:usual(?:ly)?|baseline|normally|normal for (?:him|her|me|them))\s*(?:is|of|:|=|at|around|about)?\s*(\d{2}))");
  std::erase_if(out, [&](const MeasuredValue& v) {
    if (v.name != "spo2" || v.end < 0 || static_cast<size_t>(v.end) >= s.size()) return false;
    std::string usual;
    const auto rest = std::string_view(s).substr(static_cast<size_t>(v.end), 40);
    return RE2::PartialMatch(rest, kUsual, &usual) && v.value >= std::stod(usual);
  });
}

// "SLR +ve at 40 deg", "flexion limited to 30 degrees": degrees without a temperature word or a
// Celsius/Fahrenheit unit are an angle when an examination word or "at" comes just before.
bool IsAngle(const std::string& s, const RegexMatch& m) {
  static const RE2 kAngleContext(
      R"((?:\bslr\b|straight leg|leg rais|flexion|extension|abduction|adduction|rotation|angle|\bat)(?:\s+[a-z]+){0,2}?(?:\s+(?:to|of|at|is))?\W*$)");
  const int from = std::max(0, m.begin - 30);
  return RE2::PartialMatch(s.substr(static_cast<size_t>(from), static_cast<size_t>(m.begin - from)), kAngleContext);
}

// Bare degrees (no temperature word) said of a person are their temperature: "she is 35 degrees
// and shivering", "he's 39 degrees". Otherwise they are the air or an angle unless they read as a
// fever ("39 degrees" alone) and no weather word is near: "it's about 31 degrees and he's been
// drinking cider" is the festival, not hypothermia.
bool IsWeatherOrNotAFever(const std::string& s, const RegexMatch& m, double celsius) {
  static const RE2 kPersonBefore(
      R"(\b(?:he|she|i|baby|they|temp)\s*(?:'s|’s|is|was|am|'m|’m|are|were|of)?\s*(?:only|just|about|around|now|still)?\s*$)");
  static const RE2 kWeatherBefore(R"((?:\bit was|\bit'?s|\bweather|\boutside|\bheatwave|\bthe heat|\bsun)\b[^.]{0,12}$)");
  static const RE2 kWeatherAfter(R"(^\W*(?:outside|out\b|heat|in the (?:sun|shade)|today|in the day))");
  const int from = std::max(0, m.begin - 25);
  const std::string before = s.substr(static_cast<size_t>(from), static_cast<size_t>(m.begin - from));
  if (RE2::PartialMatch(before, kPersonBefore)) return false;
  if (celsius < 37.5) return true;
  return RE2::PartialMatch(before, kWeatherBefore) || RE2::PartialMatch(s.substr(static_cast<size_t>(m.end)), kWeatherAfter);
}

// "86F, fall at home" and "34M" are a clinician's age and sex, not degrees Fahrenheit: a bare
// number with F or M and no temperature word. Below 93 a bare F reading would be severe
// hypothermia, which nobody writes without "temp"; at the start of a note it is the age.
bool IsAgeAndSex(const std::string& s, const RegexMatch& m) {
  const std::string unit = m.Text(6);
  if (unit != "f") return false;
  const bool starts_note = s.find_first_not_of(" \t\n") == static_cast<size_t>(m.begin);
  return starts_note || ToNumber(m.Text(5)) < 93;
}

void AddTemperature(const std::string& s, std::vector<MeasuredValue>& out) {
  static const RE2 kTemp(
      R"((?:temp(?:erature)?|\bt|fever(?: of)?|pyrexia(?: of)?|thermometer(?: says| reads| reading| showed| shows)?)\s*(?:of|is|was|at|:|=|-)?\s*(\d{2,3}(?:[.,]\d{1,2})?)\s*(?:°|º|deg(?:rees?)?)?\s*(c|f|celsius|fahrenheit)?\b)"
      R"(|\b(\d{2,3}(?:\.\d{1,2})?)\s*(?:°|º|deg(?:rees?)?)\s*(c|f|celsius|fahrenheit)?\b|\b(\d{2,3}(?:\.\d{1,2})?)\s*(c|f)\b)"
      // A bare number with one decimal between 35.0 and 42.9 is a temperature as people
      // write them ("38.4 under his arm"); the word after it is checked below.
      R"(|\b(3[5-9]\.\d|4[0-2]\.\d)\b\s*([a-z%]*))");
  for (const auto& m : FindAll(kTemp, s)) {
    const int g = m.Has(1) ? 1 : (m.Has(3) ? 3 : (m.Has(5) ? 5 : 7));
    if (g == 7) {
      static const std::string kNotTemperature[] = {"kg", "%", "mg", "ml", "cm", "mmol", "kilos",
                                                    "lbs", "weeks", "years", "hours", "days", "l"};
      const std::string unit = m.Text(8);
      if (std::find(std::begin(kNotTemperature), std::end(kNotTemperature), unit) !=
          std::end(kNotTemperature)) {
        continue;
      }
    }
    const std::string unit = g == 7 ? "" : m.Text(g + 1);
    if (g == 3 && unit.empty() && IsAngle(s, m)) continue;
    if (g == 5 && IsAgeAndSex(s, m)) continue;
    std::string number = m.Text(g);
    std::replace(number.begin(), number.end(), ',', '.');
    double v = ToNumber(number);
    // No unit: 34-43 reads as Celsius and 93-110 as Fahrenheit, as people write them.
    const bool fahrenheit = unit.empty() ? v >= 93 : unit[0] == 'f';
    if (fahrenheit) v = (v - 32) * 5 / 9;
    if (g == 3 && unit.empty() && IsWeatherOrNotAFever(s, m, v)) continue;
    if (v >= 30 && v <= 45) out.push_back(Value("temperature_c", v, m));
  }
}

void AddSimple(const std::string& s, const RE2& re, const char* name, double lo, double hi,
               std::vector<MeasuredValue>& out) {
  for (const auto& m : FindAll(re, s)) {
    // The number is in whichever alternative matched: the first group that took part.
    int g = 1;
    while (g + 1 < static_cast<int>(m.groups.size()) && !m.Has(g)) ++g;
    const double v = ToNumber(m.Text(g));
    if (v >= lo && v <= hi) out.push_back(Value(name, v, m));
  }
}

void AddDuration(const std::string& s, std::vector<MeasuredValue>& out) {
  static const RE2 kDuration(
      R"(\b(?:for|since|past|last|over|x)\s+(?:the\s+)?(?:past\s+|last\s+)?(\d+(?:\.\d+)?\s*|(?:a couple of|couple of|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+)(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)\b)"
      R"(|\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?)\s+ago\b)");
  static const RE2 kRelative(R"(\b(since yesterday|since last night|this morning|since this morning|overnight|today)\b)");
  for (const auto& m : FindAll(kDuration, s)) {
    const int g = m.Has(1) ? 1 : 3;
    std::string number = m.Text(g);
    while (!number.empty() && number.back() == ' ') number.pop_back();  // "two " -> "two"
    const double hours = NumberWord(number) * HoursPerUnit(m.Text(g + 1));
    if (hours > 0 && hours < 24 * 365 * 100) out.push_back(Value("duration_hours", hours, m));
  }
  const auto relative = FindAll(kRelative, s);
  if (!relative.empty()) {
    const auto& m = relative.front();
    const double hours = m.Text(1).find("yesterday") != std::string::npos ? 24 : 10;
    out.push_back(Value("duration_hours", hours, m));
  }
}

}  // namespace

std::vector<MeasuredValue> ExtractValues(std::string_view text) {
  const std::string s = Lower(text);
  std::vector<MeasuredValue> out;
  AddTemperature(s, out);
  static const RE2 kPulse(
      R"((?:\bhr|heart rate|pulse(?: rate)?|\bp)\s*(?:of|is|was|at|:|=|-)?\s*(\d{2,3})\b|\b(\d{2,3})\s*(?:bpm|beats))"
      // "my smartwatch says 196": a watch reading of a racing heart; a "%" after it would be
      // the oxygen level instead.
      R"(|\b(?:smart ?watch|watch|fitbit)\s*(?:says|said|reads|read|shows|showed|is saying)\s*(?:my heart rate is |my pulse is |it is |its )?(\d{2,3})(?:\s*(?:bpm|beats))?(?:[^%\d]|$))");
  static const RE2 kResp(
      R"((?:\brr|resp(?:iratory)? rate|resps|breathing rate)\s*(?:of|is|was|at|:|=|-)?\s*(\d{1,2})\b|\b(\d{1,2})\s*breaths|\bbreathing\s*(?:at|is|of)?\s*(\d{1,2})\s*(?:a|per|/)\s*min)");
  static const RE2 kSpo2(
      R"((?:spo2|sp02|sats?|saturations?|o2 sats?|oxygen(?: level| levels| saturation)?|pulse ox(?:imeter)?(?: says| reading)?)\s*(?:of|is|are|was|at|:|=|-)?\s*(\d{2,3})\s*%?|\b(\d{2,3})\s*%\s*(?:on room air|on air|ra\b|sats))"
      // "my finger monitor says 93-94%": a home pulse oximeter, read only with its "%" so a
      // blood pressure or heart monitor is never taken for it.
      R"(|\b(?:finger|oxygen|oximeter|pulse oximeter) (?:monitor|machine|clip|thing)?\s*(?:says|said|reads|read|shows|showed|is saying)\s*(\d{2,3})\s*(?:-|to)?\s*(?:\d{2,3})?\s*%)");
  static const RE2 kBp(
      R"((?:\bbp|blood pressure)\s*(?:of|is|was|at|:|=|-)?\s*(\d{2,3})\s*(?:/|over)\s*\d{2,3}|\b(\d{2,3})\s*/\s*\d{2,3}\s*mm\s*hg)"
      // A bare "200/120": three digits over two or three is a blood pressure as people quote
      // a home monitor ("the machine says 200/120"); "7/40" and "3/52" are too short.
      R"(|\b(\d{3})\s*/\s*\d{2,3}\b)"
      // A systolic pressure alone, as clinicians write it: "SBP 82".
      R"(|\b(?:sbp|systolic(?: bp| pressure)?)\s*(?:of|is|was|at|:|=|-)?\s*(\d{2,3})\b)");
  // Weeks of pregnancy: "7/40" in a clinician's note, "12 weeks pregnant" in a patient's, and
  // weeks plus days ("29+4/40", "I'm 39+2"), read before the "4/40" inside them can be. A bare
  // "3+4" is not a pregnancy (a Gleason score): weeks plus days need "/40" or "I'm" before them.
  static const RE2 kGestation(
      R"(\b(\d{1,2})\+[0-6]\s*/\s*40\b|\b(?:i(?:'|’)?m|i am|she(?:'|’)?s|she is)\s+(\d{1,2})\+[0-6]\b|)"
      R"(\b(\d{1,2})\s*/\s*40\b|\b(\d{1,2})\s*(?:weeks?|wks?)\s*(?:pregnant|gestation|along|preg)\b)"
      // "I'm 32 weeks with my first": weeks said of oneself are a pregnancy. Not "she's 6 weeks",
      // which is as often a baby's age.
      R"(|\b(?:i(?:'|’)?m|i am)\s+(\d{1,2})\s*(?:weeks?|wks?)\s*(?:with|and|now|today|,|\.|$))");
  AddSimple(s, kPulse, "heart_rate", 20, 250, out);
  AddSimple(s, kResp, "resp_rate", 4, 80, out);
  AddSimple(s, kSpo2, "spo2", 50, 100, out);
  DropBaselineOxygen(s, out);
  AddSimple(s, kBp, "systolic_bp", 50, 260, out);
  AddDuration(s, out);
  AddSimple(s, kGestation, "gestation_weeks", 3, 42, out);
  AddLabValues(s, out);
  // Tablets of paracetamol taken: "took 20 paracetamol", "16 tablets of paracetamol".
  static const RE2 kParacetamol(
      R"(\b(\d{1,3})\s*(?:x\s*)?(?:paracetamol|acetaminophen|panadol|tylenol|calpol|co-?codamol)\b|\b(\d{1,3})\s*(?:tablets?|pills?)\s+of\s+(?:paracetamol|acetaminophen|panadol|tylenol|co-?codamol)\b)");
  AddSimple(s, kParacetamol, "paracetamol_tablets", 1, 500, out);
  return out;
}

Demographics ExtractDemographics(std::string_view text) {
  const std::string s = Lower(text);
  Demographics d;
  static const RE2 kInfant(
      R"(\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(days?|d|weeks?|wks?|wk|months?|mths?|mo|mos)[\s-]*old\b)");
  static const RE2 kYears(
      R"(\b(\d{1,3})[\s-]*(?:years?|yrs?|yr|y)[\s-]*(?:old|o\b)|\b(\d{1,3})\s*(?:yo|y/o|y\.o\.?|yob)\b|\baged?\s+(\d{1,3})\b)");
  static const RE2 kCompact(R"(^\s*(?:pt\s*:?\s*)?(\d{1,3})\s*(m|f)\b)");
  // "my little boy is 2", "my daughter, 7,": a child's age given as a bare number; the word
  // after the number is checked so that "is 3 days" is not an age.
  static const RE2 kChildIs(
      R"(\b(?:son|daughter|boy|girl|baby|child|kid|toddler|grandson|granddaughter)\s*(?:is|who is|whos|aged|,)\s*(\d{1,2})\b\s*([a-z%]*))");
  // "i'm 17, really bad cramps", "I am 45 and": a person's own age as a bare number, checked
  // the same way ("I'm 5 weeks pregnant", "I'm 5'4") - and never a height or a weight.
  static const RE2 kSelfIs(R"((?:^|[^a-z])(?:i'm|i’m|im|i am)\s+(\d{1,3})\b(['’"./]?)\s*([a-z%]*))");
  static const std::string kNotAge[] = {"day", "days", "week", "weeks", "wks", "month", "months",
                                        "mths", "hour", "hours", "hrs", "minute", "minutes", "mins",
                                        "times", "%", "kg", "lb", "lbs", "stone", "st", "cm", "ft",
                                        "foot", "feet", "inches", "in", "x", "of", "out", "plus"};
  auto is_age_word = [&](std::string_view word) {
    return std::find(std::begin(kNotAge), std::end(kNotAge), word) == std::end(kNotAge);
  };
  if (auto m = FindAll(kInfant, s); !m.empty()) {
    const double n = NumberWord(m[0].Text(1));
    const char unit = m[0].Text(2)[0];
    d.age_years = unit == 'd' ? n / 365 : unit == 'w' ? n * 7 / 365 : n / 12;
  } else if (auto y = FindAll(kYears, s); !y.empty()) {
    const int g = y[0].Has(1) ? 1 : (y[0].Has(2) ? 2 : 3);
    d.age_years = ToNumber(y[0].Text(g));
  } else if (auto c = FindAll(kChildIs, s); !c.empty() && is_age_word(c[0].Text(2))) {
    d.age_years = ToNumber(c[0].Text(1));
  } else if (auto i = FindAll(kSelfIs, s); !i.empty() && i[0].Text(2).empty() && is_age_word(i[0].Text(3))) {
    d.age_years = ToNumber(i[0].Text(1));
  } else if (auto k = FindAll(kCompact, s); !k.empty()) {
    d.age_years = ToNumber(k[0].Text(1));
    d.sex = k[0].Text(2) == "m" ? Sex::kMale : Sex::kFemale;
  }
  if (d.age_years && (*d.age_years < 0 || *d.age_years > 120)) d.age_years.reset();

  static const RE2 kFemale(
      R"(\b(woman|female|girl|lady|daughter|wife|mum|mom|mother|she|her|pregnant|gf|girlfriend|granddaughter|niece)\b)");
  static const RE2 kMale(
      R"(\b(man|male|boy|gentleman|son|husband|dad|father|he|his|him|bf|boyfriend|grandson|nephew)\b)");
  if (d.sex == Sex::kUnknown) {
    // The first word that names a sex is usually the patient ("my son ... his"), so the
    // earlier match wins when both appear.
    const auto f = FindAll(kFemale, s);
    const auto m = FindAll(kMale, s);
    if (!f.empty() && (m.empty() || f[0].begin < m[0].begin)) d.sex = Sex::kFemale;
    else if (!m.empty()) d.sex = Sex::kMale;
  }
  return d;
}

}  // namespace sanus::text
