// Text clean-up shared by the corpus readers: whitespace normalisation, splitting a long
// paragraph into passages at sentence boundaries, reading a year out of a date, and checking
// that a line of a text file is text at all.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "sanus/status.h"

namespace sanus::ask::corpus {

// The longest passage a reader emits, in bytes (so never more characters than this). A
// paragraph longer than this is split at sentence boundaries.
inline constexpr std::size_t kMaxPassageChars = 1200;

// Returns `text` with every run of whitespace (ASCII, no-break space U+00A0, narrow no-break
// space U+202F) replaced by one space, and none at either end.
std::string NormaliseWhitespace(std::string_view text);

// Splits normalised `text` into pieces of at most `max_chars` bytes, cutting between sentences
// ("… dose. The …"), and inside a sentence only when one sentence alone is too long (then at
// a space, or at a UTF-8 character boundary if there is none). Pieces come out of similar
// length rather than full ones followed by a scrap. Returns {} for empty text and {text} when
// it fits. `max_chars` must be at least 16.
std::vector<std::string> SplitIntoPassages(std::string_view text,
                                           std::size_t max_chars = kMaxPassageChars);

// Returns the first plausible year (1800–2199) standing alone in `date` ("2021-03-04",
// "2019 Dec-2020 Jan", "15/03/2021"), or 0 when there is none.
int ParseYear(std::string_view date);

// Checks that `line` (one line of a text file, without its newline) is UTF-8 text: no NUL or
// other control bytes but tab, form feed and carriage return, and well-formed UTF-8.
// Returns InvalidArgument naming `line_number` (1-based) otherwise, so binary junk fed to a
// text reader fails with a message rather than filling the index with garbage.
Status CheckTextLine(std::string_view line, std::size_t line_number);

// Calls `line_fn(line, number)` for each line of a text file: a carriage return and a leading
// byte-order mark removed, and each line checked with CheckTextLine. Stops at the first error
// from either; a read error is a FailedPrecondition naming the last line read.
Status ForEachTextLine(std::istream& in,
                       const std::function<Status(const std::string& line, std::size_t number)>& line_fn);

// Returns a fallback title from a file id: "file:guides/sore_throat.md" → "sore_throat".
std::string TitleFromFileId(std::string_view file_id);

// Returns `s` with ASCII letters lower-cased.
std::string AsciiLower(std::string_view s);

// Returns `s` without leading and trailing ASCII whitespace.
std::string_view TrimAscii(std::string_view s);

}  // namespace sanus::ask::corpus
