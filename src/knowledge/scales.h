// The ordinal scales authors write in the knowledge files (frequency words, prevalence
// classes) and the probabilities they stand for. See docs/knowledge-format.md.
#pragma once

#include <optional>
#include <string_view>

namespace sanus::knowledge {

// always 0.95, usually 0.8, often 0.5, sometimes 0.25, occasionally 0.1, rarely 0.03.
std::optional<double> FrequencyFromWord(std::string_view word);
// very_common 0.08, common 0.02, uncommon 0.005, rare 0.001, very_rare 0.0002.
std::optional<double> PrevalenceFromClass(std::string_view name);

}  // namespace sanus::knowledge
