// English stemming (Snowball, via libstemmer) so that "vomiting", "vomited" and "vomit"
// meet. A Stemmer is not thread-safe; use one per thread (ThreadStem does that).
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace sanus::text {

class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of one lower-case word; numbers and short words come back unchanged.
  std::string Stem(std::string_view word);

 private:
  sb_stemmer* stemmer_;
};

// Stems with a stemmer owned by the calling thread.
std::string ThreadStem(std::string_view word);

}  // namespace sanus::text
