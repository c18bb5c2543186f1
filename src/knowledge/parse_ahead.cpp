#include "knowledge/parse_ahead.h"

#include "knowledge/yaml_tree.h"

namespace sanus::knowledge {

ParseAhead::ParseAhead(std::vector<const KnowledgeFile*> files)
    : files_(std::move(files)), parsed_(files_.size()), worker_([this] { Run(); }) {}

ParseAhead::~ParseAhead() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  worker_.join();
}

void ParseAhead::Run() {
  for (size_t i = 0; i < files_.size(); ++i) {
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return stop_ || i < taken_ + kWindow; });
      if (stop_) return;
    }
    ParsedFile file;
    try {
      file.root = ParseYaml(files_[i]->content);
    } catch (const YAML::Exception& e) {
      file.error = e.what();
    } catch (...) {
      // Out of memory and the like: the reader rethrows it when it reaches this file.
      {
        std::lock_guard lock(mutex_);
        failure_ = std::current_exception();
      }
      changed_.notify_all();
      return;
    }
    {
      std::lock_guard lock(mutex_);
      parsed_[i] = std::move(file);
    }
    changed_.notify_all();
  }
}

ParsedFile ParseAhead::Take(size_t i) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return parsed_[i].has_value() || failure_; });
  if (!parsed_[i] && failure_) std::rethrow_exception(failure_);
  ParsedFile file = std::move(*parsed_[i]);
  parsed_[i].reset();
  taken_ = i + 1;
  lock.unlock();
  changed_.notify_all();
  return file;
}

}  // namespace sanus::knowledge
