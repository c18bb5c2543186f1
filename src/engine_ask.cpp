// Engine: clinical questions answered with citations (`sanus ask`).
#include "ask/answerer.h"
#include "ask/corpus_readers.h"
#include "ask/knowledge_passages.h"
#include "engine_impl.h"

namespace sanus {
namespace {

constexpr size_t kMaxQuestionBytes = 2000;

}  // namespace

const ask::PassageIndex* Engine::Impl::KnowledgeIndex() const {
  std::call_once(knowledge_index_once_, [this] {
    auto index = ask::PassageIndex::Temporary();
    if (!index.ok()) return;  // no index: Ask reports it as unavailable
    for (const auto& p : ask::KnowledgePassages(kb_)) (*index)->Add(p);
    (*index)->AddSynonyms(ask::KnowledgeSynonyms(kb_));
    if ((*index)->Commit().ok()) knowledge_index_ = std::move(*index);
  });
  return knowledge_index_.get();
}

Result<IndexAddResult> Engine::AddToIndex(const std::string& index_dir, const std::vector<std::string>& files,
                                          const IndexProgress& progress) const {
  if (files.empty()) return Status::InvalidArgument("give at least one file to add");
  auto index = ask::PassageIndex::OpenWritable(index_dir);
  if (!index.ok()) return index.status();
  IndexAddResult result;
  try {
    (*index)->AddSynonyms(ask::KnowledgeSynonyms(impl_->kb()));
    for (const auto& file : files) {
      // Read the whole file before adding any of it, so a file that fails half-way adds nothing.
      std::vector<ask::IndexedPassage> passages;
      const Status read = ask::ReadCorpusFile(
          file, [&](ask::SourcePassage&& p) { passages.push_back({std::move(p), ""}); },
          [&](uint64_t done, uint64_t total) {
            if (progress) progress(file, done, total);
          });
      if (!read.ok()) return read;
      for (const auto& p : passages) (*index)->Add(p);
      if (Status s = (*index)->Commit(); !s.ok()) return s;
      result.files += 1;
      result.passages += passages.size();
    }
    result.index_size = (*index)->size();
  } catch (const Xapian::Error& e) {
    return Status(StatusCode::kUnavailable, "cannot write the index " + index_dir + ": " + e.get_msg());
  }
  return result;
}

Result<ClinicalAnswer> Engine::Ask(const AskRequest& request) const {
  if (request.question.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::InvalidArgument("the question is empty");
  }
  if (request.question.size() > kMaxQuestionBytes) {
    return Status::InvalidArgument("the question is longer than 2,000 characters");
  }
  if (request.max_passages < 1 || request.max_passages > 20) {
    return Status::InvalidArgument("max_passages must be between 1 and 20");
  }
  std::unique_ptr<ask::PassageIndex> corpus;
  if (!request.index_dir.empty()) {
    auto opened = ask::PassageIndex::OpenReadOnly(request.index_dir);
    if (!opened.ok()) return opened.status();
    corpus = std::move(*opened);
  }
  const auto analysis = impl_->questions().Read(request.question);
  const ask::TriageFn triage = [this](const std::string& question, Mode mode) -> std::optional<Triage> {
    AssessRequest assess;
    assess.text = question;
    assess.mode = mode;
    auto a = Assess(assess);
    if (!a.ok()) return std::nullopt;
    return a->triage;
  };
  const ask::PassageIndex* knowledge = impl_->KnowledgeIndex();
  if (!knowledge) return Status(StatusCode::kUnavailable, "the passage index could not be built");
  try {
    return ask::ComposeAnswer(request, analysis, {knowledge, corpus.get()}, triage);
  } catch (const Xapian::Error& e) {
    return Status(StatusCode::kUnavailable, "the passage index failed: " + e.get_msg());
  }
}

}  // namespace sanus
