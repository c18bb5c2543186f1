#include "knowledge/scales.h"

#include <array>
#include <utility>

namespace sanus::knowledge {
namespace {

// The scales follow INTERNIST-1's frequency idea (rare ... essentially always): ordinal
// judgements an author can make from a guideline's wording without inventing a figure.
constexpr std::array<std::pair<std::string_view, double>, 6> kFrequencies{{
    {"always", 0.95}, {"usually", 0.8}, {"often", 0.5},
    {"sometimes", 0.25}, {"occasionally", 0.1}, {"rarely", 0.03},
}};

constexpr std::array<std::pair<std::string_view, double>, 5> kPrevalences{{
    {"very_common", 0.08}, {"common", 0.02}, {"uncommon", 0.005},
    {"rare", 0.001}, {"very_rare", 0.0002},
}};

template <size_t N>
std::optional<double> Lookup(const std::array<std::pair<std::string_view, double>, N>& table,
                             std::string_view key) {
  for (const auto& [name, value] : table) {
    if (name == key) return value;
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> FrequencyFromWord(std::string_view word) { return Lookup(kFrequencies, word); }

std::optional<double> PrevalenceFromClass(std::string_view name) {
  return Lookup(kPrevalences, name);
}

}  // namespace sanus::knowledge
