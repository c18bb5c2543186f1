// ReadMarkdown: Markdown block structure, line by line (front matter, headings, paragraphs,
// list items, block quotes, code fences, tables), so a long file streams through. Inline markup
// is left to StripInlineMarkdown.
#include <yaml-cpp/yaml.h>

#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "ask/corpus/markdown_inline.h"
#include "ask/corpus/passage_text.h"
#include "ask/corpus/passage_writer.h"
#include "ask/corpus_readers.h"

namespace sanus::ask {
namespace {

using corpus::TrimAscii;

bool IsRunOf(std::string_view s, char c) {
  return !s.empty() && s.find_first_not_of(c) == std::string_view::npos;
}

// "***", "- - -", "___": a thematic break.
bool IsThematicBreak(std::string_view s) {
  if (s.empty() || (s[0] != '*' && s[0] != '-' && s[0] != '_')) return false;
  std::size_t marks = 0;
  for (char c : s) {
    if (c == s[0]) {
      ++marks;
    } else if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return marks >= 3;
}

// The heading level (1–6) of an ATX heading "## Text", else 0; `text` gets its words.
int AtxHeading(std::string_view s, std::string_view& text) {
  std::size_t level = 0;
  while (level < s.size() && s[level] == '#') ++level;
  if (level == 0 || level > 6 || (level < s.size() && s[level] != ' ' && s[level] != '\t')) {
    return 0;
  }
  text = TrimAscii(s.substr(level));
  const std::size_t closing = text.find_last_not_of('#');  // "## Text ##"
  if (closing == std::string_view::npos) {
    text = {};
  } else if (closing + 1 < text.size() && (text[closing] == ' ' || text[closing] == '\t')) {
    text = TrimAscii(text.substr(0, closing));
  }
  return static_cast<int>(level);
}

// The text of a list item "- text", "* text", "+ text", "1. text", "1) text", else nullopt.
std::optional<std::string_view> ListItemText(std::string_view s) {
  std::size_t marker = 0;
  if (s[0] == '-' || s[0] == '*' || s[0] == '+') {
    marker = 1;
  } else {
    while (marker < s.size() && marker < 9 && s[marker] >= '0' && s[marker] <= '9') ++marker;
    if (marker == 0 || marker >= s.size() || (s[marker] != '.' && s[marker] != ')')) {
      return std::nullopt;
    }
    ++marker;
  }
  if (marker < s.size() && s[marker] != ' ' && s[marker] != '\t') return std::nullopt;
  std::string_view text = TrimAscii(s.substr(marker));
  if (text.size() >= 3 && text[0] == '[' && text[2] == ']' &&
      (text[1] == ' ' || text[1] == 'x' || text[1] == 'X')) {
    text = TrimAscii(text.substr(3));  // a task list box, "- [x] done"
  }
  return text;
}

// "| --- | :--: |": the line under a table's header row.
bool IsTableDelimiterRow(std::string_view s) {
  return s.find('-') != std::string_view::npos &&
         s.find_first_not_of("|-: \t") == std::string_view::npos &&
         (s.find('|') != std::string_view::npos || s.find(':') != std::string_view::npos);
}

// "| a | b |" → "a; b".
std::string TableRowText(std::string_view s) {
  if (!s.empty() && s.front() == '|') s.remove_prefix(1);
  if (!s.empty() && s.back() == '|') s.remove_suffix(1);
  std::string out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && (s[i] != '|' || (i > 0 && s[i - 1] == '\\'))) continue;
    const std::string_view cell = TrimAscii(s.substr(start, i - start));
    if (!cell.empty()) out.append(out.empty() ? "" : "; ").append(cell);
    start = i + 1;
  }
  return out;
}

// "[ref]: https://…" — a link reference definition, which is not text.
bool IsLinkDefinition(std::string_view s) {
  if (s.empty() || s[0] != '[') return false;
  const std::size_t close = s.find("]:");
  return close != std::string_view::npos && close > 1;
}

std::string YamlScalar(const YAML::Node& node) {
  if (node && node.IsScalar()) return node.as<std::string>();
  if (node && node.IsSequence() && node.size() > 0 && node[0].IsScalar()) {
    return node[0].as<std::string>();  // "author: [Ann Lee, Bo Chen]": the first
  }
  return {};
}

class MarkdownReader {
 public:
  MarkdownReader(const std::string& file_id, const PassageSink& sink)
      : writer_(file_id, DocumentMeta{}, sink) {
    writer_.meta().kind = "markdown";
    writer_.meta().title = corpus::TitleFromFileId(file_id);
  }

  Status Line(std::string_view line, std::size_t number);
  Status Finish();

 private:
  Status FrontMatterLine(std::string_view line, std::size_t number);
  Status ApplyFrontMatter();
  void BodyLine(std::string_view line);
  bool FenceLine(std::string_view trimmed);
  void Heading(std::string_view text, int level);
  void Append(std::string_view text);
  void Flush();

