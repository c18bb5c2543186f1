#include "ask/passage_index.h"

#include "text/regex_match.h"

#include <nlohmann/json.hpp>

#include <stdlib.h>

#include <algorithm>
#include <filesystem>

namespace sanus::ask {
namespace {

constexpr const char* kTopicPrefix = "XT";
constexpr const char* kSectionPrefix = "XS";
constexpr const char* kIdPrefix = "Q";

// Words that carry no meaning in a question or a passage ("what", "can", "my").
const Xapian::SimpleStopper& Stopper() {
  static const Xapian::SimpleStopper stopper = [] {
    static const char* const kWords[] = {
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
        "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from", "get",
        "got", "had", "has", "have", "having", "he", "her", "him", "his", "how", "i", "if", "im", "in", "into",
        "is", "it", "its", "just", "me", "my", "of", "on", "or", "our", "she", "should", "so", "some", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "up", "us",
        "was", "we", "were", "what", "whats", "when", "where", "which", "who", "why", "will", "with", "would",
        "you", "your", "ok", "okay", "please", "tell", "know", "want", "need", "thing", "things", "really"};
    return Xapian::SimpleStopper(std::begin(kWords), std::end(kWords));
  }();
  return stopper;
}

Xapian::QueryParser MakeParser(const Xapian::Database& db) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_stopper(&Stopper());
  qp.set_default_op(Xapian::Query::OP_OR);
  return qp;
}

// Question text is free text, not query syntax: a stray quote or bracket must not fail it.
Xapian::Query Parse(Xapian::QueryParser& qp, const std::string& text) {
  const unsigned flags = Xapian::QueryParser::FLAG_AUTO_SYNONYMS;
  try {
    return qp.parse_query(text, flags);
  } catch (const Xapian::QueryParserError&) {
    return qp.parse_query(text, 0);
  }
}

}  // namespace

std::string SectionKind(const std::string& section) {
  std::string word;
  for (char c : section) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return word;
}

namespace {

nlohmann::json ToJson(const SourcePassage& p) {
  return {{"id", p.id},         {"text", p.text},
          {"section", p.section}, {"topic", p.topic},
          {"title", p.meta.title}, {"publisher", p.meta.publisher},
          {"url", p.meta.url},   {"year", p.meta.year},
          {"kind", p.meta.kind}};
}

SourcePassage FromJson(const std::string& data) {
  SourcePassage p;
  const auto j = nlohmann::json::parse(data, nullptr, false);
  if (j.is_discarded()) return p;
  p.id = j.value("id", "");
  p.text = j.value("text", "");
  p.section = j.value("section", "");
  p.topic = j.value("topic", "");
  p.meta.title = j.value("title", "");
  p.meta.publisher = j.value("publisher", "");
  p.meta.url = j.value("url", "");
  p.meta.year = j.value("year", 0);
  p.meta.kind = j.value("kind", "");
  return p;
}

}  // namespace

Result<std::unique_ptr<PassageIndex>> PassageIndex::Temporary() {
  // Xapian's in-memory backend has no synonyms, so a private directory stands in for it.
  std::error_code ec;
  std::string pattern = (std::filesystem::temp_directory_path(ec) / "sanus-index-XXXXXX").string();
  if (ec || !mkdtemp(pattern.data())) {
    return Status(StatusCode::kUnavailable, "cannot make a temporary directory for the passage index");
  }
  auto index = OpenWritable(pattern);
  if (!index.ok()) return index.status();
  (*index)->temporary_dir_ = pattern;
  return index;
}

PassageIndex::~PassageIndex() {
  if (temporary_dir_.empty()) return;
  try {
    db_.close();
  } catch (const Xapian::Error&) {
    // Closing only releases files; the directory is removed either way.
  }
  std::error_code ec;
  std::filesystem::remove_all(temporary_dir_, ec);
}

Result<std::unique_ptr<PassageIndex>> PassageIndex::OpenWritable(const std::string& dir) {
  try {
    return std::unique_ptr<PassageIndex>(new PassageIndex(Xapian::WritableDatabase(dir, Xapian::DB_CREATE_OR_OPEN)));
  } catch (const Xapian::Error& e) {
    return Status(StatusCode::kUnavailable, "cannot open the index " + dir + " for writing: " + e.get_msg());
  }
}

