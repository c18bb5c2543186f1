// Retrieval for `sanus ask`: Xapian against SQLite FTS5 on the same 100,000 synthetic passages.
// Measures the time of one top-10 query (each iteration runs the next query of the fixed set,
// cycling), the time to build each index from scratch (with its size on disk), and how far the
// two engines agree: `overlap_at_10` is the fraction of Xapian's top 10 that is also in FTS5's
// top 10, averaged over the query set.
//
// Both engines see the same fields (title, then text), stem English (Xapian's Porter2
// "english", FTS5's Porter), drop the same stopwords from queries, OR the remaining terms and
// rank by BM25 with the same k1 = 1.2 and b = 0.75 (FTS5's fixed values; Xapian's defaults are
// k1 = 1, b = 0.5), so that the overlap shows what the engines themselves do differently.
// Each index is built in one transaction and committed once, with each engine's default
// durability (both fsync on commit).
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "synthetic_corpus.h"

namespace {

using sanus::bench::SyntheticPassage;

constexpr std::size_t kCorpusSize = 100'000;
constexpr int kTopK = 10;
constexpr double kBm25K1 = 1.2;
constexpr double kBm25B = 0.75;

// A small English stopword list: function words that carry nothing for retrieval.
constexpr std::string_view kStopwords[] = {
    "a",     "about", "an",    "and",  "are",   "as",   "at",   "be",  "but",    "by",
    "can",   "do",    "for",   "from", "how",   "i",    "if",   "in",  "is",     "it",
    "me",    "much",  "my",    "no",   "not",   "of",   "on",   "or",  "should", "so",
    "that",  "the",   "their", "them", "there", "this", "to",   "was", "what",   "when",
    "which", "while", "who",   "will", "with",  "you",  "your",
};

// 1-based position of a passage in the corpus: Xapian's docid and the FTS5 rowid alike.
using PassageNumber = std::int64_t;

const std::vector<SyntheticPassage>& Corpus() {
  static const auto corpus = sanus::bench::GenerateSyntheticCorpus(kCorpusSize);
  return corpus;
}

[[noreturn]] void Fail(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "retrieval_bench: %.*s: %.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(detail.size()), detail.data());
  std::abort();
}

// A fresh directory under the system temporary directory, removed with its contents when the
// object is destroyed.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "sanus-retrieval-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) Fail("mkdtemp", pattern);
    path_ = pattern;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }

  std::string Path(std::string_view name) const { return (path_ / name).string(); }

  // Total size of the files under the directory, in bytes.
  std::uintmax_t SizeBytes() const {
    std::uintmax_t total = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path_)) {
      if (entry.is_regular_file()) total += entry.file_size();
    }
    return total;
  }

 private:
  std::filesystem::path path_;
};

// ---- Xapian ----

void BuildXapianIndex(const std::string& path, std::span<const SyntheticPassage> passages) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator indexer;
  indexer.set_stemmer(Xapian::Stem("english"));
  indexer.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  for (const auto& passage : passages) {
    Xapian::Document doc;
    indexer.set_document(doc);
    indexer.index_text(passage.title);
    indexer.increase_termpos();  // no phrase spans the title and the text
    indexer.index_text(passage.text);
    doc.set_data(passage.id);
    db.add_document(doc);  // docids run 1, 2, ... in corpus order
  }
  db.commit();
}

// Runs top-10 queries against one Xapian database. Not thread-safe.
class XapianSearcher {
 public:
  explicit XapianSearcher(const std::string& path)
      : db_(path), enquire_(db_), stopper_(std::begin(kStopwords), std::end(kStopwords)) {
    parser_.set_database(db_);
    parser_.set_stemmer(Xapian::Stem("english"));
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(Xapian::Query::OP_OR);
    parser_.set_stopper(&stopper_);
    enquire_.set_weighting_scheme(Xapian::BM25Weight(kBm25K1, 0, 1, kBm25B, 0.5));
  }

