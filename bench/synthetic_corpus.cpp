// Passages are built sentence by sentence from templates whose slots ({C} condition, {S}
// symptom, ...) are filled from Zipf-weighted vocabularies, plus filler sentences of common and
// rare words, until the passage reaches a word count drawn for it. Each passage has a topic (a
// condition, a medicine, two symptoms and a body part) that fills most of its slots, so that
// documents cluster by subject as real ones do and the clinical terms of a query are in a
// minority of passages rather than in most of them.
#include "synthetic_corpus.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>
#include <string_view>

#include "synthetic_corpus_vocabulary.h"

namespace sanus::bench {
namespace {

constexpr std::size_t kMinWords = 60;
constexpr std::size_t kMaxWords = 150;
constexpr double kTopicShare = 0.7;  // of {C}, {M}, {S} and {B} slots filled from the topic
constexpr double kFillerSentenceShare = 0.45;
constexpr double kRareFillerShare = 0.15;  // of filler words drawn from the rare tail
// Zipf exponents. Words in general follow exponent 1; each clinical category, a short list
// standing for a longer real one, gets a flatter 0.8 so its head is not in every passage.
constexpr double kWordExponent = 1.0;
constexpr double kCategoryExponent = 0.8;

// SplitMix64 (Steele, Lea and Flood 2014): small, fast, and fully specified, so the corpus is
// the same everywhere.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1), from the top 53 bits.
  double NextUnit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  // Uniform in [0, n); n > 0.
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(NextUnit() * n); }
  bool Chance(double p) { return NextUnit() < p; }

 private:
  std::uint64_t state_;
};

// Draws from a list whose i-th entry (from 0) has weight 1 / (first_rank + i)^exponent: a Zipf
// law, or the part of one from `first_rank` on when the list continues another.
class ZipfList {
 public:
  ZipfList(std::span<const std::string_view> terms, double exponent, std::size_t first_rank = 1)
      : terms_(terms) {
    double total = 0;
    cumulative_.reserve(terms.size());
    for (std::size_t i = 0; i < terms.size(); ++i) {
      cumulative_.push_back(total += std::pow(static_cast<double>(first_rank + i), -exponent));
    }
  }

  std::string_view Draw(SplitMix64& rng) const {
    const double target = rng.NextUnit() * cumulative_.back();
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), target);
    return terms_[std::min<std::size_t>(it - cumulative_.begin(), terms_.size() - 1)];
  }

 private:
  std::span<const std::string_view> terms_;
  std::vector<double> cumulative_;
};

// Every prefix + middle + suffix and drug stem + suffix, in an order shuffled by `seed` so that
// the Zipf head is not all one prefix.
std::vector<std::string> MakeRareWords(std::uint64_t seed) {
  std::vector<std::string> words;
  for (const auto prefix : kRarePrefixes) {
    for (const auto middle : kRareMiddles) {
      for (const auto suffix : kRareSuffixes) {
        words.push_back(std::string(prefix).append(middle).append(suffix));
      }
    }
  }
  for (const auto stem : kDrugStems) {
    for (const auto suffix : kDrugSuffixes) words.push_back(std::string(stem).append(suffix));
  }
  SplitMix64 rng(seed);
  for (std::size_t i = words.size() - 1; i > 0; --i) std::swap(words[i], words[rng.Below(i + 1)]);
  return words;
}

struct Vocabulary {
  explicit Vocabulary(std::uint64_t seed)
      : rare_words(MakeRareWords(seed)), rare_views(rare_words.begin(), rare_words.end()) {}

  std::vector<std::string> rare_words;
  std::vector<std::string_view> rare_views;
  ZipfList common{kCommonWords, kWordExponent};
  // The rare words rank after the common ones: a long, flat tail, not a second head.
  ZipfList rare{rare_views, kWordExponent, std::size(kCommonWords) + 1};
  ZipfList conditions{kConditions, kCategoryExponent};
  ZipfList symptoms{kSymptoms, kCategoryExponent};
  ZipfList medicines{kMedicines, kCategoryExponent};
  ZipfList body_parts{kBodyParts, kCategoryExponent};
  ZipfList people{kPeople, kCategoryExponent};
  ZipfList numbers{kNumbers, kCategoryExponent};
  ZipfList frequencies{kFrequencies, kCategoryExponent};
  ZipfList aspects{kTitleAspects, kCategoryExponent};
  ZipfList templates{kSentenceTemplates, kCategoryExponent};
};

struct Topic {
  std::string_view condition;
  std::string_view medicine;
  std::string_view symptoms[2];
  std::string_view body_part;
};

