#include "text/stemmer.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <functional>
#include <unordered_map>

namespace sanus::text {

namespace {

// Words whose inflection carries a meaning of its own in how people describe symptoms, so they
// must not meet their root: a "banging head" is a headache while "banged my head" is an injury;
// "fitting" is having a seizure while "fit" is often being healthy; "tearful" is low mood while
// a "tear" is a wound; "teething" is a baby's, "teeth" anyone's.
bool KeepsOwnStem(std::string_view word) {
  static constexpr std::array<std::string_view, 4> kWords{"banging", "fitting", "tearful", "teething"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

}  // namespace

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", nullptr)) {}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::Stem(std::string_view word) {
  if (!stemmer_ || word.size() < 3 || KeepsOwnStem(word)) return std::string(word);
  const sb_symbol* out = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!out) return std::string(word);  // out of memory: the word itself is still usable
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

namespace {

// Hashes std::string and std::string_view alike (the same value std::hash gives both), so the
// memo below can be searched with a view.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
};

}  // namespace

std::string ThreadStem(std::string_view word) {
  // Building the lexicon stems every word of ~20,000 synonyms, most of them many times over
  // ("pain", "my", "left"): a per-thread memo saves most of that. It is capped so that a server
  // fed endless new words does not grow without bound.
  constexpr size_t kMaxRemembered = 100000;
  thread_local Stemmer stemmer;
  thread_local std::unordered_map<std::string, std::string, WordHash, std::equal_to<>> remembered;
  // Looked up by the view itself: a remembered word costs no copy of it.
  if (auto it = remembered.find(word); it != remembered.end()) return it->second;
  std::string stem = stemmer.Stem(word);
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  remembered.emplace(std::string(word), stem);
  return stem;
}

}  // namespace sanus::text
