#include "eval_report.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sanus::tools {
namespace {

constexpr int kBins = 10;

std::string AgeGroup(const std::optional<double>& age) {
  if (!age) return "age not given";
  if (*age < 1) return "infant (under 1)";
  if (*age < 16) return "child (1-15)";
  if (*age < 65) return "adult (16-64)";
  return "older adult (65+)";
}

std::string Percent(int n, int d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", d ? 100.0 * n / d : 0.0);
  return buffer;
}

struct Bin {
  double predicted = 0;
  int hits = 0, count = 0;
};

std::vector<Bin> Bins(const std::vector<std::pair<double, bool>>& predictions) {
  std::vector<Bin> bins(kBins);
  for (const auto& [p, hit] : predictions) {
    auto& b = bins[static_cast<size_t>(std::min(kBins - 1, static_cast<int>(p * kBins)))];
    b.predicted += p;
    b.hits += hit;
    ++b.count;
  }
  return bins;
}

// A reliability diagram: predicted probability (x) against observed frequency (y), one
// point per bin sized by its count, and the diagonal of perfect calibration.
std::string CalibrationSvg(const std::vector<Bin>& bins) {
  constexpr int kSize = 360, kMargin = 50;
  const auto x = [&](double v) { return kMargin + v * kSize; };
  const auto y = [&](double v) { return kMargin + (1 - v) * kSize; };
  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kSize + 2 * kMargin << "\" height=\""
      << kSize + 2 * kMargin << "\" font-family=\"sans-serif\" font-size=\"12\">\n"
      << "<title>Calibration of the differential's probabilities</title>\n"
      << "<rect x=\"" << kMargin << "\" y=\"" << kMargin << "\" width=\"" << kSize << "\" height=\"" << kSize
      << "\" fill=\"white\" stroke=\"#444\"/>\n"
      << "<line x1=\"" << x(0) << "\" y1=\"" << y(0) << "\" x2=\"" << x(1) << "\" y2=\"" << y(1)
      << "\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n";
  for (int i = 0; i <= 10; i += 2) {
    const double v = i / 10.0;
    svg << "<text x=\"" << x(v) << "\" y=\"" << kMargin + kSize + 18 << "\" text-anchor=\"middle\">" << v
        << "</text>\n<text x=\"" << kMargin - 8 << "\" y=\"" << y(v) + 4 << "\" text-anchor=\"end\">" << v
        << "</text>\n";
  }
  svg << "<text x=\"" << x(0.5) << "\" y=\"" << kMargin + kSize + 40 << "\" text-anchor=\"middle\">predicted "
      << "probability</text>\n<text transform=\"translate(14," << y(0.5) << ") rotate(-90)\" text-anchor=\"middle\">"
      << "observed frequency</text>\n";
  std::string path;
  for (const auto& b : bins) {
    if (b.count == 0) continue;
    const double px = x(b.predicted / b.count), py = y(static_cast<double>(b.hits) / b.count);
    path += (path.empty() ? "M" : " L") + std::to_string(px) + " " + std::to_string(py);
    svg << "<circle cx=\"" << px << "\" cy=\"" << py << "\" r=\"" << 3 + std::log10(b.count + 1) * 3
        << "\" fill=\"#1f6feb\" fill-opacity=\"0.7\"><title>" << b.count << " predictions</title></circle>\n";
  }
  svg << "<path d=\"" << path << "\" fill=\"none\" stroke=\"#1f6feb\"/>\n</svg>\n";
  return svg.str();
}

}  // namespace

void EvalReport::Count(Row& r, int rank, TriageLevel gold, TriageLevel got) const {
  ++r.cases;
  r.top1 += rank == 1;
  r.top3 += rank >= 1 && rank <= 3;
  r.triage += got == gold;
  r.under += got < gold;
  r.over += got > gold;
}

