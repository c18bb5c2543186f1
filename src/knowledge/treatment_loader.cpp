#include "knowledge/treatment_loader.h"

#include "knowledge/node_reader.h"

namespace sanus::knowledge {
namespace {

// An enum field spelled as in the YAML; a wrong word is a problem naming the field.
template <typename E, typename Parse>
E ReadEnum(NodeReader& r, const char* key, Parse parse, E fallback) {
  const std::string word = r.Text(key);
  if (word.empty()) return fallback;
  auto value = parse(word);
  if (!value) r.Problem(std::string("unknown ") + key + " '" + word + "'");
  return value.value_or(fallback);
}

template <typename T>
void Register(std::unordered_map<std::string, int32_t>& index, std::vector<T>& items, NodeReader& r,
              const std::string& kind, T item) {
  if (item.id.empty()) return;
  if (!index.emplace(item.id, static_cast<int32_t>(items.size())).second) {
    return r.Problem("duplicate " + kind + " id '" + item.id + "'");
  }
  item.origin = r.where();
  items.push_back(std::move(item));
}

void AddClass(NodeReader& r, KnowledgeBase& kb) {
  MedicineClass c;
  c.id = r.Text("id");
  c.name = r.Text("name");
  c.other_names = r.List("other_names", false);
  c.allergy_group = r.Flag("allergy_group");
  r.ForEach("cross_reactive", [&](NodeReader& x) {
    CrossReactivity cross;
    cross.class_id = x.Text("class");
    cross.severity = ReadEnum(x, "severity", ParseCautionSeverity, CautionSeverity::kCaution);
    if (cross.severity != CautionSeverity::kContraindicated && cross.severity != CautionSeverity::kCaution) {
      x.Problem("cross_reactive severity must be contraindicated or caution");
    }
    cross.text = x.Text("text");
    cross.source_id = x.Text("source");
    c.cross_reactive.push_back(std::move(cross));
  });
  Register(kb.class_by_id, kb.medicine_classes, r, "medicine class", std::move(c));
}

void AddMedicine(NodeReader& r, KnowledgeBase& kb) {
  Medicine m;
  m.id = r.Text("id");
  m.name = r.Text("name");
  m.brands = r.List("brands", false);
  m.other_names = r.List("other_names", false);
  m.classes = r.List("classes");
  r.ForEach("cautions", [&](NodeReader& c) {
    MedicineCaution caution;
    caution.context = ReadEnum(c, "context", ParseCautionContext, CautionContext::kPregnancy);
    caution.severity = ReadEnum(c, "severity", ParseCautionSeverity, CautionSeverity::kCaution);
    caution.egfr_below = c.Number("egfr_below");
    caution.age_below = c.Number("age_below");
    caution.text = c.Text("text");
    caution.source_id = c.Text("source");
    m.cautions.push_back(std::move(caution));
  });
  m.source_ids = r.List("sources");
  Register(kb.medicine_by_id, kb.medicines, r, "medicine", std::move(m));
}

void AddInteraction(NodeReader& r, KnowledgeBase& kb) {
  Interaction i;
  i.id = r.Text("id");
  i.a = r.List("a");
  i.b = r.List("b");
  i.severity = ReadEnum(r, "severity", ParseInteractionSeverity, InteractionSeverity::kModerate);
  i.onc_high_priority = r.Flag("onc_high_priority");
  i.effect = r.Text("effect");
  i.action = r.Text("action");
  i.source_id = r.Text("source");
  Register(kb.interaction_by_id, kb.interactions, r, "interaction", std::move(i));
}

std::vector<SourcedText> ReadSourcedTexts(NodeReader& r, const char* key) {
  std::vector<SourcedText> out;
  r.ForEach(key, [&](NodeReader& item) { out.push_back({item.Text("text"), item.Text("source")}); });
  return out;
}

TreatmentOption ReadTreatment(NodeReader& r) {
  TreatmentOption t;
  t.line = ReadEnum(r, "line", ParseTreatmentLine, TreatmentLine::kFirst);
  t.medicine_id = r.Text("medicine", false);
  t.with_medicine_ids = r.List("with", false);
  if (t.medicine_id.empty() && !t.with_medicine_ids.empty()) r.Problem("'with' needs a 'medicine'");
  t.population = ReadEnum(r, "population", ParsePopulation, Population::kAll);
  // "for" is one word or a list of words ("for: [female, not_pregnant]").
  const YamlNode audience = r.node()["for"];
  if (audience && audience.IsScalar()) {
    t.audience.push_back(ReadEnum(r, "for", ParseAudience, Audience::kAnyone));
  } else if (audience) {
    for (const auto& word : r.List("for")) {
      auto a = ParseAudience(word);
      if (!a) r.Problem("unknown for '" + word + "'");
      else t.audience.push_back(*a);
    }
  }
  if (const YamlNode age = r.node()["age"]) {
    NodeReader a = r.Child(age, "age");
    t.age_from = a.Number("from");
    t.age_to = a.Number("to");
  }
  t.dose = r.Text("dose", !t.medicine_id.empty());
  t.duration = r.Text("duration", false);
  t.text = r.Text("text", t.medicine_id.empty());
  t.source_id = r.Text("source");
  r.ForEach("adjust", [&](NodeReader& a) {
    DoseAdjustment adjustment;
    adjustment.context = ReadEnum(a, "context", ParseCautionContext, CautionContext::kRenal);
    adjustment.egfr_below = a.Number("egfr_below");
    adjustment.text = a.Text("text");
    adjustment.source_id = a.Text("source");
    t.adjustments.push_back(std::move(adjustment));
  });
  return t;
}

void ReadPatientPart(NodeReader& r, Guidance& g) {
  g.self_care = ReadSourcedTexts(r, "self_care");
  g.watch_for = ReadSourcedTexts(r, "watch_for");
  r.ForEach("seek_help", [&](NodeReader& item) {
    SeekHelpAdvice advice;
    const std::string level = item.Text("level");
    if (auto parsed = ParseTriageLevel(level)) advice.level = *parsed;
    else if (!level.empty()) item.Problem("unknown triage level '" + level + "'");
    advice.when = item.Text("when");
    advice.source_id = item.Text("source");
    g.seek_help.push_back(std::move(advice));
  });
}

void ReadClinicianPart(NodeReader& r, Guidance& g) {
  g.tests = ReadSourcedTexts(r, "tests");
  g.refer = ReadSourcedTexts(r, "refer");
  g.score_ids = r.List("scores", false);
  r.ForEach("treatments", [&](NodeReader& t) { g.treatments.push_back(ReadTreatment(t)); });
}

}  // namespace

void AddMedicineFile(const KnowledgeFileView& file, YamlNode root, KnowledgeBase& kb,
                     std::vector<std::string>& problems) {
  NodeReader r(root, file.path, &problems);
  if (root.IsNull()) return;
  if (!root.IsMap()) return r.Problem("must be a mapping with classes, medicines or interactions");
  for (size_t i = 0; i < root.size(); ++i) {
    const std::string key(root.Key(i).Scalar());
    if (key != "classes" && key != "medicines" && key != "interactions") {
      r.Problem("unknown list '" + key + "' (classes, medicines or interactions)");
    }
  }
  r.ForEach("classes", [&](NodeReader& c) { AddClass(c, kb); });
  r.ForEach("medicines", [&](NodeReader& m) { AddMedicine(m, kb); });
  r.ForEach("interactions", [&](NodeReader& i) { AddInteraction(i, kb); });
}

void AddGuidanceFile(const KnowledgeFileView& file, YamlNode root, KnowledgeBase& kb,
                     std::vector<std::string>& problems) {
  NodeReader r(root, file.path, &problems);
  if (!root.IsMap()) return r.Problem("a guidance file must be a mapping");
  Guidance g;
  g.condition_id = r.Text("condition");
  if (const YamlNode patient = root["patient"]) {
    NodeReader p = r.Child(patient, "patient");
    ReadPatientPart(p, g);
  } else {
    r.Problem("missing 'patient'");
  }
  if (const YamlNode clinician = root["clinician"]) {
    NodeReader c = r.Child(clinician, "clinician");
    ReadClinicianPart(c, g);
  } else {
    r.Problem("missing 'clinician'");
  }
  if (g.condition_id.empty()) return;
  g.origin = file.path;
  if (!kb.guidance_by_condition.emplace(g.condition_id, static_cast<int32_t>(kb.guidance.size())).second) {
    return r.Problem("a second guidance file for '" + g.condition_id + "'");
  }
  kb.guidance.push_back(std::move(g));
}

}  // namespace sanus::knowledge
