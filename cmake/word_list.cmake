# Writes OUTPUT: the lower-case, letters-only words of the word lists in DICTS (comma-separated
# paths; Debian's wbritish and wamerican), one per line, sorted bytewise and without repeats,
# so the spelling corrector can tell a real English word ("baking") from a misspelling.
# Run as: cmake -DDICTS=... -DOUTPUT=... -P this.
string(REPLACE "," ";" DICTS "${DICTS}")
set(words "")
foreach(dict IN LISTS DICTS)
  if(NOT EXISTS "${dict}")
    message(FATAL_ERROR "word list ${dict} is missing: install wbritish and wamerican (scripts/setup.sh)")
  endif()
  file(STRINGS "${dict}" lines)
  list(APPEND words ${lines})
endforeach()
list(TRANSFORM words TOLOWER)
list(FILTER words INCLUDE REGEX "^[a-z]+$")
list(REMOVE_DUPLICATES words)
list(SORT words COMPARE STRING)
list(JOIN words "\n" body)
file(WRITE "${OUTPUT}.tmp" "${body}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
