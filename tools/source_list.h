// Numbered source references for text output: "[1]" in the text, the list at the end.
#pragma once

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "sanus/assessment.h"

namespace sanus::tools {

// Numbers each distinct source once, in order of first citation.
class SourceList {
 public:
  std::string Refs(const std::vector<Citation>& citations) {
    std::string out;
    for (const auto& c : citations) {
      auto [it, added] = numbers_.emplace(c.source_id, static_cast<int>(order_.size()) + 1);
      if (added) order_.push_back(c);
      // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "[" + std::string.
      out += '[';
      out += std::to_string(it->second);
      out += ']';
    }
    return out;
  }
  void Print(std::ostringstream& out) const {
    if (order_.empty()) return;
    out << "SOURCES\n";
    for (size_t i = 0; i < order_.size(); ++i) {
      const auto& c = order_[i];
      out << "  [" << i + 1 << "] " << c.title << " (" << c.publisher;
      if (c.year) out << ", " << c.year;
      out << ") " << c.url << "\n";
    }
  }

 private:
  std::map<std::string, int> numbers_;
  std::vector<Citation> order_;
};

}  // namespace sanus::tools
