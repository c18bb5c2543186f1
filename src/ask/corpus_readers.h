// Corpus readers for `sanus index add`: turn a document (a PubMed/MEDLINE XML export, a
// Markdown guideline, a saved HTML page, a plain-text file) into SourcePassages — paragraphs of
// plain text with the metadata a citation shows — delivered one at a time to a PassageSink.
//
// Shared behaviour of every reader:
//   * A passage is one paragraph (an abstract section, a list item …). A paragraph longer than
//     about 1,200 characters is split at sentence boundaries into passages of similar length;
//     whitespace is collapsed to single spaces; blank paragraphs are dropped; markup is gone
//     and character entities are decoded.
//   * Ids are "<document>:<n>", n counting the document's passages from 1 in reading order, so
//     reading the same file again gives the same ids.
//   * Passages are delivered while the input is read. On an error the Status says what and where
//     (the line), and the passages before it have already reached the sink: a caller that wants
//     all or nothing should buffer or roll back.
//   * Nothing throws for bad input (an exception thrown by the sink itself passes through).
// The readers hold no state between calls; separate calls may run on separate threads.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>

#include "ask/source_passage.h"
#include "sanus/status.h"

namespace sanus::ask {

// Reads the NLM PubMed/MEDLINE XML format (<PubmedArticleSet> of <PubmedArticle>, as from
// efetch or the annual baseline; also <MedlineCitationSet> or a single <PubmedArticle>),
// streamed with libxml2's xmlTextReader so memory stays constant whatever the file size.
// For each article with a PMID and an abstract: passage 1 is the title (section "Title"), then
// one passage per <AbstractText> (section = its Label attribute, or "Abstract"). Ids are
// "pmid:<PMID>:<n>"; meta.title is the article title, publisher "<first author's last name> et
// al., <journal title>" ("<last name>, <journal>" for one author, the journal alone for none),
// year from PubDate/Year or MedlineDate, url "https://pubmed.ncbi.nlm.nih.gov/<PMID>/", kind
// "pubmed". Articles without an abstract are skipped; no DTD or network is ever fetched.
// Returns Ok at the end of a well-formed file; InvalidArgument "line N: <what>" for malformed
// XML (truncated, binary junk) or an XML root that is not PubMed's.
Status ReadPubmedXml(std::istream& in, const PassageSink& sink);

// Reads a Markdown document (UTF-8). Optional YAML front matter between "---" lines at the top
// sets meta: title, publisher (or author), year (or date), url; without a title, a level-1
// heading before the first paragraph, else the file name, is the title. Headings set `section`.
// One passage per paragraph, list item, block quote paragraph or fenced code block; inline
// markup is stripped (emphasis, `code`, [text](url) → text, images dropped, inline HTML tags
// dropped, common entities decoded). Ids "<file_id>:<n>", kind "markdown". `file_id` names the
// document ("file:guides/sore_throat.md"). Returns InvalidArgument naming the line for front
// matter that is not a YAML mapping or is never closed, and for input that is not UTF-8 text.
Status ReadMarkdown(std::istream& in, const std::string& file_id, const PassageSink& sink);

// Reads an HTML page with libxml2's forgiving HTML parser (the page is held in memory; at most
// 64 MiB). meta.title from <meta name="citation_title"> (or dc.title, else <title>, else the
// first <h1>); publisher from citation_publisher or dc.publisher, else author/citation_author;
// year from citation_publication_date, citation_date or dc.date; url from
// <link rel="canonical">. One passage per <p>, <li>, <dt>, <dd>, <blockquote>, <pre> or
// <figcaption> (text in a <div> or table cell outside these is not read); headings <h1>–<h6>
// set `section`; <script>, <style>, <nav>, <footer>, <noscript>, <template>, <svg> and
// <iframe> are skipped. Ids
// "<file_id>:<n>", kind "html". Returns InvalidArgument for binary input or a page over the
// size limit; badly nested tags are repaired, not rejected.
Status ReadHtml(std::istream& in, const std::string& file_id, const PassageSink& sink);

// Reads a plain-text file (UTF-8): optional header lines at the top, "Title: …",
// "Publisher: …" (or "Author: …"), "Year: …" (or "Date: …"), "URL: …" (case-insensitive),
// then paragraphs separated by blank lines. Ids "<file_id>:<n>", kind "text"; the title
// defaults to the file name. Returns InvalidArgument naming the line for input that is not
// UTF-8 text.
Status ReadPlainText(std::istream& in, const std::string& file_id, const PassageSink& sink);

// The formats ReadCorpusFile knows, chosen by file extension (case-insensitive).
enum class CorpusFormat {
  kPubmedXml,  // .xml
  kMarkdown,   // .md, .markdown
  kHtml,       // .html, .htm
  kPlainText,  // .txt
};

// Returns the format for `path`'s extension, or InvalidArgument naming the extension and the
// supported ones.
Result<CorpusFormat> CorpusFormatOf(const std::string& path);

// Called with the bytes read so far and the file's size in bytes (0 if unknown).
using CorpusProgress = std::function<void(uint64_t bytes_read, uint64_t total_bytes)>;

// Reads the file at `path` with the reader its extension picks; the file id of a Markdown,
// HTML or text file is "file:" + the path as given, lexically normalised
// ("file:guides/sore_throat.md"). `progress`, if set, is called about every 256 KiB read and
// once more at the end of a successful read (bytes_read == total_bytes then).
// Returns the reader's Status, with the path put before its message; InvalidArgument for an
// unknown extension; NotFound for a missing file; FailedPrecondition for a directory or a file
// that cannot be opened for reading.
Status ReadCorpusFile(const std::string& path, const PassageSink& sink,
                      const CorpusProgress& progress = {});

}  // namespace sanus::ask
