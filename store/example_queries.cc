// Example and concept reads for the viewer (see example_queries.h for the ranking contract).
#include "store/example_queries.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace faultline::store {

namespace {

bool has_head_findings(Database& db) {
  auto found =
      db.query_int("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'head_findings'");
  return found.ok() && *found > 0;
}

// The page's SQL: ?1 concept, ?2 limit, ?3 offset, ?4..?6 the key to page from. `descending`
// is the direction of the walk (the order's, flipped when paging before a key).
std::string page_sql(bool head_table, bool descending, bool keyed) {
  const std::string dir = descending ? " DESC" : " ASC";
  const std::string beyond = descending ? " < " : " > ";
  const std::string columns =
      "f.blob_oid, f.ordinal, f.language, f.region_kind, f.region_name, f.start_line, f.end_line, f.quality, "
      "f.signals";
  if (head_table) {
    // The inner query pages on head_findings alone; only the page's rows are joined.
    return "SELECT " + columns +
           " FROM (SELECT concept, quality, blob_oid, ordinal FROM head_findings"
           " WHERE concept = ?1" +
           (keyed ? " AND (quality, blob_oid, ordinal)" + beyond + "(?4, ?5, ?6)" : "") +
           " ORDER BY quality" + dir + ", blob_oid" + dir + ", ordinal" + dir +
           " LIMIT ?2 OFFSET ?3) h"
           " JOIN findings f ON f.blob_oid = h.blob_oid AND f.concept = h.concept AND f.ordinal = h.ordinal"
           " ORDER BY h.quality" +
           dir + ", h.blob_oid" + dir + ", h.ordinal" + dir;
  }
  return "SELECT " + columns +
         " FROM findings f INDEXED BY findings_by_concept"
         " WHERE f.concept = ?1 AND f.presence = 1"
         " AND EXISTS (SELECT 1 FROM repo_files rf WHERE rf.blob_oid = f.blob_oid)" +
         (keyed ? " AND (f.quality, f.blob_oid, f.ordinal)" + beyond + "(?4, ?5, ?6)" : "") +
         " ORDER BY f.quality" + dir + ", f.blob_oid" + dir + ", f.ordinal" + dir + " LIMIT ?2 OFFSET ?3";
}

bool is_hex(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  });
}

}  // namespace

Result<std::vector<ExampleFinding>> query_examples(Database& db, const std::string& concept_id,
                                                   const ExamplePage& page) {
  const std::optional<ExampleKey>& key = page.after ? page.after : page.before;
  bool descending = (page.order == ExampleOrder::best) != page.before.has_value();
  auto statement = db.prepare(page_sql(has_head_findings(db), descending, key.has_value()));
  if (!statement.ok()) return statement.error().within("examples of " + concept_id);
  statement->bind(1, concept_id).bind(2, page.limit).bind(3, key ? int64_t{0} : page.offset);
  if (key) statement->bind(4, key->quality).bind(5, key->blob_oid).bind(6, key->ordinal);
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
  if (page.before) std::reverse(out.begin(), out.end());  // walked away from the key: back to `order`
  return out;
}

Result<std::vector<ExampleFinding>> query_examples(Database& db, const std::string& concept_id,
                                                   ExampleOrder order, int64_t offset, int64_t limit) {
  ExamplePage page;
  page.order = order;
  page.offset = offset;
  page.limit = limit;
  return query_examples(db, concept_id, page);
}

ExampleKey example_key(const ExampleFinding& finding) {
  return {finding.quality, finding.blob_oid, finding.ordinal};
}

std::string example_key_token(const ExampleKey& key) {
  char quality[32];
  auto written = std::to_chars(quality, quality + sizeof quality, key.quality);  // shortest exact form
  return std::string(quality, written.ptr) + "_" + key.blob_oid + "_" + std::to_string(key.ordinal);
}

std::optional<ExampleKey> parse_example_key_token(const std::string& text) {
  size_t first = text.find('_');
  size_t last = text.rfind('_');
  if (first == std::string::npos || first == last || text.size() > 128) return std::nullopt;
  ExampleKey key;
  const char* begin = text.data();
  auto quality = std::from_chars(begin, begin + first, key.quality);
  if (quality.ec != std::errc() || quality.ptr != begin + first || !std::isfinite(key.quality))
    return std::nullopt;
  key.blob_oid = text.substr(first + 1, last - first - 1);
  if (!is_hex(key.blob_oid)) return std::nullopt;
  auto ordinal = std::from_chars(begin + last + 1, begin + text.size(), key.ordinal);
  if (ordinal.ec != std::errc() || ordinal.ptr != begin + text.size() || key.ordinal < 0) return std::nullopt;
  return key;
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
