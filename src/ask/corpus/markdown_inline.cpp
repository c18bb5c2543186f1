#include "ask/corpus/markdown_inline.h"

#include <array>
#include <cstdint>
#include <utility>

namespace sanus::ask::corpus {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(char c) { return IsAlpha(c) || (c >= '0' && c <= '9'); }
bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Returns the index just past the bracket that closes the one at text[open] ('[' or '('),
// or npos. Backslash-escaped brackets do not count.
std::size_t PastClosing(std::string_view text, std::size_t open) {
  const char opener = text[open];
  const char closer = opener == '[' ? ']' : ')';
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == opener) {
      ++depth;
    } else if (text[i] == closer && --depth == 0) {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// One left-to-right pass over a paragraph; each Try* consumes a construct at pos_ or
// returns false and leaves pos_ alone.
class InlineStripper {
 public:
  explicit InlineStripper(std::string_view text) : text_(text) {}

  std::string Run() {
    while (pos_ < text_.size()) {
      if (TryEscape() || TryCodeSpan() || TryImage() || TryLink() || TryAngle() || TryEntity() ||
          TryEmphasis()) {
        continue;
      }
      out_.push_back(text_[pos_++]);
    }
    return std::move(out_);
  }

 private:
  char At(std::size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

  bool TryEscape() {
    if (At(pos_) != '\\' || !(IsAsciiPunct(At(pos_ + 1)) || At(pos_ + 1) == '\n')) return false;
    out_.push_back(At(pos_ + 1) == '\n' ? ' ' : At(pos_ + 1));  // "\" + newline: a hard break
    pos_ += 2;
    return true;
  }

  bool TryCodeSpan() {
    if (At(pos_) != '`') return false;
    std::size_t run = 0;
    while (At(pos_ + run) == '`') ++run;
    const std::string fence(run, '`');
    std::size_t close = text_.find(fence, pos_ + run);
    // The closing run must be exactly as long as the opening one.
    while (close != std::string_view::npos && At(close + run) == '`') {
      close = text_.find(fence, close + run + 1);
    }
    if (close == std::string_view::npos) {
      out_.append(fence);
      pos_ += run;
      return true;
    }
    out_.append(text_.substr(pos_ + run, close - pos_ - run));
    pos_ = close + run;
    return true;
  }

  // The end of "[label](…)", "[label][ref]" or "[label][]" starting at `open`, or npos;
  // sets `label_end` to the index of the label's ']'.
  std::size_t LinkEnd(std::size_t open, std::size_t& label_end) const {
    const std::size_t past_label = PastClosing(text_, open);
    if (past_label == std::string_view::npos) return past_label;
    label_end = past_label - 1;
    if (At(past_label) == '(' || At(past_label) == '[') return PastClosing(text_, past_label);
    return std::string_view::npos;
  }

  bool TryImage() {
    if (At(pos_) != '!' || At(pos_ + 1) != '[') return false;
    std::size_t label_end = 0;
    const std::size_t end = LinkEnd(pos_ + 1, label_end);
    if (end == std::string_view::npos) return false;
    pos_ = end;  // an image says nothing in a passage
    return true;
  }

  bool TryLink() {
    if (At(pos_) != '[') return false;
    if (At(pos_ + 1) == '^') {  // a footnote marker, [^1]
      const std::size_t end = PastClosing(text_, pos_);
      if (end == std::string_view::npos) return false;
      pos_ = end;
      return true;
    }
    std::size_t label_end = 0;
    const std::size_t end = LinkEnd(pos_, label_end);
    if (end == std::string_view::npos) return false;
    out_.append(StripInlineMarkdown(text_.substr(pos_ + 1, label_end - pos_ - 1)));
    pos_ = end;
    return true;
  }

  // <https://…> autolinks, inline HTML tags and comments.
  bool TryAngle() {
    if (At(pos_) != '<') return false;
    if (text_.substr(pos_, 4) == "<!--") {
      const std::size_t end = text_.find("-->", pos_ + 4);
      pos_ = end == std::string_view::npos ? text_.size() : end + 3;
      return true;
    }
    const std::size_t close = text_.find('>', pos_ + 1);
    if (close == std::string_view::npos) return false;
    const std::string_view inner = text_.substr(pos_ + 1, close - pos_ - 1);
    const std::size_t colon = inner.find(':');
    const bool autolink = colon != std::string_view::npos && colon > 1 && IsAlpha(inner[0]) &&
                          inner.find_first_of(" \t\n<") == std::string_view::npos;
    const bool tag = IsAlpha(At(pos_ + 1)) || (At(pos_ + 1) == '/' && IsAlpha(At(pos_ + 2)));
    if (!autolink && !tag) return false;
    if (autolink) {
      out_.append(inner);
    } else if (inner.substr(0, 2) == "br" || inner.substr(0, 2) == "BR") {
      out_.push_back(' ');
    }
    pos_ = close + 1;
    return true;
  }

  bool TryEntity() {
    if (At(pos_) != '&') return false;
    const std::size_t semi = text_.find(';', pos_);
    if (semi == std::string_view::npos || semi - pos_ > 10) return false;
    const std::string_view name = text_.substr(pos_ + 1, semi - pos_ - 1);
    static constexpr std::array<std::pair<std::string_view, uint32_t>, 9> kNamed = {
        {{"amp", '&'},
         {"lt", '<'},
         {"gt", '>'},
         {"quot", '"'},
         {"apos", '\''},
         {"nbsp", 0xA0},
         {"ndash", 0x2013},
         {"mdash", 0x2014},
         {"hellip", 0x2026}}};
    uint32_t cp = 0;
    for (const auto& [entity, value] : kNamed) {
      if (name == entity) cp = value;
    }
    if (cp == 0 && name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string digits(name.substr(hex ? 2 : 1));
      if (digits.empty() || digits.find_first_not_of(hex ? "0123456789abcdefABCDEF"
                                                         : "0123456789") != std::string::npos) {
        return false;
      }
      cp = static_cast<uint32_t>(std::stoul(digits, nullptr, hex ? 16 : 10) & 0x1FFFFF);
    }
    if (cp == 0) return false;
    AppendUtf8(cp, out_);
    pos_ = semi + 1;
    return true;
  }

  // Runs of '*' or '_' that open or close emphasis, and "~~". A run with space on both sides
  // ("2 * 3") is text, and so is '_' inside a word (snake_case).
  bool TryEmphasis() {
    const char c = At(pos_);
    if (c != '*' && c != '_' && c != '~') return false;
    std::size_t run = 0;
    while (At(pos_ + run) == c) ++run;
    const char before = pos_ > 0 ? text_[pos_ - 1] : ' ';
    const char after = pos_ + run < text_.size() ? text_[pos_ + run] : ' ';
    const bool opens = !IsSpace(after);
    const bool closes = !IsSpace(before);
    bool markup = opens || closes;
    if (c == '_' && IsAlnum(before) && IsAlnum(after)) markup = false;
    if (c == '~' && run != 2) markup = false;
    if (!markup) out_.append(run, c);
    pos_ += run;
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string out_;
};

}  // namespace

std::string StripInlineMarkdown(std::string_view text) { return InlineStripper(text).Run(); }

}  // namespace sanus::ask::corpus
