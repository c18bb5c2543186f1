#include "ask/corpus_readers.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ask/corpus/markdown_inline.h"
#include "ask/corpus/passage_text.h"

namespace sanus::ask {
namespace {

namespace fs = std::filesystem;

const std::string kCorpusDir = std::string(SANUS_TEST_DATA) + "/corpus/";

// Collects what a reader sends to its sink.
struct Collected {
  std::vector<SourcePassage> passages;
  PassageSink sink() {
    return [this](SourcePassage&& p) { passages.push_back(std::move(p)); };
  }
  const SourcePassage* Find(const std::string& id) const {
    for (const auto& p : passages) {
      if (p.id == id) return &p;
    }
    return nullptr;
  }
  bool AnyTextContains(const std::string& needle) const {
    for (const auto& p : passages) {
      if (p.text.find(needle) != std::string::npos) return true;
    }
    return false;
  }
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Made-up article number `i` (PMID 91000000 + i), with a title and one abstract paragraph.
std::string ArticleXml(int i) {
  const std::string pmid = std::to_string(91000000 + i);
  return "<PubmedArticle><MedlineCitation><PMID>" + pmid +
         "</PMID><Article><Journal><JournalIssue><PubDate><Year>2020</Year></PubDate>"
         "</JournalIssue><Title>SAMPLE Generated Journal</Title></Journal><ArticleTitle>"
         "Generated sample article " +
         pmid + ".</ArticleTitle><Abstract><AbstractText>Sample abstract number " + pmid +
         " about nothing in particular.</AbstractText></Abstract><AuthorList><Author>"
         "<LastName>Sample</LastName></Author></AuthorList></Article></MedlineCitation>"
         "</PubmedArticle>\n";
}

// A stream buffer that writes a PubMed file of `count` made-up articles as it is read, so
// a large input costs no memory and the test can see how far reading had got.
class GeneratedPubmed : public std::streambuf {
 public:
  explicit GeneratedPubmed(int count) : count_(count) {}
  uint64_t bytes_produced() const { return produced_; }

 protected:
  int_type underflow() override {
    if (next_ > count_) return traits_type::eof();
    if (next_ == -1) {
      chunk_ = "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n";
    } else if (next_ == count_) {
      chunk_ = "</PubmedArticleSet>\n";
    } else {
      chunk_ = ArticleXml(next_);
    }
    ++next_;
    produced_ += chunk_.size();
    setg(chunk_.data(), chunk_.data(), chunk_.data() + chunk_.size());
    return traits_type::to_int_type(chunk_[0]);
  }

 private:
  int count_;
  int next_ = -1;  // -1: the prologue; count_: the closing tag
  std::string chunk_;
  uint64_t produced_ = 0;
};

// A unique scratch directory, removed at the end of the test.
class CorpusFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("sanus_corpus_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  fs::path dir_;
};

// ---- PubMed XML --------------------------------------------------------------------------

TEST(PubmedReader, ReadsTheSampleArticles) {
  Collected got;
  const Status status = ReadCorpusFile(kCorpusDir + "pubmed_sample.xml", got.sink());
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_EQ(got.passages.size(), 10u);  // 1 + 4 sections, 1 + 1, 1 + 2

  const SourcePassage* title = got.Find("pmid:90000001:1");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->section, "Title");
  EXPECT_EQ(title->text,
            "Delayed antibiotic prescriptions for sore throat in adults: a sample trial.");
  EXPECT_EQ(title->meta.title, title->text);
  EXPECT_EQ(title->meta.publisher, "Okafor et al., SAMPLE Journal of Primary Care");
  EXPECT_EQ(title->meta.year, 2021);
  EXPECT_EQ(title->meta.url, "https://pubmed.ncbi.nlm.nih.gov/90000001/");
  EXPECT_EQ(title->meta.kind, "pubmed");

