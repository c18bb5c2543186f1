#include "ask/corpus/passage_writer.h"

#include "ask/corpus/passage_text.h"

namespace sanus::ask::corpus {

void PassageWriter::Add(std::string_view section, std::string_view text) {
  const std::string normalised = NormaliseWhitespace(text);
  const std::string clean_section = NormaliseWhitespace(section);
  for (std::string& piece : SplitIntoPassages(normalised)) {
    SourcePassage passage;
    passage.id = id_prefix_ + ":" + std::to_string(++count_);
    passage.text = std::move(piece);
    passage.section = clean_section;
    passage.meta = meta_;
    sink_(std::move(passage));
  }
}

}  // namespace sanus::ask::corpus
