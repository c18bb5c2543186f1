#include "catalog_query.h"

#include <cctype>
#include <sstream>

namespace sanus::tools {
namespace {

// Lower case, with every run of other characters than letters and digits made one space.
std::string Normalise(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    out += std::isalnum(c) || c >= 0x80 ? static_cast<char>(std::tolower(c)) : ' ';
  }
  return out;
}

}  // namespace

CatalogQuery::CatalogQuery(std::string_view query) {
  std::istringstream words(Normalise(query));
  for (std::string word; words >> word;) words_.push_back(word);
}

bool CatalogQuery::Matches(const std::vector<std::string>& fields) const {
  std::string haystack;
  for (const auto& field : fields) haystack += Normalise(field) + " ";
  for (const auto& word : words_) {
    if (haystack.find(word) == std::string::npos) return false;
  }
  return true;
}

}  // namespace sanus::tools
