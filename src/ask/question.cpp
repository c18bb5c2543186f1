#include "ask/question.h"

#include <algorithm>
#include <array>
#include <set>

namespace sanus::ask {
namespace {

using guidance::MedicineDirectory;

bool Has(const std::string& padded, const char* phrase) {
  return padded.find(std::string(" ") + phrase + " ") != std::string::npos;
}

bool HasAny(const std::string& padded, std::initializer_list<const char*> phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](const char* p) { return Has(padded, p); });
}

bool HasPrefix(const std::string& padded, std::initializer_list<const char*> stems) {
  return std::any_of(stems.begin(), stems.end(),
                     [&](const char* s) { return padded.find(std::string(" ") + s) != std::string::npos; });
}

// The intent, from the words that ask it; checked from the most specific to the most general.
std::string Intent(const std::string& q, size_t medicine_count) {
  if (medicine_count >= 2 || HasPrefix(q, {"interact", "mix ", "combin"}) || HasAny(q, {"together", "alongside"})) {
    return "interactions";
  }
  if (HasAny(q, {"dose", "dosage", "doses", "how much", "how many", "mg", "mg kg", "how often"})) return "dose";
  if (medicine_count >= 1 && HasPrefix(q, {"pregnan", "breastfe", "safe", "kidney", "liver", "egfr", "allerg"})) {
    return "safety";
  }
  if (HasPrefix(q, {"treat", "cure", "antibiotic", "abx", "manag", "medication", "medicine for", "tablets for"}) ||
      HasAny(q, {"first line", "1st line", "second line", "what to take", "what can i take", "what should i take"})) {
    return "treatment";
  }
  if (HasAny(q, {"see a doctor", "see the doctor", "see a gp", "go to a e", "go to hospital", "call 999", "call 111",
                 "when should", "should i go", "worried"})) {
    return "when_to_see_doctor";
  }
  if (HasAny(q, {"at home", "self care", "home remedies", "home remedy", "ease", "relieve", "what can i do"})) {
    return "self_care";
  }
  if (HasPrefix(q, {"prevent", "vaccin", "spread", "contagious", "catch "})) return "prevention";
  if (HasAny(q, {"how long", "go away", "get better", "recover", "outlook", "last"})) return "prognosis";
  if (HasPrefix(q, {"cause", "why do", "why does", "risk factor"})) return "causes";
  if (HasPrefix(q, {"diagnos", "test", "investigat", "confirm", "score", "x ray", "scan"})) return "diagnosis";
  if (HasPrefix(q, {"symptom", "sign", "feel like", "look like", "how do i know", "how do you know"})) return "symptoms";
  return "other";
}

bool Personal(const std::string& q) {
  return HasAny(q, {"i", "im", "i m", "ive", "my", "me", "we", "our", "us", "he s", "she s", "hes", "shes", "he has",
                    "she has", "he is", "she is", "right now", "at the moment"});
}

// The separate names in a condition's names: "Urine infection (cystitis, UTI)" gives
// "urine infection (cystitis, uti)", "urine infection", "cystitis" and "uti"; "Acute
// (ascending) cholangitis" gives "acute cholangitis" and "ascending" is dropped as a lone
// qualifier.
std::vector<std::string> NameParts(const std::string& name) {
  static const std::set<std::string> kQualifiers{
      "acute", "chronic", "severe", "mild", "suspected", "viral", "bacterial", "unspecified", "thermal", "spots",
      "seasonal", "reflex", "periapical", "overdose", "oesophagus", "nonorganic", "non ulcer", "ascending",
      "anorectal", "adnexal", "infection", "disease", "syndrome", "pain", "attack", "primary", "secondary"};
  std::vector<std::string> parts{name};
  std::string outside, inside;
  int depth = 0;
  for (char c : name) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      depth = std::max(0, depth - 1);
      parts.push_back(inside);
      inside.clear();
    } else if (depth > 0 && (c == ',' || c == ';' || c == '/')) {
      parts.push_back(inside);
      inside.clear();
    } else if (depth > 0) {
      inside += c;
    } else {
      outside += c;
    }
  }
  parts.push_back(outside);
  std::vector<std::string> out;
  for (const auto& part : parts) {
    if (!kQualifiers.count(MedicineDirectory::Normalise(part))) out.push_back(part);
  }
  return out;
}

}  // namespace

QuestionReader::QuestionReader(const knowledge::KnowledgeBase& kb, const guidance::MedicineDirectory& medicines)
    : kb_(kb), medicines_(medicines) {
  for (const auto& c : kb.conditions) {
    std::string id_words = c.id;
    std::replace(id_words.begin(), id_words.end(), '_', ' ');
    const std::string* names[] = {&c.name, &c.lay_name, &id_words};
    for (const std::string* name : names) {
      for (const auto& part : NameParts(*name)) {
        const std::string key = MedicineDirectory::Normalise(part);
        if (key.size() >= 3) condition_names_.emplace_back(" " + key + " ", c.id);
      }
    }
  }
  std::sort(condition_names_.begin(), condition_names_.end(),
            [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

QuestionAnalysis QuestionReader::Read(const std::string& question) const {
  QuestionAnalysis out;
  std::string q = " ";
  (q += MedicineDirectory::Normalise(question)) += ' ';
  for (const auto& [name, id] : condition_names_) {
    const auto at = q.find(name);
    if (at == std::string::npos) continue;
    if (std::find(out.conditions.begin(), out.conditions.end(), id) == out.conditions.end()) {
      out.conditions.push_back(id);
    }
  }
  // Medicines by each word and each pair of words ("co amoxiclav", "amoxil").
  std::vector<std::string> words;
  for (size_t start = 1; start < q.size();) {
    const size_t end = q.find(' ', start);
    if (end == std::string::npos) break;
    if (end > start) words.push_back(q.substr(start, end - start));
    start = end + 1;
  }
  for (size_t i = 0; i < words.size(); ++i) {
    for (const std::string& candidate : {i + 1 < words.size() ? words[i] + " " + words[i + 1] : std::string(), words[i]}) {
      if (candidate.empty()) continue;
      const auto* m = medicines_.FindMedicine(candidate);
      if (m && std::find(out.medicines.begin(), out.medicines.end(), m->id) == out.medicines.end()) {
        out.medicines.push_back(m->id);
      }
    }
  }
  out.intent = Intent(q, out.medicines.size());
  out.personal = Personal(q);
  static const char* const kInterrogatives[] = {"will", "when", "how", "what", "whats", "can", "could", "should",
                                                "does", "do", "is", "are", "why", "which"};
  const std::string first = words.empty() ? "" : words.front();
  const bool interrogative = std::find(std::begin(kInterrogatives), std::end(kInterrogatives), first) !=
                             std::end(kInterrogatives);
  const bool now = HasAny(q, {"now", "right now", "at the moment", "currently", "still", "just now", "tonight",
                              "this morning", "minutes ago", "an hour ago", "hour ago"});
  out.asks_about_condition = !out.conditions.empty() && interrogative && !now;
  out.medical_words = !out.conditions.empty() || !out.medicines.empty() || out.intent != "other" ||
                      HasPrefix(q, {"pain", "doctor", "medic", "health", "ill", "sick", "fever", "rash", "hurt"});
  (void)kb_;
  return out;
}

}  // namespace sanus::ask
