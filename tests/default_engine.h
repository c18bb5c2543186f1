// The engine on the default embedded knowledge base, built once and shared by every test in
// a binary (loading takes about a tenth of a second).
#pragma once

#include <gtest/gtest.h>

#include "sanus/engine.h"

namespace sanus::testing {

inline const Engine& DefaultEngine() {
  static const std::unique_ptr<Engine> engine = [] {
    auto e = Engine::CreateDefault();
    if (!e.ok()) ADD_FAILURE() << e.status().message();
    return e.ok() ? std::move(*e) : nullptr;
  }();
  return *engine;
}

}  // namespace sanus::testing
