// Inline Markdown to plain text: what is left of a paragraph once emphasis, code spans,
// links, images, inline HTML and character entities have been dealt with. Used by the
// Markdown corpus reader.
#pragma once

#include <string>
#include <string_view>

namespace sanus::ask::corpus {

// Returns the plain text of one Markdown paragraph (its lines joined by '\n'):
//   *em*, **strong**, _em_, ~~struck~~      → their text (intra-word "_" and a lone " * " stay)
//   `code`                                   → code
//   [text](url), [text][ref], [text][]      → text;  ![alt](src) → nothing;  [^1] → nothing
//   <https://x.org>                          → https://x.org;  <b>, </sup>, <!-- … --> → nothing
//   <br>                                     → a space
//   \*                                       → *  (backslash escapes)
//   &amp; &lt; &gt; &quot; &apos; &nbsp; &ndash; &mdash; &#233; &#xE9;  → the character
// Text that only looks like markup ("<5 mg", "[1]") is left as it is.
std::string StripInlineMarkdown(std::string_view text);

}  // namespace sanus::ask::corpus
