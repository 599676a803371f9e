// The reads behind the viewer's concept pages: ranked examples of a concept drawn from the
// repositories' head trees, where each example lives, its text, and per-concept totals.
//
// Examples are present findings whose blob is in some repository's head tree, ranked by the
// key (quality, blob_oid, ordinal), best = descending, worst = ascending. The table
// head_findings (schema.cc, kept by triggers) holds exactly those findings keyed in that
// order, so a page is a range of one B-tree: after a key (keyset paging) it costs its length
// alone; at an offset it costs the offset's index entries, never a look at history. Only the
// rows shown are joined with findings for their columns. Databases made before head_findings
// existed fall back to walking findings_by_concept and probing repo_files (slow when deep).
//
// Thread-safety: plain functions over a Database the caller holds for the call.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/database.h"

namespace faultline::store {

struct ExampleFinding {
  std::string blob_oid;
  std::string concept_id;
  int64_t ordinal = 0;
  std::string language;
  std::string region_kind;
  std::string region_name;
  int64_t start_line = 0;
  int64_t end_line = 0;
  double quality = 0;
  std::string signals;  // the stored JSON array of {name, weight, line}
};

struct ExampleLocation {
  std::string repo;
  std::string path;
  std::string head_oid;                     // "" when the repository has none recorded
  std::optional<std::string> web_template;  // "https://host/.../blob/{commit}/{path}#L{start}-L{end}"
  int64_t other_locations = 0;              // further (repo, path) pairs holding the same blob
};

enum class ExampleOrder { best, worst };

// A finding's place in a concept's ranking.
struct ExampleKey {
  double quality = 0;
  std::string blob_oid;
  int64_t ordinal = 0;
};

// One page of a ranking: `limit` rows after `after` (the rows that follow it in `order`), or
// the `limit` rows nearest before `before` (returned in `order` too), or else from `offset`.
struct ExamplePage {
  ExampleOrder order = ExampleOrder::best;
  std::optional<ExampleKey> after;
  std::optional<ExampleKey> before;
  int64_t offset = 0;
  int64_t limit = 20;
};

// One page of present findings of `concept` whose blob is in a head tree, best (highest
// quality) or worst first. REQUIRES: offset >= 0, 0 < limit, not both after and before.
Result<std::vector<ExampleFinding>> query_examples(Database& db, const std::string& concept_id,
                                                   const ExamplePage& page);
// The same from an offset (kept for callers that want the first few).
Result<std::vector<ExampleFinding>> query_examples(Database& db, const std::string& concept_id,
                                                   ExampleOrder order, int64_t offset, int64_t limit);

// The text form of a key ("0.75_<blob oid>_3"), and its strict reading (nullopt when `text`
// is not one: the quality must be a finite number, the oid hexadecimal, the ordinal >= 0).
std::string example_key_token(const ExampleKey& key);
std::optional<ExampleKey> parse_example_key_token(const std::string& text);
ExampleKey example_key(const ExampleFinding& finding);

// Where `blob_oid` lives at the repositories' heads: the first (repo, path) by name, and how
// many other places hold it. nullopt when no head tree holds it.
Result<std::optional<ExampleLocation>> query_example_location(Database& db, const std::string& blob_oid);

// The stored text of a head blob, nullopt when the scanner kept none.
Result<std::optional<std::string>> query_blob_text(Database& db, const std::string& blob_oid);

struct ConceptTotals {
  std::string concept_id;
  int64_t findings = 0;     // over every analysed blob of history
  double mean_quality = 0;  // over those findings
  // At the repositories' heads (whole-repository scope), from commit_concepts.
  int64_t head_eligible_regions = 0;
  int64_t head_findings = 0;
  double head_quality_sum = 0;
};

// Every concept that has findings or head totals, sorted by id.
Result<std::vector<ConceptTotals>> query_concept_totals(Database& db);

}  // namespace faultline::store