void EvalReport::Add(const EvalCase& c, const Assessment& a) {
  int rank = 0;
  for (size_t i = 0; i < a.conditions.size(); ++i) {
    if (a.conditions[i].id == c.gold) rank = static_cast<int>(i) + 1;
    predictions_.emplace_back(a.conditions[i].probability, a.conditions[i].id == c.gold);
  }
  Count(all_, rank, c.triage, a.triage.level);
  Count(by_group_[c.group], rank, c.triage, a.triage.level);
  Count(by_age_[AgeGroup(c.age)], rank, c.triage, a.triage.level);
  ++confusion_[static_cast<int>(c.triage)][static_cast<int>(a.triage.level)];
}

Status EvalReport::Write(const std::string& path, const std::string& command,
                         const std::string& knowledge_version) const {
  namespace fs = std::filesystem;
  const fs::path report(path);
  const std::string svg_name = report.stem().string() + "-calibration.svg";
  const auto bins = Bins(predictions_);
  std::ofstream svg(report.parent_path() / svg_name);
  svg << CalibrationSvg(bins);
  std::ofstream md(report);
  if (!md || !svg) return Status(StatusCode::kUnavailable, "cannot write " + path);

  auto table = [&](const std::string& title, const std::map<std::string, Row>& rows) {
    md << "## " << title << "\n\n| | cases | top-1 | top-3 | triage exact | under | over |\n|---|---|---|---|---|---|---|\n";
    for (const auto& [name, r] : rows) {
      md << "| " << name << " | " << r.cases << " | " << Percent(r.top1, r.cases) << " | " << Percent(r.top3, r.cases)
         << " | " << Percent(r.triage, r.cases) << " | " << r.under << " | " << r.over << " |\n";
    }
    md << "\n";
  };
  md << "# Evaluation report\n\nProduced by `" << command << "` with knowledge version `" << knowledge_version
     << "`.\n\n";
  table("All cases", {{"all", all_}});
  table("By system", by_group_);
  table("By age group", by_age_);

  md << "## Triage confusion (rows: gold level, columns: Sanus)\n\n| gold \\ Sanus |";
  for (int j = 4; j >= 0; --j) md << " " << TriageLevelName(static_cast<TriageLevel>(j)) << " |";
  md << "\n|---|---|---|---|---|---|\n";
  for (int i = 4; i >= 0; --i) {
    md << "| " << TriageLevelName(static_cast<TriageLevel>(i)) << " |";
    for (int j = 4; j >= 0; --j) md << " " << confusion_[i][j] << " |";
    md << "\n";
  }

  double brier = 0, ece = 0;
  for (const auto& [p, hit] : predictions_) brier += (p - hit) * (p - hit);
  for (const auto& b : bins) {
    if (b.count) ece += std::abs(b.predicted - b.hits) / predictions_.size();
  }
  brier = predictions_.empty() ? 0 : brier / predictions_.size();
  md << "\n## Calibration\n\nEvery condition in every differential (up to ten a case) is a prediction; it is right when "
        "it is the gold condition. The points are "
     << kBins << " bins of predicted probability; the dashed line is perfect calibration.\n\n![Calibration plot]("
     << svg_name << ")\n\n| predicted | predictions | mean predicted | observed |\n|---|---|---|---|\n";
  for (int i = 0; i < kBins; ++i) {
    const auto& b = bins[static_cast<size_t>(i)];
    char row[128];
    std::snprintf(row, sizeof row, "| %.1f-%.1f | %d | %.3f | %.3f |\n", i / 10.0, (i + 1) / 10.0, b.count,
                  b.count ? b.predicted / b.count : 0.0, b.count ? static_cast<double>(b.hits) / b.count : 0.0);
    md << row;
  }
  char summary[160];
  std::snprintf(summary, sizeof summary, "\nBrier score %.4f; expected calibration error %.4f over %zu predictions.\n",
                brier, ece, predictions_.size());
  md << summary;
  return Status::Ok();
}

}  // namespace sanus::tools
