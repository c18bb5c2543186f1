// Helpers shared by the score tests: compute a score on the default engine and check the result
// or the refusal.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "default_engine.h"
#include "sanus/scores.h"

namespace sanus::testing {

// The result of a computation expected to succeed; an empty result (and a test failure) if not.
inline ScoreResult ScoreOf(const std::string& id, const ScoreInputs& inputs) {
  auto r = DefaultEngine().ComputeScore(id, inputs);
  EXPECT_TRUE(r.ok()) << id << ": " << r.status().message();
  return r.ok() ? *r : ScoreResult{};
}

// The status code of a computation expected to be refused.
inline StatusCode RefusalOf(const std::string& id, const ScoreInputs& inputs) {
  return DefaultEngine().ComputeScore(id, inputs).status().code();
}

// Whether `text` contains `part`: interpretations are checked by their key phrases.
inline bool Mentions(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace sanus::testing