  const SourcePassage* methods = got.Find("pmid:90000001:3");
  ASSERT_NE(methods, nullptr);
  EXPECT_EQ(methods->section, "METHODS");
  EXPECT_EQ(methods->text,
            "Adults with a sore throat and a FeverPAIN score of 2\u20133 were given either an "
            "immediate prescription or a delayed prescription to collect after 3 days if "
            "symptoms had not improved.");
  const SourcePassage* results = got.Find("pmid:90000001:4");
  ASSERT_NE(results, nullptr);
  EXPECT_NE(results->text.find("similar & satisfaction"), std::string::npos);
  EXPECT_NE(results->text.find("(p < 0.05 for"), std::string::npos);
  EXPECT_EQ(got.Find("pmid:90000001:5")->section, "CONCLUSIONS");
  EXPECT_FALSE(got.AnyTextContains("Sample text written for tests"));  // copyright, not text
  EXPECT_FALSE(got.AnyTextContains("90000099"));

  const SourcePassage* unstructured = got.Find("pmid:90000002:2");
  ASSERT_NE(unstructured, nullptr);
  EXPECT_EQ(unstructured->section, "Abstract");
  EXPECT_EQ(unstructured->meta.publisher, "Haddad, SAMPLE Paediatric Reviews");
  EXPECT_EQ(unstructured->meta.year, 2019);  // from MedlineDate "2019 Nov-Dec"

  const SourcePassage* review = got.Find("pmid:90000003:3");
  ASSERT_NE(review, nullptr);
  EXPECT_EQ(review->section, "CONCLUSION");
  EXPECT_EQ(review->meta.publisher,
            "SAMPLE Hypertension Working Group, SAMPLE Cardiovascular Notes");
  EXPECT_EQ(review->meta.year, 2018);
  for (const auto& p : got.passages) {
    EXPECT_EQ(p.text.find('\n'), std::string::npos) << p.id;
    EXPECT_EQ(p.text.find("  "), std::string::npos) << p.id;
  }
}

TEST(PubmedReader, SkipsArticlesWithoutAnAbstractOrPmid) {
  std::istringstream in(
      "<PubmedArticleSet>"
      "<PubmedArticle><MedlineCitation><PMID>90000010</PMID><Article>"
      "<ArticleTitle>A letter with no abstract.</ArticleTitle></Article></MedlineCitation>"
      "</PubmedArticle>"
      "<PubmedArticle><MedlineCitation><Article><ArticleTitle>No PMID.</ArticleTitle>"
      "<Abstract><AbstractText>Text.</AbstractText></Abstract></Article></MedlineCitation>"
      "</PubmedArticle>"
      "<PubmedArticle><MedlineCitation><PMID>90000011</PMID><Article>"
      "<ArticleTitle>Kept.</ArticleTitle><Abstract><AbstractText>  </AbstractText>"
      "<AbstractText>Kept text.</AbstractText></Abstract></Article></MedlineCitation>"
      "</PubmedArticle>"
      "</PubmedArticleSet>");
  Collected got;
  ASSERT_TRUE(ReadPubmedXml(in, got.sink()).ok());
  ASSERT_EQ(got.passages.size(), 2u);
  EXPECT_EQ(got.passages[0].id, "pmid:90000011:1");
  EXPECT_EQ(got.passages[1].id, "pmid:90000011:2");  // the blank section makes no passage
  EXPECT_EQ(got.passages[1].meta.publisher, "");     // no author, no journal
  EXPECT_EQ(got.passages[1].meta.year, 0);
}

TEST(PubmedReader, TruncatedXmlIsAnErrorNamingTheLine) {
  const std::string xml = ReadFile(kCorpusDir + "pubmed_sample.xml");
  const std::size_t cut = xml.find("<PMID Version=\"1\">90000003");
  ASSERT_NE(cut, std::string::npos);
  std::istringstream in(xml.substr(0, cut + 10));
  Collected got;
  const Status status = ReadPubmedXml(in, got.sink());
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message().rfind("line 100: ", 0), 0u) << status.message();
  EXPECT_NE(status.message().find("truncated"), std::string::npos) << status.message();
  EXPECT_EQ(got.passages.size(), 7u);  // the two articles before the cut were streamed out
}

TEST(PubmedReader, MalformedInputIsAnErrorNotACrash) {
  const std::vector<std::string> inputs = {
      std::string("\x00\x01\x02\xff\xfe junk \x7f\x80", 13), "", "not xml at all",
      "<PubmedArticleSet><PubmedArticle><MedlineCitation></PubmedArticle></PubmedArticleSet>",
      "<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation>\n<PMID>1</PMID>\n&undefined;"};
  for (const std::string& input : inputs) {
    std::istringstream in(input);
    Collected got;
    const Status status = ReadPubmedXml(in, got.sink());
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << input;
    EXPECT_NE(status.message().find("line "), std::string::npos) << status.message();
  }
}

TEST(PubmedReader, RejectsXmlThatIsNotPubmed) {
  std::istringstream in("<?xml version=\"1.0\"?>\n<rss><channel/></rss>");
  Collected got;
  const Status status = ReadPubmedXml(in, got.sink());
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("<rss>"), std::string::npos) << status.message();
}

