// ReadCorpusFile: picks a reader by file extension and feeds it the file through a stream
// buffer that counts bytes for the progress callback.
#include "ask/corpus_readers.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <streambuf>

#include "ask/corpus/passage_text.h"

namespace sanus::ask {
namespace {

namespace fs = std::filesystem;

struct FileClose {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// A read-only stream buffer over a C file that reports bytes read about every 256 KiB.
class ProgressBuffer : public std::streambuf {
 public:
  ProgressBuffer(std::FILE* file, uint64_t total, const CorpusProgress& progress)
      : file_(file), total_(total), progress_(progress) {}

  uint64_t bytes_read() const { return read_; }
  bool failed() const { return failed_; }
  // Reports `done` bytes of `done` unless that was the last report already.
  void ReportDone(uint64_t done) {
    if (progress_ && (reported_ != done || done == 0)) progress_(done, done);
    reported_ = done;
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    const std::size_t n = std::fread(buffer_.data(), 1, buffer_.size(), file_);
    if (n == 0) {
      failed_ = std::ferror(file_) != 0;
      return traits_type::eof();
    }
    read_ += n;
    if (progress_ && read_ - reported_ >= kReportEvery) {
      reported_ = read_;
      progress_(read_, total_);
    }
    setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  static constexpr uint64_t kReportEvery = 256 * 1024;
  std::FILE* file_;
  uint64_t total_;
  const CorpusProgress& progress_;
  std::array<char, 64 * 1024> buffer_{};
  uint64_t read_ = 0;
  uint64_t reported_ = 0;
  bool failed_ = false;
};

Status ReadFormat(CorpusFormat format, std::istream& in, const std::string& file_id,
                  const PassageSink& sink) {
  switch (format) {
    case CorpusFormat::kPubmedXml:
      return ReadPubmedXml(in, sink);
    case CorpusFormat::kMarkdown:
      return ReadMarkdown(in, file_id, sink);
    case CorpusFormat::kHtml:
      return ReadHtml(in, file_id, sink);
    case CorpusFormat::kPlainText:
      return ReadPlainText(in, file_id, sink);
  }
  return Status::Internal("unhandled corpus format");
}

}  // namespace

Result<CorpusFormat> CorpusFormatOf(const std::string& path) {
  const std::string ext = corpus::AsciiLower(fs::path(path).extension().string());
  if (ext == ".xml") return CorpusFormat::kPubmedXml;
  if (ext == ".md" || ext == ".markdown") return CorpusFormat::kMarkdown;
  if (ext == ".html" || ext == ".htm") return CorpusFormat::kHtml;
  if (ext == ".txt") return CorpusFormat::kPlainText;
  return Status::InvalidArgument(
      path + ": unknown corpus file type '" + (ext.empty() ? "(no extension)" : ext) +
      "'; expected .xml (PubMed), .md or .markdown, .html or .htm, .txt");
}

Status ReadCorpusFile(const std::string& path, const PassageSink& sink,
                      const CorpusProgress& progress) {
  Result<CorpusFormat> format = CorpusFormatOf(path);
  if (!format.ok()) return format.status();
  std::error_code ec;
  const fs::file_status file_status = fs::status(path, ec);
  if (!fs::exists(file_status)) return Status::NotFound(path + ": no such file");
  if (fs::is_directory(file_status)) {
    return Status::FailedPrecondition(path + ": is a directory, not a corpus file");
  }
  const uintmax_t size = fs::file_size(path, ec);
  const uint64_t total = ec ? 0 : static_cast<uint64_t>(size);
  std::unique_ptr<std::FILE, FileClose> file(std::fopen(path.c_str(), "rb"));
  if (file == nullptr) {
    return Status::FailedPrecondition(path + ": cannot open for reading: " + std::strerror(errno));
  }
  ProgressBuffer buffer(file.get(), total, progress);
  std::istream in(&buffer);
  const std::string file_id = "file:" + fs::path(path).lexically_normal().generic_string();
  const Status status = ReadFormat(*format, in, file_id, sink);
  if (buffer.failed()) return Status::FailedPrecondition(path + ": read error");
  if (!status.ok()) return Status(status.code(), path + ": " + status.message());
  buffer.ReportDone(total > 0 ? total : buffer.bytes_read());
  return Status::Ok();
}

}  // namespace sanus::ask