  std::vector<PassageNumber> TopTen(const std::string& query) {
    enquire_.set_query(parser_.parse_query(query));
    const Xapian::MSet matches = enquire_.get_mset(0, kTopK);
    std::vector<PassageNumber> numbers;
    numbers.reserve(kTopK);
    for (auto it = matches.begin(); it != matches.end(); ++it) numbers.push_back(*it);
    return numbers;
  }

 private:
  Xapian::Database db_;
  Xapian::Enquire enquire_;
  Xapian::SimpleStopper stopper_;
  Xapian::QueryParser parser_;
};

// ---- SQLite FTS5 ----

void Exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error != nullptr ? error : "unknown error";
    sqlite3_free(error);
    Fail(sql, message);
  }
}

sqlite3* OpenSqlite(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    Fail(path, db != nullptr ? sqlite3_errmsg(db) : "out of memory");
  }
  return db;
}

sqlite3_stmt* Prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    Fail(sql, sqlite3_errmsg(db));
  }
  return stmt;
}

void BuildFts5Index(const std::string& path, std::span<const SyntheticPassage> passages) {
  sqlite3* db = OpenSqlite(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  Exec(db,
       "CREATE VIRTUAL TABLE passages USING fts5(id UNINDEXED, title, text, "
       "tokenize='porter unicode61')");
  Exec(db, "BEGIN");
  sqlite3_stmt* insert =
      Prepare(db, "INSERT INTO passages(rowid, id, title, text) VALUES (?1, ?2, ?3, ?4)");
  PassageNumber number = 0;
  for (const auto& passage : passages) {
    sqlite3_bind_int64(insert, 1, ++number);
    sqlite3_bind_text(insert, 2, passage.id.data(), static_cast<int>(passage.id.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(insert, 3, passage.title.data(), static_cast<int>(passage.title.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(insert, 4, passage.text.data(), static_cast<int>(passage.text.size()),
                      SQLITE_STATIC);
    if (sqlite3_step(insert) != SQLITE_DONE) Fail("insert", sqlite3_errmsg(db));
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  Exec(db, "COMMIT");
  sqlite3_close(db);
}

bool IsStopword(std::string_view word) {
  return std::find(std::begin(kStopwords), std::end(kStopwords), word) != std::end(kStopwords);
}

// The FTS5 MATCH expression for a query typed by a person: each whitespace-separated word that
// is not a stopword, as an FTS5 string ("..." with inner quotes doubled, so no word can be read
// as an operator or column filter), joined with OR. All words are kept when all are stopwords.
std::string Fts5MatchExpression(std::string_view query) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i <= query.size(); ++i) {
    const char c = i < query.size() ? query[i] : ' ';
    if (c != ' ' && c != '\t' && c != '\n') {
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  const bool all_stopwords = std::all_of(words.begin(), words.end(), IsStopword);
  std::string expression;
  for (const auto& w : words) {
    if (!all_stopwords && IsStopword(w)) continue;
    if (!expression.empty()) expression += " OR ";
    expression += '"';
    for (const char c : w) {
      if (c == '"') expression += '"';
      expression += c;
    }
    expression += '"';
  }
  return expression;
}

// Runs top-10 queries against one FTS5 database. Not thread-safe.
class Fts5Searcher {
 public:
  explicit Fts5Searcher(const std::string& path)
      : db_(OpenSqlite(path, SQLITE_OPEN_READONLY)),
        query_(Prepare(db_,
                       "SELECT rowid FROM passages WHERE passages MATCH ?1 "
                       "ORDER BY bm25(passages) LIMIT ?2")) {
    sqlite3_bind_int(query_, 2, kTopK);  // kept across sqlite3_reset
  }
  Fts5Searcher(const Fts5Searcher&) = delete;
  Fts5Searcher& operator=(const Fts5Searcher&) = delete;
  ~Fts5Searcher() {
    sqlite3_finalize(query_);
    sqlite3_close(db_);
  }

  std::vector<PassageNumber> TopTen(std::string_view query) {
    const std::string match = Fts5MatchExpression(query);
    sqlite3_bind_text(query_, 1, match.data(), static_cast<int>(match.size()), SQLITE_STATIC);
    std::vector<PassageNumber> numbers;
    numbers.reserve(kTopK);
    int rc;
    while ((rc = sqlite3_step(query_)) == SQLITE_ROW)
      numbers.push_back(sqlite3_column_int64(query_, 0));
    if (rc != SQLITE_DONE) Fail(match, sqlite3_errmsg(db_));
    sqlite3_reset(query_);
    return numbers;
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* query_;
};

// ---- Shared indexes, built once per process ----

struct SharedIndexes {
  TempDir dir;
  std::string xapian_path = dir.Path("xapian");
  std::string fts5_path = dir.Path("fts5.sqlite");

  SharedIndexes() {
    BuildXapianIndex(xapian_path, Corpus());
    BuildFts5Index(fts5_path, Corpus());
  }
};

const SharedIndexes& Indexes() {
  static const SharedIndexes indexes;
  return indexes;
}

// Fraction of Xapian's top 10 also in FTS5's top 10, averaged over the queries for which
// Xapian finds anything.
double OverlapAtTen() {
  static const double overlap = [] {
    XapianSearcher xapian(Indexes().xapian_path);
    Fts5Searcher fts5(Indexes().fts5_path);
    double sum = 0;
    int counted = 0;
    for (const auto& query : sanus::bench::SyntheticQueries()) {
      const auto x = xapian.TopTen(query);
      const auto f = fts5.TopTen(query);
      if (x.empty()) continue;
      const auto shared = std::count_if(x.begin(), x.end(), [&](PassageNumber n) {
        return std::find(f.begin(), f.end(), n) != f.end();
      });
      sum += static_cast<double>(shared) / static_cast<double>(x.size());
      ++counted;
    }
    return counted == 0 ? 0.0 : sum / counted;
  }();
  return overlap;
}

// ---- Benchmarks ----

benchmark::IterationCount QuerySetSize() {
  return static_cast<benchmark::IterationCount>(sanus::bench::SyntheticQueries().size());
}

template <typename Searcher>
void RunQueries(benchmark::State& state, const std::string& index_path) {
  const auto& queries = sanus::bench::SyntheticQueries();
  const double overlap = OverlapAtTen();
  Searcher searcher(index_path);
  std::size_t next = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(searcher.TopTen(queries[next]));
    next = next + 1 == queries.size() ? 0 : next + 1;
  }
  state.counters["overlap_at_10"] = overlap;
}

void XapianTopTenQuery(benchmark::State& state) {
  RunQueries<XapianSearcher>(state, Indexes().xapian_path);
}

void Fts5TopTenQuery(benchmark::State& state) {
  RunQueries<Fts5Searcher>(state, Indexes().fts5_path);
}

template <void (*Build)(const std::string&, std::span<const SyntheticPassage>)>
void RunBuild(benchmark::State& state, std::string_view name) {
  const auto& corpus = Corpus();
  std::uintmax_t size_bytes = 0;
  for (auto _ : state) {
    // Only the build is timed: not making the directory, measuring or removing the index.
    state.PauseTiming();
    auto dir = std::make_unique<TempDir>();
    state.ResumeTiming();
    Build(dir->Path(name), corpus);
    state.PauseTiming();
    size_bytes = dir->SizeBytes();
    dir.reset();
    state.ResumeTiming();
  }
  state.counters["passages"] = static_cast<double>(corpus.size());
  state.counters["index_MB"] = static_cast<double>(size_bytes) / (1024.0 * 1024.0);
}

void XapianBuildIndex(benchmark::State& state) { RunBuild<BuildXapianIndex>(state, "xapian"); }

void Fts5BuildIndex(benchmark::State& state) { RunBuild<BuildFts5Index>(state, "fts5.sqlite"); }

}  // namespace

// One pass over the query set per run, so that both engines are timed on the same mix of
// queries (a time-based iteration count would give FTS5 only the first few).
BENCHMARK(XapianTopTenQuery)->Unit(benchmark::kMicrosecond)->Iterations(QuerySetSize());
BENCHMARK(Fts5TopTenQuery)->Unit(benchmark::kMicrosecond)->Iterations(QuerySetSize());
BENCHMARK(XapianBuildIndex)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(Fts5BuildIndex)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
