// `sanus batch`: JSON Lines in ({"id", "text", "age", "sex"}), JSON Lines out, one line per
// input line, in order. A bad line gets {"id", "error"} and the run goes on.
#pragma once

#include <iosfwd>

#include "sanus/engine.h"

namespace sanus::tools {

// Returns 0 when every line was assessed, 1 when some line had an error.
int RunBatch(const Engine& engine, std::istream& in, std::ostream& out);

}  // namespace sanus::tools
