// The ?q= search of the catalogue endpoints (/v1/conditions, /v1/findings): every word of the
// query must appear in a record's names, ignoring case and punctuation, so "j18" finds
// "J18.9" and "chest pain" finds "Chest pain on exertion".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sanus::tools {

class CatalogQuery {
 public:
  // The most characters a query may have; longer ones are a client error.
  static constexpr size_t kMaxLength = 200;

  explicit CatalogQuery(std::string_view query);
  // True when the query has no words (every record matches) or every word occurs, as part of
  // a word, in one of the fields.
  bool Matches(const std::vector<std::string>& fields) const;

 private:
  std::vector<std::string> words_;
};

}  // namespace sanus::tools