TEST(PubmedReader, StreamsTwentyThousandArticles) {
  constexpr int kArticles = 20000;
  GeneratedPubmed generator(kArticles);
  std::istream in(&generator);
  uint64_t produced_at_first_passage = 0;
  std::size_t passages = 0;
  std::string last_id;
  const Status status = ReadPubmedXml(in, [&](SourcePassage&& p) {
    if (passages++ == 0) produced_at_first_passage = generator.bytes_produced();
    last_id = std::move(p.id);
  });
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(passages, 2u * kArticles);
  EXPECT_EQ(last_id, "pmid:" + std::to_string(91000000 + kArticles - 1) + ":2");
  // Passages flow out while the input is still being read, not after it has all been loaded.
  EXPECT_GT(generator.bytes_produced(), 8'000'000u);
  EXPECT_LT(produced_at_first_passage, 64u * 1024);
}

// ---- Markdown ----------------------------------------------------------------------------

TEST(MarkdownReader, ReadsTheSampleGuideline) {
  Collected got;
  const std::string path = kCorpusDir + "guideline_sample.md";
  const Status status = ReadCorpusFile(path, got.sink());
  ASSERT_TRUE(status.ok()) << status.ToString();
  const std::string prefix = "file:" + fs::path(path).lexically_normal().generic_string() + ":";
  ASSERT_GE(got.passages.size(), 10u);
  for (std::size_t i = 0; i < got.passages.size(); ++i) {
    const SourcePassage& p = got.passages[i];
    EXPECT_EQ(p.id, prefix + std::to_string(i + 1));
    EXPECT_EQ(p.meta.title, "Managing acute cough in adults (SAMPLE)");
    EXPECT_EQ(p.meta.publisher, "Sanus Sample Guidelines Group");
    EXPECT_EQ(p.meta.year, 2022);
    EXPECT_EQ(p.meta.url, "https://example.org/sample/acute-cough");
    EXPECT_EQ(p.meta.kind, "markdown");
    EXPECT_LE(p.text.size(), corpus::kMaxPassageChars);
  }
  auto text = [&](std::size_t i) { return got.passages.at(i).text; };
  EXPECT_EQ(text(0),
            "This is a sample guideline written for the Sanus tests. It is not clinical advice; "
            "see the project notes for why.");
  EXPECT_EQ(got.passages[0].section, "Acute cough");
  EXPECT_EQ(text(1), "Ask how long the cough has lasted and whether it is getting worse.");
  EXPECT_EQ(got.passages[1].section, "Assessment");
  EXPECT_EQ(text(2),
            "Check for red flags: coughing blood, breathlessness at rest, or weight loss.");
  EXPECT_EQ(text(3), "Record temperature, pulse and SpO2.");
  EXPECT_EQ(text(4),
            "Most acute coughs are caused by viral infections and settle within three weeks.");
  EXPECT_EQ(text(5),
            "Honey & warm drinks may ease symptoms. Simple_name stays as it is, and 2 * 3 is "
            "still arithmetic.");
  EXPECT_EQ(got.passages[5].section, "Treatment");  // a setext heading
  EXPECT_EQ(text(6), "Age; Advice Adults; Honey, fluids");
  EXPECT_EQ(text(7), "Safety-net: return if breathless or coughing blood.");
  // The long paragraph comes out in sentence-aligned pieces under its heading.
  ASSERT_EQ(got.passages.size(), 10u);
  EXPECT_EQ(got.passages[8].section, "Long paragraph");
  EXPECT_EQ(got.passages[9].section, "Long paragraph");
  EXPECT_EQ(text(8).rfind("Cough is one of", 0), 0u);
  EXPECT_EQ(text(8).back(), '.');
  EXPECT_EQ(text(9).back(), '.');
  EXPECT_FALSE(got.AnyTextContains("editor"));  // an HTML comment
  EXPECT_FALSE(got.AnyTextContains("honey.png"));
}

