// The evaluation report `sanus eval --report FILE.md` writes: accuracy by system and by age
// group, the triage confusion table, and a calibration plot (an SVG beside the report) of the
// differential's probabilities against how often they were right.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "eval_cases.h"
#include "sanus/assessment.h"
#include "sanus/status.h"

namespace sanus::tools {

class EvalReport {
 public:
  void Add(const EvalCase& c, const Assessment& a);
  // Writes the Markdown report and, beside it, <name>-calibration.svg.
  Status Write(const std::string& path, const std::string& command, const std::string& knowledge_version) const;

 private:
  struct Row {
    int cases = 0, top1 = 0, top3 = 0, triage = 0, under = 0, over = 0;
  };
  void Count(Row& r, int rank, TriageLevel gold, TriageLevel got) const;

  Row all_;
  std::map<std::string, Row> by_group_, by_age_;
  int confusion_[5][5] = {};
  // (probability, whether it was the gold condition) for every condition listed.
  std::vector<std::pair<double, bool>> predictions_;
};

}  // namespace sanus::tools