Topic DrawTopic(const Vocabulary& v, SplitMix64& rng) {
  Topic topic;
  topic.condition = v.conditions.Draw(rng);
  topic.medicine = v.medicines.Draw(rng);
  topic.symptoms[0] = v.symptoms.Draw(rng);
  topic.symptoms[1] = v.symptoms.Draw(rng);
  topic.body_part = v.body_parts.Draw(rng);
  return topic;
}

void CapitalizeAt(std::string& text, std::size_t pos) {
  if (pos < text.size() && text[pos] >= 'a' && text[pos] <= 'z') text[pos] -= 'a' - 'A';
}

std::size_t CountWords(std::string_view text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) +
         (text.empty() ? 0 : 1);
}

std::string_view FillSlot(char slot, const Topic& topic, const Vocabulary& v, SplitMix64& rng) {
  switch (slot) {
    case 'C':
      return rng.Chance(kTopicShare) ? topic.condition : v.conditions.Draw(rng);
    case 'M':
      return rng.Chance(kTopicShare) ? topic.medicine : v.medicines.Draw(rng);
    case 'S':
      return rng.Chance(kTopicShare) ? topic.symptoms[rng.Below(2)] : v.symptoms.Draw(rng);
    case 'B':
      return rng.Chance(kTopicShare) ? topic.body_part : v.body_parts.Draw(rng);
    case 'P':
      return v.people.Draw(rng);
    case 'N':
      return v.numbers.Draw(rng);
    case 'F':
      return v.frequencies.Draw(rng);
    case 'R':
      return v.rare.Draw(rng);
    default:
      return v.common.Draw(rng);  // 'W'
  }
}

void AppendTemplateSentence(const Topic& topic, const Vocabulary& v, SplitMix64& rng,
                            std::string& out) {
  const std::string_view pattern = v.templates.Draw(rng);
  const std::size_t start = out.size();
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}') {
      out += FillSlot(pattern[i + 1], topic, v, rng);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  CapitalizeAt(out, start);
}

// Common words in Zipf proportion, with some rare ones, as the glue text of real passages has.
void AppendFillerSentence(const Vocabulary& v, SplitMix64& rng, std::string& out) {
  const std::size_t words = 6 + rng.Below(9);
  const std::size_t start = out.size();
  for (std::size_t i = 0; i < words; ++i) {
    if (i > 0) out += ' ';
    out += rng.Chance(kRareFillerShare) ? v.rare.Draw(rng) : v.common.Draw(rng);
  }
  out += '.';
  CapitalizeAt(out, start);
}

// Cuts `text` after its `max_words`-th word and ends it with a full stop.
void TruncateToWords(std::string& text, std::size_t max_words) {
  std::size_t spaces = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' && ++spaces == max_words) {
      text.resize(i);
      if (!text.empty() && (text.back() == ',' || text.back() == '.')) text.pop_back();
      text += '.';
      return;
    }
  }
}

std::string MakeTitle(const Topic& topic, const Vocabulary& v, SplitMix64& rng) {
  std::string title(topic.condition);
  CapitalizeAt(title, 0);
  title += ": ";
  const std::string_view aspect = v.aspects.Draw(rng);
  for (std::size_t i = 0; i < aspect.size(); ++i) {
    if (aspect.substr(i, 3) == "{M}") {
      title += topic.medicine;
      i += 2;
    } else {
      title += aspect[i];
    }
  }
  return title;
}

std::string MakeText(const Topic& topic, const Vocabulary& v, SplitMix64& rng) {
  const std::size_t target = kMinWords + rng.Below(kMaxWords - kMinWords + 1);
  std::string text;
  while (CountWords(text) < target) {
    if (!text.empty()) text += ' ';
    if (rng.Chance(kFillerSentenceShare)) {
      AppendFillerSentence(v, rng, text);
    } else {
      AppendTemplateSentence(topic, v, rng, text);
    }
  }
  TruncateToWords(text, kMaxWords);
  return text;
}

}  // namespace

std::vector<SyntheticPassage> GenerateSyntheticCorpus(std::size_t count, std::uint64_t seed) {
  const Vocabulary vocabulary(seed);
  SplitMix64 rng(seed + 1);
  std::vector<SyntheticPassage> passages;
  passages.reserve(count);
  char id[32];
  for (std::size_t i = 0; i < count; ++i) {
    const Topic topic = DrawTopic(vocabulary, rng);
    std::snprintf(id, sizeof id, "syn:%06zu", i);
    SyntheticPassage passage{id, MakeTitle(topic, vocabulary, rng), ""};
    passage.text = MakeText(topic, vocabulary, rng);
    passages.push_back(std::move(passage));
  }
  return passages;
}

const std::vector<std::string>& SyntheticQueries() {
  static const std::vector<std::string> queries(std::begin(kQueries), std::end(kQueries));
  return queries;
}

}  // namespace sanus::bench
