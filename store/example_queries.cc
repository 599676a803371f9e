// Example and concept reads for the viewer (see example_queries.h for the ranking contract).
#include "store/example_queries.h"

#include <map>

namespace faultline::store {

Result<std::vector<ExampleFinding>> query_examples(Database& db, const std::string& concept_id,
                                                   ExampleOrder order, int64_t offset, int64_t limit) {
  // Both directions name every key column in the same direction: the index is walked, not sorted.
  static const char* const k_best =
      "SELECT f.blob_oid, f.ordinal, f.language, f.region_kind, f.region_name, f.start_line, f.end_line,"
      " f.quality, f.signals FROM findings f INDEXED BY findings_by_concept"
      " WHERE f.concept = ?1 AND f.presence = 1"
      " AND EXISTS (SELECT 1 FROM repo_files rf WHERE rf.blob_oid = f.blob_oid)"
      " ORDER BY f.quality DESC, f.blob_oid DESC, f.ordinal DESC LIMIT ?2 OFFSET ?3";
  static const char* const k_worst =
      "SELECT f.blob_oid, f.ordinal, f.language, f.region_kind, f.region_name, f.start_line, f.end_line,"
      " f.quality, f.signals FROM findings f INDEXED BY findings_by_concept"
      " WHERE f.concept = ?1 AND f.presence = 1"
      " AND EXISTS (SELECT 1 FROM repo_files rf WHERE rf.blob_oid = f.blob_oid)"
      " ORDER BY f.quality ASC, f.blob_oid ASC, f.ordinal ASC LIMIT ?2 OFFSET ?3";
  auto statement = db.prepare(order == ExampleOrder::best ? k_best : k_worst);
  if (!statement.ok()) return statement.error().within("examples of " + concept_id);
  statement->bind(1, concept_id).bind(2, limit).bind(3, offset);
  std::vector<ExampleFinding> out;
  for (;;) {
    auto row = statement->step();
    if (!row.ok()) return row.error().within("examples of " + concept_id);
    if (!*row) break;
    ExampleFinding finding;
    finding.blob_oid = statement->text(0);
    finding.concept_id = concept_id;
    finding.ordinal = statement->int64(1);
    finding.language = statement->text(2);
    finding.region_kind = statement->text(3);
    finding.region_name = statement->text(4);
    finding.start_line = statement->int64(5);
    finding.end_line = statement->int64(6);
    finding.quality = statement->real(7);
    finding.signals = statement->text(8);
    out.push_back(std::move(finding));
  }
  return out;
}

Result<std::optional<ExampleLocation>> query_example_location(Database& db, const std::string& blob_oid) {
  auto statement = db.prepare(
      "SELECT r.name, rf.path, coalesce(r.head_oid, ''), r.web_template,"
      " (SELECT count(*) FROM repo_files o WHERE o.blob_oid = ?1) - 1"
      " FROM repo_files rf JOIN repos r ON r.id = rf.repo_id WHERE rf.blob_oid = ?1"
      " ORDER BY r.name, rf.path LIMIT 1");
  if (!statement.ok()) return statement.error().within("location of blob " + blob_oid);
  statement->bind(1, blob_oid);
  auto row = statement->step();
  if (!row.ok()) return row.error().within("location of blob " + blob_oid);
  if (!*row) return std::optional<ExampleLocation>();
  ExampleLocation location;
  location.repo = statement->text(0);
  location.path = statement->text(1);
  location.head_oid = statement->text(2);
  location.web_template = statement->optional_text(3);
  location.other_locations = statement->int64(4);
  return std::optional<ExampleLocation>(std::move(location));
}

Result<std::optional<std::string>> query_blob_text(Database& db, const std::string& blob_oid) {
  auto statement = db.prepare("SELECT text FROM blob_text WHERE oid = ?1");
  if (!statement.ok()) return statement.error().within("text of blob " + blob_oid);
  statement->bind(1, blob_oid);
  auto row = statement->step();
  if (!row.ok()) return row.error().within("text of blob " + blob_oid);
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(statement->text(0));
}

Result<std::vector<ConceptTotals>> query_concept_totals(Database& db) {
  std::map<std::string, ConceptTotals> by_concept;
  // Covered by findings_by_concept: no table rows are read.
  auto all = db.prepare(
      "SELECT concept, count(*), avg(quality) FROM findings INDEXED BY findings_by_concept GROUP BY concept");
  if (!all.ok()) return all.error().within("concept totals");
  for (;;) {
    auto row = all->step();
    if (!row.ok()) return row.error().within("concept totals");
    if (!*row) break;
    auto& totals = by_concept[all->text(0)];
    totals.concept_id = all->text(0);
    totals.findings = all->int64(1);
    totals.mean_quality = all->real(2);
  }
  auto head = db.prepare(
      "SELECT cc.concept, sum(cc.eligible_regions), sum(cc.findings), sum(cc.quality_sum)"
      " FROM repos r JOIN commits c ON c.repo_id = r.id AND c.oid = r.head_oid"
      " JOIN commit_concepts cc ON cc.commit_id = c.id AND cc.scope = ''"
      " GROUP BY cc.concept");
  if (!head.ok()) return head.error().within("concept totals at heads");
  for (;;) {
    auto row = head->step();
    if (!row.ok()) return row.error().within("concept totals at heads");
    if (!*row) break;
    auto& totals = by_concept[head->text(0)];
    totals.concept_id = head->text(0);
    totals.head_eligible_regions = head->int64(1);
    totals.head_findings = head->int64(2);
    totals.head_quality_sum = head->real(3);
  }
  std::vector<ConceptTotals> out;
  out.reserve(by_concept.size());
  for (auto& [name, totals] : by_concept) out.push_back(std::move(totals));
  return out;
}

}  // namespace faultline::store
