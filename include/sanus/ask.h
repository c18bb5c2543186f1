// Clinical questions answered from verified sources, with a numbered citation for every
// sentence; an emergency described in the question is escalated before anything else, and a
// question the sources do not cover gets an honest "I don't know".
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sanus/assessment.h"

namespace sanus {

struct AskRequest {
  std::string question;  // at most 2,000 characters
  Mode mode = Mode::kPatient;
  // A passage index made with `sanus index add`, searched as well as the knowledge base's own
  // texts; empty for the knowledge base alone.
  std::string index_dir;
  int max_passages = 5;
};

// A source passage as cited in an answer.
struct CitedPassage {
  int number = 0;           // the [n] used in the sentences
  std::string passage_id;   // "kb:pneumonia:treatment:2", "pmid:90000001:1"
  std::string text;
  std::string section;
  std::string topic;        // condition or medicine id, when known
  std::string title, publisher, url;
  int year = 0;
  double score = 0;         // retrieval score (BM25)
};

struct AnswerSentence {
  std::string text;
  std::vector<int> citations;  // numbers of CitedPassage
};

struct ClinicalAnswer {
  // answered | not_found (medical, but the sources do not cover it) | out_of_scope (not a
  // medical question). An escalation may come with any of them.
  std::string status;
  std::optional<Triage> escalation;  // set when the question describes an emergency now
  std::string intent;                // symptoms, causes, diagnosis, treatment, dose, ...
  std::vector<std::string> topics;   // condition and medicine ids understood
  std::vector<AnswerSentence> sentences;
  std::vector<CitedPassage> sources;  // every passage cited, numbered from 1
  std::vector<CitedPassage> retrieved;  // the passages retrieved, best first (for evaluation)
};

// What `sanus index add` did.
struct IndexAddResult {
  uint64_t files = 0;
  uint64_t passages = 0;    // added by this call
  uint64_t index_size = 0;  // passages in the index afterwards
};

// Progress while a file is read: its path, bytes read so far and its size.
using IndexProgress = std::function<void(const std::string& file, uint64_t bytes_read, uint64_t total_bytes)>;

}  // namespace sanus
