// Renders a model report. Text and Markdown share one walk over the same sections — header,
// metrics, rankings, coefficients — through a tiny table type that knows how to print
// itself either as aligned columns or as a Markdown table.
#include "model/report.h"

#include <cmath>
#include <ctime>
#include <iomanip>
#include <sstream>
#include <vector>

namespace faultline::model {
namespace {

std::string date(int64_t t) {
  std::time_t time = static_cast<std::time_t>(t);
  std::tm parts{};
  gmtime_r(&time, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &parts);
  return buffer;
}

std::string fixed(double value, int digits = 3) {
  if (!std::isfinite(value)) return "-";
  std::ostringstream out;
  out << std::fixed << std::setprecision(digits) << value;
  return out.str();
}

std::string signed_fixed(double value, int digits = 3) {
  std::string text = fixed(value, digits);
  return (std::isfinite(value) && value >= 0 ? "+" : "") + text;
}

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  void print(std::ostream& out, bool markdown) const {
    if (markdown) {
      auto line = [&](const std::vector<std::string>& cells) {
        out << "|";
        for (const auto& cell : cells) out << " " << cell << " |";
        out << "\n";
      };
      line(header);
      out << "|";
      for (size_t i = 0; i < header.size(); ++i) out << (i == 0 ? " --- |" : " ---: |");
      out << "\n";
      for (const auto& row : rows) line(row);
      return;
    }
    std::vector<size_t> widths(header.size(), 0);
    for (size_t i = 0; i < header.size(); ++i) widths[i] = header[i].size();
    for (const auto& row : rows)
      for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const std::vector<std::string>& cells) {
      for (size_t i = 0; i < cells.size(); ++i) {
        if (i == 0)
          out << "  " << std::left << std::setw(static_cast<int>(widths[i])) << cells[i];
        else
          out << "  " << std::right << std::setw(static_cast<int>(widths[i])) << cells[i];
      }
      out << "\n";
    };
    line(header);
    for (const auto& row : rows) line(row);
  }
};

void heading(std::ostream& out, bool markdown, const std::string& title) {
  if (markdown)
    out << "\n### " << title << "\n\n";
  else
    out << "\n" << title << "\n";
}

const char* target_title(const std::string& target) {
  if (target == "rate") return "incident rate";
  if (target == "severity") return "severity level (1 worst)";
  return "time to resolution (log)";
}

std::string effect_text(const TargetModel& target, const RankedEffect& effect) {
  if (target.target == "rate") return "rate x" + fixed(effect.effect, 2);
  if (target.target == "severity") return signed_fixed(effect.effect, 2) + " levels";
  return "TTR x" + fixed(effect.effect, 2);
}

// "protective" or "risk" when the effect is two standard errors or more from zero, else
// "unclear". Lower rate, milder severity (a higher level number), faster resolution are better.
std::string reading(const TargetModel& target, const RankedEffect& effect) {
  if (!(effect.se > 0) || std::abs(effect.coef) < 2 * effect.se) return "unclear";
  bool better = target.target == "severity" ? effect.coef > 0 : effect.coef < 0;
  return better ? "protective" : "risk";
}