TEST(MarkdownReader, TitleFromFirstHeadingElseFileName) {
  {
    std::istringstream in("# Sore throat\n\nMost settle in a week.\n\n# Another top heading\n");
    Collected got;
    ASSERT_TRUE(ReadMarkdown(in, "file:notes/sore_throat.md", got.sink()).ok());
    ASSERT_EQ(got.passages.size(), 1u);
    EXPECT_EQ(got.passages[0].meta.title, "Sore throat");
    EXPECT_EQ(got.passages[0].id, "file:notes/sore_throat.md:1");
    EXPECT_EQ(got.passages[0].meta.kind, "markdown");
  }
  {
    std::istringstream in("Plain words first.\n\n# Late heading\n\nMore words.\n");
    Collected got;
    ASSERT_TRUE(ReadMarkdown(in, "file:notes/sore_throat.md", got.sink()).ok());
    ASSERT_EQ(got.passages.size(), 2u);
    EXPECT_EQ(got.passages[1].meta.title, "sore throat");
    EXPECT_EQ(got.passages[0].section, "");
    EXPECT_EQ(got.passages[1].section, "Late heading");
  }
}

TEST(MarkdownReader, BadFrontMatterIsAnErrorNamingTheLine) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"---\ntitle: ok\nyear: [2020\n---\ntext\n", "line "},
      {"---\n- a list\n- not a mapping\n---\ntext\n", "mapping"},
      {"---\ntitle: never closed\n\ntext\n", "never closed"}};
  for (const auto& [input, expected] : cases) {
    std::istringstream in(input);
    Collected got;
    const Status status = ReadMarkdown(in, "file:x.md", got.sink());
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << input;
    EXPECT_NE(status.message().find(expected), std::string::npos) << status.message();
    EXPECT_TRUE(got.passages.empty());
  }
}

TEST(MarkdownReader, BinaryJunkIsAnError) {
  std::istringstream in(std::string("# Fine\n\nfine text\n\x89PNG\r\n\x1a\n\x00\x00", 28));
  Collected got;
  const Status status = ReadMarkdown(in, "file:x.md", got.sink());
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message().rfind("line 4", 0), 0u) << status.message();
}

TEST(MarkdownInline, StripsMarkupAndKeepsText) {
  using corpus::StripInlineMarkdown;
  EXPECT_EQ(StripInlineMarkdown("**Bold**, *em*, __strong__ and ~~gone~~ marks"),
            "Bold, em, strong and gone marks");
  EXPECT_EQ(StripInlineMarkdown("see [NICE CKS](https://x.org/a_(b)) or [ref][1] [^2]"),
            "see NICE CKS or ref ");
  EXPECT_EQ(StripInlineMarkdown("an ![image](a.png)image"), "an image");
  EXPECT_EQ(StripInlineMarkdown("``code ` tick`` and `x`"), "code ` tick and x");
  EXPECT_EQ(StripInlineMarkdown("<https://example.org> a<br>b <sup>2</sup>"),
            "https://example.org a b 2");
  EXPECT_EQ(StripInlineMarkdown("&lt;5 mg &amp; &#233;&#xE9; &bogus; \\*not em\\*"),
            "<5 mg & \u00e9\u00e9 &bogus; *not em*");
  EXPECT_EQ(StripInlineMarkdown("<5 mg, [1], a_b_c, 2 * 3, ~5"), "<5 mg, [1], a_b_c, 2 * 3, ~5");
}

