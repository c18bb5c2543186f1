#include "ask/knowledge_passages.h"

#include "text/regex_match.h"

#include <algorithm>

namespace sanus::ask {
namespace {

DocumentMeta MetaOf(const knowledge::KnowledgeBase& kb, const std::string& source_id) {
  DocumentMeta meta;
  meta.kind = "knowledge";
  if (const auto* s = kb.FindSource(source_id)) {
    meta.title = s->title;
    meta.publisher = s->publisher;
    meta.url = s->url;
    meta.year = s->year;
  }
  return meta;
}

bool ContainsIgnoringCase(const std::string& text, const std::string& word) {
  return text::Lower(text).find(text::Lower(word)) != std::string::npos;
}

class Builder {
 public:
  explicit Builder(const knowledge::KnowledgeBase& kb) : kb_(kb) {}

  std::vector<IndexedPassage> Build() {
    for (const auto& c : kb_.conditions) AddCondition(c);
    for (const auto& g : kb_.guidance) AddGuidance(g);
    for (const auto& m : kb_.medicines) AddMedicine(m);
    for (const auto& i : kb_.interactions) AddInteraction(i);
    return std::move(out_);
  }

 private:
  void Add(std::string id, std::string text, std::string section, const std::string& topic,
           const std::string& source_id, std::string keywords) {
    if (text.empty()) return;
    IndexedPassage p;
    p.passage.id = std::move(id);
    p.passage.text = std::move(text);
    p.passage.section = std::move(section);
    p.passage.topic = topic;
    p.passage.meta = MetaOf(kb_, source_id);
    p.keywords = std::move(keywords);
    out_.push_back(std::move(p));
  }

  // The words that name a condition, so a passage about it is found by any of them.
  std::string ConditionWords(const std::string& id) const {
    auto index = kb_.FindCondition(id);
    if (!index) return "";
    const auto& c = kb_.condition(*index);
    std::string id_words = c.id;
    std::replace(id_words.begin(), id_words.end(), '_', ' ');
    return c.name + " " + c.lay_name + " " + id_words;
  }

  std::string MedicineWords(const std::string& id) const {
    const auto* m = kb_.FindMedicine(id);
    if (!m) return "";
    std::string out = m->name;
    for (const auto& n : m->other_names) out += " " + n;
    for (const auto& n : m->brands) out += " " + n;
    return out;
  }

  void AddCondition(const knowledge::Condition& c) {
    const std::string first_source = c.source_ids.empty() ? "" : c.source_ids.front();
    const std::string words = ConditionWords(c.id);
    Add("kb:" + c.id + ":about", c.patient_text, "About " + c.lay_name, c.id, first_source, words);
    Add("kb:" + c.id + ":clinical", c.clinician_text, "Clinical summary: " + c.name, c.id, first_source, words);
  }

  void AddItems(const knowledge::Guidance& g, const std::vector<knowledge::SourcedText>& items, const char* key,
                const char* section) {
    const std::string words = ConditionWords(g.condition_id);
    for (size_t i = 0; i < items.size(); ++i) {
      Add("kb:" + g.condition_id + ":" + key + ":" + std::to_string(i + 1), items[i].text, section, g.condition_id,
          items[i].source_id, words);
    }
  }

  void AddGuidance(const knowledge::Guidance& g) {
    AddItems(g, g.self_care, "self_care", "Self-care");
    AddItems(g, g.watch_for, "watch_for", "Watch for");
    AddItems(g, g.tests, "tests", "Tests");
    AddItems(g, g.refer, "refer", "Referral");
    const std::string words = ConditionWords(g.condition_id);
    for (size_t i = 0; i < g.seek_help.size(); ++i) {
      const auto& s = g.seek_help[i];
      Add("kb:" + g.condition_id + ":seek_help:" + std::to_string(i + 1),
          std::string(TriageLevelAdvice(s.level)) + " if " + s.when + ".", "When to get help", g.condition_id,
          s.source_id, words + " doctor emergency help urgent");
    }
    for (size_t i = 0; i < g.treatments.size(); ++i) AddTreatment(g, g.treatments[i], i + 1, words);
  }

