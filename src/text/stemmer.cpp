#include "text/stemmer.h"

#include <libstemmer.h>

namespace sanus::text {

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", nullptr)) {}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::Stem(std::string_view word) {
  if (!stemmer_ || word.size() < 3) return std::string(word);
  const sb_symbol* out = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!out) return std::string(word);  // out of memory: the word itself is still usable
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

std::string ThreadStem(std::string_view word) {
  thread_local Stemmer stemmer;
  return stemmer.Stem(word);
}

}  // namespace sanus::text
