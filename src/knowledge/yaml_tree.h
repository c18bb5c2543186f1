// Parses YAML text into a yaml-cpp node tree using libyaml's parser, which reads the
// knowledge files in about a ninth of the instructions yaml-cpp's own scanner needs (whose
// regular-expression matching dominated start-up; see docs/performance.md). The tree is the
// one YAML::Load would build: same scalars, nulls, tags, styles and shared anchored nodes,
// first document only.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

namespace sanus::knowledge {

// The first document of content as a node tree (a null node for an empty stream).
// On a syntax error it defers to YAML::Load, so the exception and its message (line and
// column) are exactly yaml-cpp's: throws YAML::Exception then.
YAML::Node ParseYaml(const std::string& content);

}  // namespace sanus::knowledge
