#include "guidance/medicine_directory.h"

#include <algorithm>
#include <cctype>

namespace sanus::guidance {
namespace {

// Levenshtein distance, stopping early once it exceeds the limit.
int EditDistance(const std::string& a, const std::string& b, int limit) {
  if (std::abs(static_cast<int>(a.size()) - static_cast<int>(b.size())) > limit) return limit + 1;
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    int best = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}

// The singular of a plural name ("penicillins", "nsaids"), or the name itself.
std::string Singular(const std::string& name) {
  if (name.size() > 3 && name.back() == 's') return name.substr(0, name.size() - 1);
  return name;
}

}  // namespace

std::string MedicineDirectory::Normalise(const std::string& name) {
  std::string out;
  bool space = false;
  for (unsigned char ch : name) {
    if (std::isalnum(ch)) {
      if (space && !out.empty()) out += ' ';
      out += static_cast<char>(std::tolower(ch));
      space = false;
    } else {
      space = true;  // spaces, hyphens, slashes, underscores and "+" all separate words
    }
  }
  return out;
}

MedicineDirectory::MedicineDirectory(const knowledge::KnowledgeBase& kb) {
  for (const auto& m : kb.medicines) {
    medicines_.emplace(Normalise(m.id), &m);
    medicines_.emplace(Normalise(m.name), &m);
    for (const auto& n : m.brands) medicines_.emplace(Normalise(n), &m);
    for (const auto& n : m.other_names) medicines_.emplace(Normalise(n), &m);
  }
  for (const auto& c : kb.medicine_classes) {
    classes_.emplace(Normalise(c.id), &c);
    classes_.emplace(Normalise(c.name), &c);
    for (const auto& n : c.other_names) classes_.emplace(Normalise(n), &c);
  }
}

const knowledge::Medicine* MedicineDirectory::FindMedicine(const std::string& name) const {
  const std::string key = Normalise(name);
  if (auto it = medicines_.find(key); it != medicines_.end()) return it->second;
  return nullptr;
}

const knowledge::MedicineClass* MedicineDirectory::FindClass(const std::string& name) const {
  const std::string key = Normalise(name);
  for (const std::string& k : {key, Singular(key)}) {
    if (auto it = classes_.find(k); it != classes_.end()) return it->second;
  }
  return nullptr;
}

std::vector<std::string> MedicineDirectory::Suggestions(const std::string& name) const {
  const std::string key = Normalise(name);
  std::vector<std::string> out;
  if (key.size() < 4) return out;
  for (const auto& [known, medicine] : medicines_) {
    if (EditDistance(key, known, 2) <= 2 &&
        std::find(out.begin(), out.end(), medicine->name) == out.end()) {
      out.push_back(medicine->name);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace sanus::guidance