// ---- HTML --------------------------------------------------------------------------------

TEST(HtmlReader, ReadsTheSamplePage) {
  std::ifstream in(kCorpusDir + "page_sample.html", std::ios::binary);
  Collected got;
  const Status status = ReadHtml(in, "file:page_sample.html", got.sink());
  ASSERT_TRUE(status.ok()) << status.ToString();
  std::vector<std::string> texts;
  for (const auto& p : got.passages) texts.push_back(p.text);
  const std::vector<std::string> expected = {
      "Most ankle sprains heal in 2\u20136 weeks with simple self-care.",
      "Rest the ankle for the first 48 hours.",
      "Use an ice pack wrapped in a towel:",
      "for up to 20 minutes",
      "every 2 to 3 hours",
      "Get an X-ray if you cannot put weight on the foot & walk four steps, or if the bone at "
      "the back of the ankle is tender (the Ottawa rules).",
      "Caf\u00e9 owners and other people on their feet all day may need longer."};
  EXPECT_EQ(texts, expected);
  ASSERT_EQ(got.passages.size(), expected.size());
  EXPECT_EQ(got.passages[0].section, "Ankle sprain");
  EXPECT_EQ(got.passages[1].section, "What to do");
  EXPECT_EQ(got.passages[5].section, "When to get help");
  EXPECT_EQ(got.passages[6].id, "file:page_sample.html:7");
  const DocumentMeta& meta = got.passages[0].meta;
  EXPECT_EQ(meta.title, "Ankle sprain: self-care (SAMPLE)");
  EXPECT_EQ(meta.publisher, "Sample Health Site");
  EXPECT_EQ(meta.year, 2020);
  EXPECT_EQ(meta.url, "https://example.org/sample/ankle-sprain");
  EXPECT_EQ(meta.kind, "html");
}

TEST(HtmlReader, FallsBackToTitleTagAndAuthorAndRepairsBadNesting) {
  std::istringstream in(
      "<html><head><title>  Page\n title </title><meta name=\"Author\" content=\"Dr Who\">"
      "<meta name=\"dc.date\" content=\"2017-01-01\"></head><body><p>One <b>bold <i>mix</b>"
      "</i> up<p>Two &eacute;<li>Three</body>");
  Collected got;
  ASSERT_TRUE(ReadHtml(in, "file:x.html", got.sink()).ok());
  ASSERT_EQ(got.passages.size(), 3u);
  EXPECT_EQ(got.passages[0].text, "One bold mix up");
  EXPECT_EQ(got.passages[1].text, "Two \u00e9");
  EXPECT_EQ(got.passages[2].text, "Three");
  EXPECT_EQ(got.passages[0].meta.title, "Page title");
  EXPECT_EQ(got.passages[0].meta.publisher, "Dr Who");
  EXPECT_EQ(got.passages[0].meta.year, 2017);
  EXPECT_EQ(got.passages[0].meta.url, "");
}

TEST(HtmlReader, TitleFromHeadingElseFileName) {
  {
    std::istringstream in("<body><h1>Heading <em>one</em></h1><p>Text.</p></body>");
    Collected got;
    ASSERT_TRUE(ReadHtml(in, "file:dir/some_page.html", got.sink()).ok());
    ASSERT_EQ(got.passages.size(), 1u);
    EXPECT_EQ(got.passages[0].meta.title, "Heading one");
  }
  {
    std::istringstream in("<p>Only text.</p>");
    Collected got;
    ASSERT_TRUE(ReadHtml(in, "file:dir/some_page.html", got.sink()).ok());
    ASSERT_EQ(got.passages.size(), 1u);
    EXPECT_EQ(got.passages[0].meta.title, "some page");
  }
}

TEST(HtmlReader, BinaryJunkIsAnError) {
  std::istringstream in(std::string("<html>\n<body>\n\x00\x13\xff\xd8junk", 22));
  Collected got;
  const Status status = ReadHtml(in, "file:x.html", got.sink());
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message().rfind("line 3", 0), 0u) << status.message();
  EXPECT_TRUE(got.passages.empty());
}