Result<std::unique_ptr<PassageIndex>> PassageIndex::OpenReadOnly(const std::string& dir) {
  try {
    return std::unique_ptr<PassageIndex>(new PassageIndex(Xapian::Database(dir)));
  } catch (const Xapian::DatabaseNotFoundError&) {
    return Status::NotFound("no passage index at " + dir + " (create one with sanus index add)");
  } catch (const Xapian::Error& e) {
    return Status(StatusCode::kDataLoss, "cannot read the index " + dir + ": " + e.get_msg());
  }
}

void PassageIndex::Add(const IndexedPassage& ip) {
  const SourcePassage& p = ip.passage;
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  tg.set_stopper(&Stopper());
  Xapian::Document doc;
  tg.set_document(doc);
  tg.index_text(p.text);
  tg.increase_termpos();
  tg.index_text(p.section);
  tg.increase_termpos();
  tg.index_text(p.meta.title);
  tg.increase_termpos();
  tg.index_text(ip.keywords);
  // Topic and section as weighted terms, so a boost can prefer them (a wdf of 0 would weigh 0).
  if (!p.topic.empty()) doc.add_term(kTopicPrefix + p.topic, 1);
  if (!p.section.empty()) doc.add_term(kSectionPrefix + SectionKind(p.section), 1);
  doc.add_boolean_term(kIdPrefix + p.id);
  doc.set_data(ToJson(p).dump());
  db_.replace_document(kIdPrefix + p.id, doc);
}

void PassageIndex::AddSynonyms(const std::vector<std::vector<std::string>>& groups) {
  const Xapian::Stem stem("english");
  for (const auto& group : groups) {
    for (const auto& a : group) {
      for (const auto& b : group) {
        if (a == b) continue;
        // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "Z" + std::string.
        const std::string from = text::Lower(a);
        std::string to = "Z", stemmed_from = "Z";
        to += stem(text::Lower(b));
        stemmed_from += stem(from);
        db_.add_synonym(from, to);
        db_.add_synonym(stemmed_from, to);
      }
    }
  }
}

Status PassageIndex::Commit() {
  try {
    db_.commit();
    return Status::Ok();
  } catch (const Xapian::Error& e) {
    return Status(StatusCode::kUnavailable, "cannot write the index: " + e.get_msg());
  }
}

uint64_t PassageIndex::size() const { return database().get_doccount(); }

std::vector<PassageHit> PassageIndex::Search(const std::string& query, const SearchBoost& boost, int limit) const {
  std::vector<PassageHit> out;
  const Xapian::Database& db = database();
  if (db.get_doccount() == 0 || limit <= 0) return out;
  Xapian::QueryParser qp = MakeParser(db);
  Xapian::Query q = Parse(qp, query);
  if (q.empty()) return out;
  std::vector<Xapian::Query> preferred;
  for (const auto& t : boost.topics) preferred.emplace_back(kTopicPrefix + t);
  for (const auto& s : boost.sections) preferred.emplace_back(kSectionPrefix + SectionKind(s));
  if (!preferred.empty()) {
    // The words decide what matches; the topic and section only reorder what did.
    q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q,
                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                    Xapian::Query(Xapian::Query::OP_OR, preferred.begin(), preferred.end()), 3.0));
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    PassageHit hit{FromJson(it.get_document().get_data()), it.get_weight(), {}};
    for (auto t = enquire.get_matching_terms_begin(it); t != enquire.get_matching_terms_end(it); ++t) {
      const std::string term = *t;
      if (term.rfind(kTopicPrefix, 0) != 0 && term.rfind(kSectionPrefix, 0) != 0) hit.matched_terms.push_back(term);
    }
    out.push_back(std::move(hit));
  }
  return out;
}

std::vector<std::string> PassageIndex::Terms(const std::string& text) {
  Xapian::QueryParser qp;
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_stopper(&Stopper());
  qp.set_default_op(Xapian::Query::OP_OR);
  std::vector<std::string> out;
  Xapian::Query q;
  try {
    q = qp.parse_query(text, 0);
  } catch (const Xapian::QueryParserError&) {
    return out;
  }
  for (auto t = q.get_terms_begin(); t != q.get_terms_end(); ++t) {
    if (std::find(out.begin(), out.end(), *t) == out.end()) out.push_back(*t);
  }
  return out;
}

}  // namespace sanus::ask
