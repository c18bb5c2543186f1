// A synthetic corpus for retrieval benchmarks: medical-looking passages and realistic queries
// drawn from one vocabulary of conditions, symptoms (clinical and lay), medicines, body parts,
// people and common English words. Nothing in it is clinical advice; it only has the shape of
// the text `sanus ask` searches (word counts, term frequencies, topic clustering).
//
// Everything is deterministic: the same count and seed give the same passages on every platform
// and standard library (the generator uses its own SplitMix64 and sampling, not <random>'s
// distributions, whose output is implementation-defined).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sanus::bench {

// One passage as an index receives it.
struct SyntheticPassage {
  std::string id;     // "syn:000042", unique, in generation order
  std::string title;  // "Otitis media: treatment in children"
  std::string text;   // 60-150 words of sentences
};

// The seed the benchmarks use, so that every run indexes the same corpus.
inline constexpr std::uint64_t kSyntheticCorpusSeed = 0x5A4E55535EEDULL;

// Returns `count` passages generated from `seed`. Each passage has a topic (a condition, a
// medicine, two symptoms and a body part, drawn with a Zipf-like skew so that common topics
// recur), a title naming its condition, and 60-150 words (inclusive, mean about 110) of template
// sentences and filler. Terms within each vocabulary category follow a Zipf-like distribution; the
// corpus has about 13,500 distinct words. Takes about a second per 100,000 passages, which hold
// about 75 MB of text.
std::vector<SyntheticPassage> GenerateSyntheticCorpus(std::size_t count,
                                                      std::uint64_t seed = kSyntheticCorpusSeed);

// Returns the fixed query set: 234 queries of 2-8 words in the style people type
// ("amoxicillin dose children otitis media", "can I take ibuprofen when pregnant"), using
// the corpus vocabulary. The same list, in the same order, on every call.
const std::vector<std::string>& SyntheticQueries();

}  // namespace sanus::bench