// ---- Plain text --------------------------------------------------------------------------

TEST(PlainTextReader, ReadsTheSampleNotes) {
  std::ifstream in(kCorpusDir + "notes_sample.txt", std::ios::binary);
  Collected got;
  ASSERT_TRUE(ReadPlainText(in, "file:notes_sample.txt", got.sink()).ok());
  ASSERT_EQ(got.passages.size(), 4u);
  EXPECT_EQ(got.passages[1].text,
            "Lower urinary tract infection in non-pregnant women often causes burning on passing "
            "urine, needing to pass urine more often, and pain low in the tummy.");
  EXPECT_EQ(got.passages[3].id, "file:notes_sample.txt:4");
  EXPECT_EQ(got.passages[3].text.rfind("Fever, loin pain", 0), 0u);
  const DocumentMeta& meta = got.passages[0].meta;
  EXPECT_EQ(meta.title, "Urinary tract infection in women: notes (SAMPLE)");
  EXPECT_EQ(meta.publisher, "Sanus Sample Notes");
  EXPECT_EQ(meta.year, 2023);
  EXPECT_EQ(meta.url, "https://example.org/sample/uti-notes");
  EXPECT_EQ(meta.kind, "text");
  EXPECT_EQ(got.passages[0].section, "");
}

TEST(PlainTextReader, HeadersOnlyAtTheTop) {
  std::istringstream in("First paragraph.\r\nTitle: not a header here\r\n\r\nSecond.");
  Collected got;
  ASSERT_TRUE(ReadPlainText(in, "file:a/b/c.txt", got.sink()).ok());
  ASSERT_EQ(got.passages.size(), 2u);
  EXPECT_EQ(got.passages[0].text, "First paragraph. Title: not a header here");
  EXPECT_EQ(got.passages[1].text, "Second.");
  EXPECT_EQ(got.passages[0].meta.title, "c");
}

TEST(PlainTextReader, InvalidUtf8IsAnError) {
  std::istringstream in("ok\nbad \xc3\x28 byte\n");
  Collected got;
  const Status status = ReadPlainText(in, "file:x.txt", got.sink());
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message().rfind("line 2, column 5", 0), 0u) << status.message();
}

// ---- Passage text ------------------------------------------------------------------------

TEST(PassageText, SplitsLongTextAtSentenceBoundaries) {
  std::string text;
  for (int i = 0; text.size() < 3000; ++i) {
    text += "Sentence " + std::to_string(i) + " says something, e.g. Something useful. ";
  }
  text = corpus::NormaliseWhitespace(text);
  const std::vector<std::string> pieces = corpus::SplitIntoPassages(text);
  ASSERT_EQ(pieces.size(), 3u);
  std::string joined;
  for (const std::string& piece : pieces) {
    EXPECT_LE(piece.size(), corpus::kMaxPassageChars);
    EXPECT_GT(piece.size(), 800u);  // balanced, not two full pieces and a scrap
    EXPECT_EQ(piece.rfind("Sentence ", 0), 0u) << piece;
    EXPECT_EQ(piece.back(), '.');
    joined += (joined.empty() ? "" : " ") + piece;
  }
  EXPECT_EQ(joined, text);
}

TEST(PassageText, HardSplitsASentenceWithoutSpacesOnCharacterBoundaries) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "\u00e9";  // 2,000 bytes, no space
  const std::vector<std::string> pieces = corpus::SplitIntoPassages(text);
  ASSERT_EQ(pieces.size(), 2u);
  for (const std::string& piece : pieces) {
    EXPECT_LE(piece.size(), corpus::kMaxPassageChars);
    EXPECT_TRUE(corpus::CheckTextLine(piece, 1).ok());
  }
  EXPECT_EQ(pieces[0] + pieces[1], text);
}

