#include "knowledge/treatment_validator.h"

namespace sanus::knowledge {
namespace {

class Checker {
 public:
  Checker(const KnowledgeBase& kb, std::vector<std::string>& problems) : kb_(kb), problems_(problems) {}

  void Run() {
    for (const auto& c : kb_.medicine_classes) CheckClass(c);
    for (const auto& m : kb_.medicines) CheckMedicine(m);
    for (const auto& i : kb_.interactions) CheckInteraction(i);
    for (const auto& g : kb_.guidance) CheckGuidance(g);
  }

 private:
  void Problem(const std::string& where, const std::string& message) {
    problems_.push_back(where + ": " + message);
  }

  void Source(const std::string& where, const std::string& id) {
    if (id.empty()) return Problem(where, "a statement without a source");
    if (!kb_.FindSource(id)) Problem(where, "source '" + id + "' is not registered");
  }

  void Text(const std::string& where, const std::string& text, const char* what) {
    if (text.empty()) Problem(where, std::string("empty ") + what);
  }

  void CheckClass(const MedicineClass& c) {
    for (const auto& cross : c.cross_reactive) {
      if (!kb_.FindMedicineClass(cross.class_id)) {
        Problem(c.origin, "cross-reactive class '" + cross.class_id + "' is not defined");
      }
      Text(c.origin, cross.text, "cross-reactivity text");
      Source(c.origin, cross.source_id);
    }
  }

  void CheckRuleContext(const std::string& where, CautionContext context,
                        const std::optional<double>& egfr_below, const std::optional<double>& age_below) {
    if (context == CautionContext::kRenal && (!egfr_below || *egfr_below <= 0 || *egfr_below > 200)) {
      Problem(where, "a kidney rule needs egfr_below between 0 and 200");
    }
    if (context == CautionContext::kChild && (!age_below || *age_below <= 0 || *age_below > 18)) {
      Problem(where, "a child rule needs age_below between 0 and 18");
    }
  }

  void CheckMedicine(const Medicine& m) {
    const std::string where = m.origin + " (" + m.id + ")";
    if (m.name.empty()) Problem(where, "missing name");
    if (m.classes.empty()) Problem(where, "a medicine needs at least one class");
    for (const auto& c : m.classes) {
      if (!kb_.FindMedicineClass(c)) Problem(where, "class '" + c + "' is not defined");
    }
    if (m.source_ids.empty()) Problem(where, "a medicine needs at least one source");
    for (const auto& s : m.source_ids) Source(where, s);
    for (const auto& caution : m.cautions) {
      CheckRuleContext(where, caution.context, caution.egfr_below, caution.age_below);
      Text(where, caution.text, "caution text");
      Source(where, caution.source_id);
    }
  }

  void CheckInteraction(const Interaction& i) {
    const std::string where = i.origin + " (" + i.id + ")";
    for (const auto* side : {&i.a, &i.b}) {
      if (side->empty()) Problem(where, "both sides of an interaction need a medicine or class");
      for (const auto& id : *side) {
        if (!kb_.FindMedicine(id) && !kb_.FindMedicineClass(id)) {
          Problem(where, "'" + id + "' is neither a medicine nor a class");
        }
      }
    }
    Text(where, i.effect, "effect");
    Text(where, i.action, "action");
    Source(where, i.source_id);
  }

  void CheckGuidance(const Guidance& g) {
    const std::string& where = g.origin;
    if (!kb_.FindCondition(g.condition_id)) Problem(where, "condition '" + g.condition_id + "' is not defined");
    if (g.seek_help.empty()) Problem(where, "patient.seek_help must say when to get help");
    if (g.treatments.empty()) Problem(where, "clinician.treatments must not be empty");
    for (const auto* list : {&g.self_care, &g.watch_for, &g.tests, &g.refer}) {
      for (const auto& item : *list) {
        Text(where, item.text, "advice text");
        Source(where, item.source_id);
      }
    }
    for (const auto& advice : g.seek_help) {
      Text(where, advice.when, "'when' of seek_help");
      Source(where, advice.source_id);
    }
    for (const auto& t : g.treatments) CheckTreatment(where, t);
  }

  void CheckTreatment(const std::string& where, const TreatmentOption& t) {
    if (!t.medicine_id.empty() && !kb_.FindMedicine(t.medicine_id)) {
      Problem(where, "medicine '" + t.medicine_id + "' is not defined");
    }
    for (const auto& id : t.with_medicine_ids) {
      if (!kb_.FindMedicine(id)) Problem(where, "medicine '" + id + "' (with) is not defined");
    }
    if (t.age_from && t.age_to && *t.age_from >= *t.age_to) Problem(where, "a treatment has an empty age band");
    Source(where, t.source_id);
    for (const auto& a : t.adjustments) {
      CheckRuleContext(where, a.context, a.egfr_below, a.context == CautionContext::kChild ? 18.0 : 1.0);
      Text(where, a.text, "adjustment text");
      Source(where, a.source_id);
    }
  }

  const KnowledgeBase& kb_;
  std::vector<std::string>& problems_;
};

}  // namespace

void ValidateTreatmentKnowledge(const KnowledgeBase& kb, std::vector<std::string>& problems) {
  Checker(kb, problems).Run();
}

}  // namespace sanus::knowledge
