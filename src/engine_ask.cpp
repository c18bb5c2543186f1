// Engine: clinical questions answered with citations (`sanus ask`).
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "ask/answerer.h"
#include "ask/corpus_readers.h"
#include "ask/knowledge_passages.h"
#include "engine_impl.h"

namespace sanus {
namespace {

constexpr size_t kMaxQuestionBytes = 2000;

}  // namespace

namespace {

// Where the knowledge base's passage index is kept between runs: one directory per knowledge
// version, so a changed knowledge base is never answered from a stale index.
std::filesystem::path CacheDirectory(const std::string& version) {
  namespace fs = std::filesystem;
  fs::path base;
  if (const char* dir = std::getenv("SANUS_CACHE_DIR")) base = dir;
  else if (const char* xdg = std::getenv("XDG_CACHE_HOME")) base = fs::path(xdg) / "sanus";
  else if (const char* home = std::getenv("HOME")) base = fs::path(home) / ".cache" / "sanus";
  else return {};
  return base / ("ask-" + version);
}

void Fill(ask::PassageIndex& index, const knowledge::KnowledgeBase& kb) {
  for (const auto& p : ask::KnowledgePassages(kb)) index.Add(p);
  index.AddSynonyms(ask::KnowledgeSynonyms(kb));
}

// Builds the index in a private directory beside the cache entry, then renames it into place,
// so a reader never sees half an index; a lost race leaves the other process's copy in place.
std::unique_ptr<ask::PassageIndex> BuildCached(const std::filesystem::path& dir, const knowledge::KnowledgeBase& kb) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir.parent_path(), ec);
  const fs::path building = dir.string() + ".building-" + std::to_string(::getpid());
  {
    auto index = ask::PassageIndex::OpenWritable(building.string());
    if (!index.ok()) return nullptr;
    Fill(**index, kb);
    if (!(*index)->Commit().ok()) return nullptr;
  }
  fs::rename(building, dir, ec);
  if (ec) fs::remove_all(building, ec);
  auto ready = ask::PassageIndex::OpenReadOnly(dir.string());
  return ready.ok() ? std::move(*ready) : nullptr;
}

}  // namespace

const ask::PassageIndex* Engine::Impl::KnowledgeIndex() const {
  std::call_once(knowledge_index_once_, [this] {
    const auto dir = CacheDirectory(kb_.version);
    if (!dir.empty()) {
      if (auto cached = ask::PassageIndex::OpenReadOnly(dir.string()); cached.ok()) {
        knowledge_index_ = std::move(*cached);
        return;
      }
      if ((knowledge_index_ = BuildCached(dir, kb_))) return;
    }
    // No usable cache (no home directory, read-only disk): a private index for this process.
    auto index = ask::PassageIndex::Temporary();
    if (!index.ok()) return;  // no index: Ask reports it as unavailable
    Fill(**index, kb_);
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