  enum class State { kStart, kFrontMatter, kBody };
  State state_ = State::kStart;
  std::string front_matter_;
  bool has_title_ = false;
  std::string section_;
  std::string paragraph_;
  bool paragraph_is_item_ = false;
  std::string fence_;  // the open code fence ("```"), "" outside one
  std::string code_;
  bool in_comment_ = false;
  corpus::PassageWriter writer_;
};

Status MarkdownReader::Line(std::string_view line, std::size_t number) {
  if (state_ == State::kStart) {
    state_ = State::kBody;
    if (TrimAscii(line) == "---") {
      state_ = State::kFrontMatter;
      return Status::Ok();
    }
  }
  if (state_ == State::kFrontMatter) return FrontMatterLine(line, number);
  BodyLine(line);
  return Status::Ok();
}

Status MarkdownReader::FrontMatterLine(std::string_view line, std::size_t number) {
  const std::string_view trimmed = TrimAscii(line);
  if (trimmed != "---" && trimmed != "...") {
    front_matter_.append(line).push_back('\n');
    return Status::Ok();
  }
  state_ = State::kBody;
  try {
    return ApplyFrontMatter();
  } catch (const YAML::Exception& e) {
    // Front matter starts on line 2 of the file; yaml-cpp counts lines from 0.
    const std::size_t line_number =
        e.mark.is_null() ? number : static_cast<std::size_t>(e.mark.line) + 2;
    return Status::InvalidArgument("line " + std::to_string(line_number) +
                                   ": front matter is not valid YAML: " + e.msg);
  }
}

Status MarkdownReader::ApplyFrontMatter() {
  const YAML::Node root = YAML::Load(front_matter_);
  if (root.IsNull()) return Status::Ok();
  if (!root.IsMap()) {
    return Status::InvalidArgument("line 2: front matter must be a YAML mapping (title: …)");
  }
  DocumentMeta& meta = writer_.meta();
  if (std::string title = YamlScalar(root["title"]); !title.empty()) {
    meta.title = corpus::NormaliseWhitespace(title);
    has_title_ = true;
  }
  meta.publisher = YamlScalar(root["publisher"]);
  if (meta.publisher.empty()) meta.publisher = YamlScalar(root["author"]);
  meta.publisher = corpus::NormaliseWhitespace(meta.publisher);
  meta.year = corpus::ParseYear(YamlScalar(root["year"]));
  if (meta.year == 0) meta.year = corpus::ParseYear(YamlScalar(root["date"]));
  meta.url = std::string(TrimAscii(YamlScalar(root["url"])));
  return Status::Ok();
}

// Opens or closes a code fence ("```", "~~~", with an optional info string); true if the
// line was one.
bool MarkdownReader::FenceLine(std::string_view trimmed) {
  if (trimmed.size() < 3 || (trimmed[0] != '`' && trimmed[0] != '~')) return false;
  const std::size_t run = trimmed.find_first_not_of(trimmed[0]);
  const std::string_view marks = trimmed.substr(0, run);
  if (marks.size() < 3) return false;
  if (fence_.empty()) {
    Flush();
    fence_ = std::string(marks);
    return true;
  }
  if (marks[0] != fence_[0] || marks.size() < fence_.size() || run != std::string_view::npos) {
    return false;
  }
  writer_.Add(section_, code_);
  code_.clear();
  fence_.clear();
  return true;
}

void MarkdownReader::BodyLine(std::string_view line) {
  if (!fence_.empty()) {
    if (!FenceLine(TrimAscii(line))) code_.append(line).push_back('\n');
    return;
  }
  if (in_comment_) {
    const std::size_t end = line.find("-->");
    if (end == std::string_view::npos) return;
    in_comment_ = false;
    line = line.substr(end + 3);
  }
  std::string_view s = TrimAscii(line);
  while (!s.empty() && s[0] == '>') s = TrimAscii(s.substr(1));  // block quote markers
  std::string_view heading;
  if (s.empty() || IsLinkDefinition(s)) {
    Flush();
  } else if (FenceLine(s)) {
    // a code block opened; its lines are gathered above until the fence closes
  } else if (s.starts_with("<!--") && s.find("-->") == std::string_view::npos) {
    Flush();
    in_comment_ = true;
  } else if (int level = AtxHeading(s, heading)) {
    Heading(heading, level);
  } else if (!paragraph_.empty() && !paragraph_is_item_ && (IsRunOf(s, '=') || IsRunOf(s, '-'))) {
    const std::string text = std::move(paragraph_);  // a setext heading: the paragraph above
    paragraph_.clear();
    Heading(text, s[0] == '=' ? 1 : 2);
  } else if (IsThematicBreak(s)) {
    Flush();
  } else if (auto item = ListItemText(s)) {
    Flush();
    Append(*item);
    paragraph_is_item_ = true;
  } else if (IsTableDelimiterRow(s)) {
    // "| --- | --- |" carries no text
  } else if (s[0] == '|') {
    Append(TableRowText(s));
  } else {
    Append(s);
  }
}

void MarkdownReader::Heading(std::string_view text, int level) {
  Flush();
  section_ = corpus::NormaliseWhitespace(corpus::StripInlineMarkdown(text));
  // A top-level heading before any text names the document when front matter does not.
  if (level == 1 && !has_title_ && writer_.count() == 0 && !section_.empty()) {
    writer_.meta().title = section_;
    has_title_ = true;
  }
}

void MarkdownReader::Append(std::string_view text) {
  if (!text.empty() && text.back() == '\\') text.remove_suffix(1);  // a hard line break
  if (!paragraph_.empty()) paragraph_.push_back('\n');
  paragraph_.append(text);
}

void MarkdownReader::Flush() {
  if (!paragraph_.empty()) writer_.Add(section_, corpus::StripInlineMarkdown(paragraph_));
  paragraph_.clear();
  paragraph_is_item_ = false;
}

Status MarkdownReader::Finish() {
  if (state_ == State::kFrontMatter) {
    return Status::InvalidArgument("line 1: front matter opened with '---' is never closed");
  }
  if (!fence_.empty()) writer_.Add(section_, code_);  // an unclosed fence runs to the end
  Flush();
  return Status::Ok();
}

}  // namespace

Status ReadMarkdown(std::istream& in, const std::string& file_id, const PassageSink& sink) {
  MarkdownReader reader(file_id, sink);
  const Status read = corpus::ForEachTextLine(
      in, [&](const std::string& line, std::size_t number) { return reader.Line(line, number); });
  if (!read.ok()) return read;
  return reader.Finish();
}

}  // namespace sanus::ask
