#include "ask/corpus/passage_text.h"

#include <algorithm>
#include <array>

namespace sanus::ask::corpus {
namespace {

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Length in bytes of the Unicode space at text[i] (no-break, en/em/thin/hair, narrow
// no-break), or 0 if there is none there.
std::size_t UnicodeSpaceLength(std::string_view text, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  if (i + 1 < text.size() && at(0) == 0xC2 && at(1) == 0xA0) return 2;
  if (i + 2 < text.size() && at(0) == 0xE2 && at(1) == 0x80 && (at(2) <= 0x8A || at(2) == 0xAF)) {
    return 3;
  }
  return 0;
}

// Words that end in a full stop without ending a sentence ("et al. reported").
bool IsAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 18> kAbbreviations = {
      "e.g",  "i.e", "al",   "vs", "cf",     "dr", "mr",  "mrs", "ms",
      "prof", "fig", "figs", "no", "approx", "st", "ref", "ca",  "resp"};
  if (word.size() == 1 && IsUpper(word[0])) return true;  // an initial: "J. Smith"
  const std::string lower = AsciiLower(word);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

// True if a sentence that ended just before text[space] (a space) is followed by the start
// of another: a capital, a digit, an opening bracket or quote, or a non-ASCII letter.
bool StartsSentence(std::string_view text, std::size_t space) {
  if (space + 1 >= text.size()) return false;
  const char next = text[space + 1];
  return IsUpper(next) || IsDigit(next) || next == '(' || next == '[' || next == '"' ||
         next == '\'' || static_cast<unsigned char>(next) >= 0x80;
}

// Splits normalised text after each sentence-ending ". ", "? " or "! " (closing quotes and
// brackets may sit between the mark and the space).
std::vector<std::string_view> Sentences(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '.' && text[i] != '?' && text[i] != '!') continue;
    std::size_t end = i + 1;
    while (end < text.size() &&
           (text[end] == ')' || text[end] == ']' || text[end] == '"' || text[end] == '\'')) {
      ++end;
    }
    if (end >= text.size() || text[end] != ' ' || !StartsSentence(text, end)) continue;
    if (text[i] == '.') {
      const std::size_t word_start = text.rfind(' ', i);
      const std::size_t from = word_start == std::string_view::npos ? 0 : word_start + 1;
      if (IsAbbreviation(text.substr(from, i - from))) continue;
    }
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

// Cuts one over-long sentence into pieces of at most max_chars bytes, at spaces where it can
// and otherwise at a UTF-8 character boundary.
void HardSplit(std::string_view sentence, std::size_t max_chars,
               std::vector<std::string_view>& out) {
  while (sentence.size() > max_chars) {
    std::size_t cut = sentence.rfind(' ', max_chars);
    std::size_t resume = cut + 1;
    if (cut == std::string_view::npos || cut == 0) {
      cut = max_chars;
      while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
      if (cut == 0) cut = max_chars;  // not UTF-8 after all: cut anywhere rather than loop
      resume = cut;
    }
    out.push_back(sentence.substr(0, cut));
    sentence.remove_prefix(resume);
  }
  if (!sentence.empty()) out.push_back(sentence);
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string NormaliseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t space =
        IsAsciiSpace(static_cast<unsigned char>(text[i])) ? 1 : UnicodeSpaceLength(text, i);
    if (space > 0) {
      pending_space = !out.empty();
      i += space;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(text[i++]);
  }
  return out;
}

std::vector<std::string> SplitIntoPassages(std::string_view text, std::size_t max_chars) {
  max_chars = std::max<std::size_t>(max_chars, 16);
  if (text.empty()) return {};
  if (text.size() <= max_chars) return {std::string(text)};

  std::vector<std::string_view> pieces;
  for (std::string_view sentence : Sentences(text)) HardSplit(sentence, max_chars, pieces);

  // Aim for equal pieces: close a passage once it reaches the average length of the fewest
  // passages that could hold the text, and always before it would pass max_chars.
  const std::size_t count = (text.size() + max_chars - 1) / max_chars;
  const std::size_t target = (text.size() + count - 1) / count;
  std::vector<std::string> out;
  std::string current;
  for (std::string_view piece : pieces) {
    if (!current.empty() &&
        (current.size() + 1 + piece.size() > max_chars || current.size() >= target)) {
      out.push_back(std::move(current));
      current.clear();
    }
    if (!current.empty()) current.push_back(' ');
    current.append(piece);
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

int ParseYear(std::string_view date) {
  for (std::size_t i = 0; i + 4 <= date.size(); ++i) {
    const bool starts_run = i == 0 || !IsDigit(date[i - 1]);
    const bool four_digits =
        IsDigit(date[i]) && IsDigit(date[i + 1]) && IsDigit(date[i + 2]) && IsDigit(date[i + 3]);
    const bool ends_run = i + 4 == date.size() || !IsDigit(date[i + 4]);
    if (!starts_run || !four_digits || !ends_run) continue;
    const int year = std::stoi(std::string(date.substr(i, 4)));
    if (year >= 1800 && year <= 2199) return year;
  }
  return 0;
}

Status ForEachTextLine(std::istream& in,
                       const std::function<Status(const std::string& line, std::size_t number)>& line_fn) {
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // a BOM
    if (Status s = CheckTextLine(line, number); !s.ok()) return s;
    if (Status s = line_fn(line, number); !s.ok()) return s;
  }
  if (in.bad()) return Status::FailedPrecondition("read error after line " + std::to_string(number));
  return Status::Ok();
}

Status CheckTextLine(std::string_view line, std::size_t line_number) {
  auto fail = [&](std::string_view what, std::size_t i) {
    return Status::InvalidArgument("line " + std::to_string(line_number) + ", column " +
                                   std::to_string(i + 1) + ": " + std::string(what));
  };
  for (std::size_t i = 0; i < line.size();) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\f' && c != '\r') || c == 0x7F) {
        return fail("binary data (a control byte); not a text file", i);
      }
      ++i;
      continue;
    }
    // Well-formed UTF-8 (RFC 3629): no overlong forms, surrogates or code points past U+10FFFF.
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return fail("not valid UTF-8 text", i);
    }
    if (i + length > line.size()) return fail("not valid UTF-8 text", i);
    for (std::size_t k = 1; k < length; ++k) {
      const auto b = static_cast<unsigned char>(line[i + k]);
      const bool ok = k == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF);
      if (!ok) return fail("not valid UTF-8 text", i);
    }
    i += length;
  }
  return Status::Ok();
}

std::string TitleFromFileId(std::string_view file_id) {
  const std::size_t slash = file_id.find_last_of("/\\:");
  std::string_view name = slash == std::string_view::npos ? file_id : file_id.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  std::string title(name);
  std::replace(title.begin(), title.end(), '_', ' ');
  std::replace(title.begin(), title.end(), '-', ' ');
  return title;
}

}  // namespace sanus::ask::corpus
