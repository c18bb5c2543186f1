// ReadPlainText: "Title: …"-style header lines, then paragraphs separated by blank lines.
// Read line by line, so a long file streams through.
#include <istream>
#include <string>
#include <string_view>

#include "ask/corpus/passage_text.h"
#include "ask/corpus/passage_writer.h"
#include "ask/corpus_readers.h"

namespace sanus::ask {
namespace {

using corpus::TrimAscii;

// Applies a header line ("Title: Sore throat") to `meta`; false if the line is not one.
bool ApplyHeader(std::string_view line, DocumentMeta& meta) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string key = corpus::AsciiLower(TrimAscii(line.substr(0, colon)));
  const std::string value = corpus::NormaliseWhitespace(line.substr(colon + 1));
  if (key == "title") {
    meta.title = value;
  } else if (key == "publisher" || (key == "author" && meta.publisher.empty())) {
    meta.publisher = value;
  } else if (key == "year" || (key == "date" && meta.year == 0)) {
    meta.year = corpus::ParseYear(value);
  } else if (key == "url") {
    meta.url = value;
  } else {
    return false;
  }
  return true;
}

}  // namespace

Status ReadPlainText(std::istream& in, const std::string& file_id, const PassageSink& sink) {
  DocumentMeta meta;
  meta.kind = "text";
  meta.title = corpus::TitleFromFileId(file_id);
  corpus::PassageWriter writer(file_id, std::move(meta), sink);
  std::string paragraph;
  bool in_header = true;  // header lines are only read before the first other line
  const Status read = corpus::ForEachTextLine(in, [&](const std::string& line, std::size_t) {
    if (in_header && ApplyHeader(line, writer.meta())) return Status::Ok();
    in_header = false;
    if (TrimAscii(line).empty()) {
      writer.Add("", paragraph);
      paragraph.clear();
    } else {
      paragraph.append(line).push_back('\n');
    }
    return Status::Ok();
  });
  if (!read.ok()) return read;
  writer.Add("", paragraph);
  return Status::Ok();
}

}  // namespace sanus::ask