TEST(PassageText, ShortAndEmptyText) {
  EXPECT_TRUE(corpus::SplitIntoPassages("").empty());
  EXPECT_EQ(corpus::SplitIntoPassages("One. Two."), std::vector<std::string>{"One. Two."});
  EXPECT_EQ(corpus::NormaliseWhitespace(" \t a\u00a0\u00a0b\n\nc \u202f"), "a b c");
}

TEST(PassageText, ParsesYears) {
  EXPECT_EQ(corpus::ParseYear("2021-03-04"), 2021);
  EXPECT_EQ(corpus::ParseYear("1998 Dec-1999 Jan"), 1998);
  EXPECT_EQ(corpus::ParseYear("15/03/2019"), 2019);
  EXPECT_EQ(corpus::ParseYear("12345 and 0999"), 0);
  EXPECT_EQ(corpus::ParseYear(""), 0);
}

// ---- ReadCorpusFile ----------------------------------------------------------------------

TEST_F(CorpusFileTest, DispatchesByExtension) {
  Collected got;
  ASSERT_TRUE(ReadCorpusFile(Write("a.TXT", "Plain."), got.sink()).ok());
  ASSERT_TRUE(ReadCorpusFile(Write("b.markdown", "*Marked.*"), got.sink()).ok());
  ASSERT_TRUE(ReadCorpusFile(Write("c.htm", "<p>Hyper.</p>"), got.sink()).ok());
  ASSERT_EQ(got.passages.size(), 3u);
  EXPECT_EQ(got.passages[0].meta.kind, "text");
  EXPECT_EQ(got.passages[1].meta.kind, "markdown");
  EXPECT_EQ(got.passages[1].text, "Marked.");
  EXPECT_EQ(got.passages[2].meta.kind, "html");
  EXPECT_EQ(got.passages[2].id, "file:" + (dir_ / "c.htm").generic_string() + ":1");
  EXPECT_EQ(CorpusFormatOf("x/y.XML").value(), CorpusFormat::kPubmedXml);
}

TEST_F(CorpusFileTest, UnknownTypeMissingFileAndDirectoryAreErrors) {
  Collected got;
  const Status pdf = ReadCorpusFile(Write("paper.pdf", "%PDF-1.7"), got.sink());
  EXPECT_EQ(pdf.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(pdf.message().find("'.pdf'"), std::string::npos) << pdf.message();
  EXPECT_EQ(ReadCorpusFile((dir_ / "none.md").string(), got.sink()).code(), StatusCode::kNotFound);
  fs::create_directory(dir_ / "folder.md");
  EXPECT_EQ(ReadCorpusFile((dir_ / "folder.md").string(), got.sink()).code(),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(ReadCorpusFile(Write("noext", "x"), got.sink()).code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(got.passages.empty());
}

TEST_F(CorpusFileTest, ReaderErrorsNameTheFile) {
  const std::string path = Write("broken.xml", "<PubmedArticleSet>\n<PubmedArticle>\n");
  Collected got;
  const Status status = ReadCorpusFile(path, got.sink());
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message().rfind(path + ": line ", 0), 0u) << status.message();
}

TEST_F(CorpusFileTest, ReportsProgress) {
  GeneratedPubmed generator(3000);
  std::ostringstream xml;
  xml << &generator;
  const std::string path = Write("many.xml", xml.str());
  const uint64_t size = fs::file_size(path);
  ASSERT_GT(size, 3u * 256 * 1024);
  std::vector<std::pair<uint64_t, uint64_t>> calls;
  std::size_t passages = 0;
  const Status status = ReadCorpusFile(
      path, [&](SourcePassage&&) { ++passages; },
      [&](uint64_t read, uint64_t total) { calls.emplace_back(read, total); });
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(passages, 6000u);
  ASSERT_GE(calls.size(), 4u);
  for (std::size_t i = 0; i < calls.size(); ++i) {
    EXPECT_EQ(calls[i].second, size);
    EXPECT_LE(calls[i].first, size);
    if (i > 0) {
      EXPECT_GT(calls[i].first, calls[i - 1].first);
    }
  }
  EXPECT_EQ(calls.back().first, size);
}

}  // namespace
}  // namespace sanus::ask
