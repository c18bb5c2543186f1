// What a question is about and what it asks: the conditions and medicines it names, its
// intent (treatment, dose, symptoms ...), and whether it speaks of someone here and now.
#pragma once

#include <string>
#include <vector>

#include "guidance/medicine_directory.h"
#include "knowledge/knowledge_base.h"

namespace sanus::ask {

struct QuestionAnalysis {
  std::string intent;  // symptoms, causes, diagnosis, treatment, dose, interactions, prevention,
                       // prognosis, when_to_see_doctor, self_care, safety, other
  std::vector<std::string> conditions;  // condition ids named
  std::vector<std::string> medicines;   // medicine ids named
  bool personal = false;  // about the asker or someone with them ("my dad has", "I took")
  // Asks about a named condition rather than describing what is happening ("will my face go
  // back to normal after Bell's palsy", "how do I use it if I ever have anaphylaxis"): a
  // question, not an emergency, unless it says it is happening now.
  bool asks_about_condition = false;
  bool medical_words = false;  // uses words of medicine even without a known topic
};

class QuestionReader {
 public:
  QuestionReader(const knowledge::KnowledgeBase& kb, const guidance::MedicineDirectory& medicines);
  QuestionAnalysis Read(const std::string& question) const;

 private:
  const knowledge::KnowledgeBase& kb_;
  const guidance::MedicineDirectory& medicines_;
  // Normalised names (" urine infection ") of each condition, longest first.
  std::vector<std::pair<std::string, std::string>> condition_names_;
};

}  // namespace sanus::ask