  void AddTreatment(const knowledge::Guidance& g, const knowledge::TreatmentOption& t, size_t n,
                    const std::string& words) {
    std::string text;
    const auto* m = kb_.FindMedicine(t.medicine_id);
    if (m) {
      text = m->name + " " + t.dose;
      for (const auto& w : t.with_medicine_ids) {
        const auto* with = kb_.FindMedicine(w);
        if (with && !ContainsIgnoringCase(t.dose, with->name)) text += ", with " + with->name;
      }
      if (!t.duration.empty()) text += " (" + t.duration + ")";
      if (t.population == knowledge::Population::kChild) text += " (children)";
      if (!t.text.empty()) text += ". " + t.text;
    } else {
      text = t.text;
    }
    const std::string line = knowledge::ToString(t.line);
    std::string keywords = words + " treatment treat medicine dose " + (m ? MedicineWords(m->id) : "");
    Add("kb:" + g.condition_id + ":treatment:" + std::to_string(n), text,
        "Treatment (" + line + (t.population == knowledge::Population::kChild ? ", child" : "") + ")", g.condition_id,
        t.source_id, keywords);
  }

  void AddMedicine(const knowledge::Medicine& m) {
    const std::string words = MedicineWords(m.id);
    for (size_t i = 0; i < m.cautions.size(); ++i) {
      const auto& c = m.cautions[i];
      const std::string context = knowledge::ToString(c.context);
      Add("kb:" + m.id + ":caution:" + std::to_string(i + 1),
          m.name + " (" + context + ", " + knowledge::ToString(c.severity) + "): " + c.text,
          "Cautions: " + context, m.id, c.source_id, words + " " + context + " safe take");
    }
  }

  // Every medicine an interaction side covers, by name: "clarithromycin" finds the
  // "strong CYP3A4 inhibitors" rule.
  std::string SideWords(const std::vector<std::string>& side) const {
    std::string out;
    for (const auto& id : side) {
      if (const auto* m = kb_.FindMedicine(id)) (out += ' ') += MedicineWords(m->id);
      if (const auto* c = kb_.FindMedicineClass(id)) {
        out += " " + c->name;
        for (const auto& m : kb_.medicines) {
          if (std::find(m.classes.begin(), m.classes.end(), id) != m.classes.end()) out += " " + m.name;
        }
      }
    }
    return out;
  }

  std::string SideNames(const std::vector<std::string>& side) const {
    std::string out;
    for (const auto& id : side) {
      const auto* m = kb_.FindMedicine(id);
      const auto* c = kb_.FindMedicineClass(id);
      out += (out.empty() ? "" : ", ") + (m ? m->name : c ? c->name : id);
    }
    return out;
  }

  void AddInteraction(const knowledge::Interaction& i) {
    const std::string text = SideNames(i.a) + " with " + SideNames(i.b) + " (" + knowledge::ToString(i.severity) +
                             "): " + i.effect + " " + i.action;
    const std::string topic = i.a.empty() ? "" : i.a.front();
    Add("kb:interaction:" + i.id, text, "Interactions", kb_.FindMedicine(topic) ? topic : "", i.source_id,
        SideWords(i.a) + " " + SideWords(i.b) + " interaction together combine");
  }

  const knowledge::KnowledgeBase& kb_;
  std::vector<IndexedPassage> out_;
};

bool OneWord(const std::string& s) { return !s.empty() && s.find(' ') == std::string::npos; }

}  // namespace

std::vector<IndexedPassage> KnowledgePassages(const knowledge::KnowledgeBase& kb) { return Builder(kb).Build(); }

std::vector<std::vector<std::string>> KnowledgeSynonyms(const knowledge::KnowledgeBase& kb) {
  std::vector<std::vector<std::string>> groups;
  auto add_group = [&](std::vector<std::string> words) {
    words.erase(std::remove_if(words.begin(), words.end(), [](const std::string& w) { return !OneWord(w); }),
                words.end());
    if (words.size() >= 2) groups.push_back(std::move(words));
  };
  for (const auto& f : kb.findings) add_group(f.synonyms);
  for (const auto& m : kb.medicines) {
    std::vector<std::string> names{m.name};
    names.insert(names.end(), m.other_names.begin(), m.other_names.end());
    names.insert(names.end(), m.brands.begin(), m.brands.end());
    add_group(names);
  }
  return groups;
}

}  // namespace sanus::ask
