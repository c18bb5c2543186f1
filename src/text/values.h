// Reads measured values and demographics from text: temperature (°C or °F), pulse,
// breathing rate, oxygen saturation, blood pressure, duration; and age and sex as stated
// ("I'm a 34 year old woman", "my 3 month old son", "58M"). Implausible values are dropped.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "sanus/assessment.h"

namespace sanus::text {

std::vector<MeasuredValue> ExtractValues(std::string_view text);

struct Demographics {
  std::optional<double> age_years;
  Sex sex = Sex::kUnknown;
};

Demographics ExtractDemographics(std::string_view text);

}  // namespace sanus::text
