// Small helpers for the sentences Sanus writes.
#pragma once

#include <cctype>
#include <string>

namespace sanus {

// "Heart attack" -> "heart attack" inside a sentence; "COVID-19" stays as it is.
inline std::string SentenceCase(std::string name) {
  if (name.size() > 1 && std::isupper(static_cast<unsigned char>(name[0])) &&
      std::islower(static_cast<unsigned char>(name[1]))) {
    name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
  }
  return name;
}

// "chest pain" -> "Chest pain".
inline std::string Capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace sanus
