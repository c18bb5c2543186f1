#include "text/lexicon.h"

#include <unordered_set>

#include "text/stemmer.h"
#include "text/tokenizer.h"

namespace sanus::text {

int Lexicon::Insert(const std::vector<Term>& terms, int finding) {
  int node = 0;
  for (const auto& term : terms) {
    stems_.insert(term.stem);
    auto it = nodes_[static_cast<size_t>(node)].next.find(term.stem);
    if (it == nodes_[static_cast<size_t>(node)].next.end()) {
      nodes_.push_back({});
      const int created = static_cast<int>(nodes_.size() - 1);
      nodes_[static_cast<size_t>(node)].next.emplace(term.stem, created);
      node = created;
    } else {
      node = it->second;
    }
  }
  int& owner = nodes_[static_cast<size_t>(node)].finding;
  if (owner >= 0 && owner != finding) return owner;
  owner = finding;
  return -1;
}

std::unique_ptr<Lexicon> Lexicon::Build(const knowledge::KnowledgeBase& kb,
                                        std::vector<std::string>* problems) {
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  std::unordered_set<std::string> words;
  for (size_t i = 0; i < kb.findings.size(); ++i) {
    const auto& finding = kb.findings[i];
    for (const auto& synonym : finding.synonyms) {
      const auto tokens = Tokenize(synonym);
      const auto terms = ToTerms(tokens);
      if (terms.empty()) continue;
      for (const auto& token : tokens) words.insert(token.text);
      ++lexicon->synonym_count_;
      const int owner = lexicon->Insert(terms, static_cast<int>(i));
      if (owner >= 0 && problems) {
        problems->push_back(finding.origin + ": synonym '" + synonym + "' of '" + finding.id +
                            "' reads the same as one of '" + kb.findings[static_cast<size_t>(owner)].id +
                            "' once stemmed");
      }
    }
  }
  lexicon->speller_ = std::make_unique<SpellingCorrector>(words);
  return lexicon;
}

void Lexicon::CorrectSpelling(std::vector<Term>& terms, const std::vector<Token>& tokens) const {
  for (auto& term : terms) {
    if (stems_.count(term.stem)) continue;
    const Token& token = tokens[static_cast<size_t>(term.token)];
    if (token.kind != TokenKind::kWord) continue;
    if (auto corrected = speller_->Correct(token.text)) term.stem = ThreadStem(*corrected);
  }
}

std::vector<PhraseMatch> Lexicon::Match(std::vector<Term>& terms,
                                        const std::vector<Token>& tokens) const {
  CorrectSpelling(terms, tokens);
  std::vector<PhraseMatch> matches;
  const int n = static_cast<int>(terms.size());
  int i = 0;
  while (i < n) {
    int node = 0, best_end = -1, best_finding = -1;
    for (int j = i; j < n; ++j) {
      const auto& next = nodes_[static_cast<size_t>(node)].next;
      auto it = next.find(terms[static_cast<size_t>(j)].stem);
      if (it == next.end()) break;
      node = it->second;
      if (nodes_[static_cast<size_t>(node)].finding >= 0) {
        best_end = j;
        best_finding = nodes_[static_cast<size_t>(node)].finding;
      }
    }
    if (best_end < 0) {
      ++i;
      continue;
    }
    matches.push_back({knowledge::FindingIndex{best_finding}, i, best_end});
    i = best_end + 1;
  }
  return matches;
}

}  // namespace sanus::text
