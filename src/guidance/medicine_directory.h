// Finds medicines and classes by the names people use: generic (British or US), brand, or
// class ("penicillins", "sulfa"). Exact after normalising case, spaces and punctuation; a near
// miss is never taken for a medicine (prednisone is not prednisolone) but offered as a
// suggestion.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "knowledge/knowledge_base.h"

namespace sanus::guidance {

class MedicineDirectory {
 public:
  explicit MedicineDirectory(const knowledge::KnowledgeBase& kb);

  const knowledge::Medicine* FindMedicine(const std::string& name) const;
  const knowledge::MedicineClass* FindClass(const std::string& name) const;
  // Known names within two edits of an unknown one, for "did you mean".
  std::vector<std::string> Suggestions(const std::string& name) const;

  // "Amoxicillin / Clavulanate" -> "amoxicillin clavulanate".
  static std::string Normalise(const std::string& name);

 private:
  std::unordered_map<std::string, const knowledge::Medicine*> medicines_;
  std::unordered_map<std::string, const knowledge::MedicineClass*> classes_;
};

}  // namespace sanus::guidance