std::string render_sections(const Model& model, int64_t model_id, int64_t created_at, bool markdown) {
  std::ostringstream out;
  const TargetModel* targets[] = {&model.rate, &model.severity, &model.log_ttr};
  if (markdown)
    out << "## faultline model #" << model_id << "\n\n";
  else
    out << "faultline model #" << model_id << "\n";
  out << "Trained " << date(created_at) << " on " << model.rows << " service-windows of "
      << fixed(static_cast<double>(model.window_s) / 86400.0, 0) << " days (" << model.services.size()
      << " services, " << model.incidents << " incidents), " << date(model.span_start) << " to "
      << date(model.span_end - 1) << "; held out from " << date(model.holdout_start) << ".\n";

  heading(out, markdown, "Held-out windows: model against each service's historical mean");
  Table metrics{
      {"target", "windows", "deviance", "baseline", "MAE", "baseline", "Spearman", "baseline", "penalty"},
      {}};
  for (const TargetModel* target : targets) {
    if (!target->fitted) {
      metrics.rows.push_back({target->target, "-", "-", "-", "-", "-", "-", "-", "-"});
      continue;
    }
    metrics.rows.push_back(
        {target->target, std::to_string(target->holdout_observations), fixed(target->model.deviance),
         fixed(target->baseline.deviance), fixed(target->model.mae), fixed(target->baseline.mae),
         fixed(target->model.spearman), fixed(target->baseline.spearman), fixed(target->penalty, 2)});
  }
  metrics.print(out, markdown);
  out << (markdown ? "\n" : "")
      << "Deviance: Poisson deviance for the rate, squared error for the others; lower is better.\n";
  for (const TargetModel* target : targets)
    if (!target->note.empty())
      out << (markdown ? "\n- " : "  ") << target->target << ": " << target->note << "\n";

  for (const TargetModel* target : targets) {
    auto ranked = rank_concepts(model, *target);
    if (ranked.empty()) continue;
    heading(out, markdown,
            std::string(target == &model.rate ? "What matters most for production: " : "Effects on ") +
                target_title(target->target) + ", per +1 SD");
    Table table{{"#", "concept feature", "effect", "coef", "SE", "z", "reading"}, {}};
    for (size_t i = 0; i < ranked.size(); ++i) {
      const auto& effect = ranked[i];
      table.rows.push_back({std::to_string(i + 1), effect.feature, effect_text(*target, effect),
                            signed_fixed(effect.coef), fixed(effect.se),
                            effect.se > 0 ? signed_fixed(effect.coef / effect.se, 1) : "-",
                            reading(*target, effect)});
    }
    table.print(out, markdown);
  }

  heading(out, markdown,
          "Coefficients per +1 SD of each feature (standard errors from the penalised information matrix)");
  Table coefficients{{"feature", "mean", "SD", "rate", "SE", "severity", "SE", "log_ttr", "SE"}, {}};
  auto cells = [](const TargetModel& target, double coef, double se) -> std::vector<std::string> {
    if (!target.fitted) return {"-", "-"};
    return {signed_fixed(coef), fixed(se)};
  };
  {
    std::vector<std::string> row = {"(intercept)", "", ""};
    for (const TargetModel* target : targets)
      for (auto& cell : cells(*target, target->intercept, target->intercept_se)) row.push_back(cell);
    coefficients.rows.push_back(row);
  }
  for (size_t j = 0; j < model.features.size(); ++j) {
    const auto& feature = model.features[j];
    std::vector<std::string> row = {feature.name + (feature.constant ? " (constant)" : ""),
                                    fixed(feature.mean), fixed(feature.sd)};
    for (const TargetModel* target : targets)
      for (auto& cell : cells(*target, target->coef[j], target->se[j])) row.push_back(cell);
    coefficients.rows.push_back(row);
  }
  coefficients.print(out, markdown);
  return out.str();
}

}  // namespace

Result<ReportFormat> parse_report_format(const std::string& name) {
  if (name == "text") return ReportFormat::k_text;
  if (name == "markdown" || name == "md") return ReportFormat::k_markdown;
  if (name == "json") return ReportFormat::k_json;
  return Error("unknown report format '" + name + "' (text, json or markdown)");
}

std::string render_report(const Model& model, int64_t model_id, int64_t created_at, ReportFormat format) {
  if (format == ReportFormat::k_json) {
    nlohmann::json out = {{"model_id", model_id}, {"created_at", created_at}, {"model", to_json(model)}};
    return out.dump(2) + "\n";
  }
  return render_sections(model, model_id, created_at, format == ReportFormat::k_markdown);
}

}  // namespace faultline::model
