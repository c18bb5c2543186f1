// Finding every match of an RE2 pattern in a text, with its groups and byte offsets: shared
// by the readers of values and lab results.
#pragma once

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace sanus::text {

// RE2, not std::regex: linear time whatever the input, so a hostile 20,000-character text
// can neither hang nor overflow the stack, and about twenty times faster here.
struct RegexMatch {
  std::vector<re2::StringPiece> groups;  // 0 is the whole match; unmatched groups are null
  int begin = 0, end = 0;

  bool Has(int g) const { return groups[static_cast<size_t>(g)].data() != nullptr; }
  std::string Text(int g) const { return std::string(groups[static_cast<size_t>(g)]); }
};

inline std::vector<RegexMatch> FindAll(const RE2& re, const std::string& s) {
  std::vector<RegexMatch> out;
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
  size_t pos = 0;
  while (pos <= s.size() &&
         re.Match(s, pos, s.size(), RE2::UNANCHORED, groups.data(), n)) {
    RegexMatch m{groups, static_cast<int>(groups[0].data() - s.data()), 0};
    m.end = m.begin + static_cast<int>(groups[0].size());
    out.push_back(m);
    pos = static_cast<size_t>(m.end) + (groups[0].empty() ? 1 : 0);
  }
  return out;
}

inline std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace sanus::text
