#include "ingest/scanner.h"

#include <chrono>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "ingest/commit_record.h"
#include "ingest/git_handles.h"
#include "ingest/history_walk.h"
#include "ingest/parallel_for.h"
#include "ingest/read_ahead.h"
#include "ingest/repository_opener.h"
#include "ingest/scan_store.h"
#include "ingest/skip_rules.h"

namespace faultline::ingest {
namespace {

constexpr size_t k_snapshot_cache_limit = 4096;
constexpr size_t k_blob_cache_limit = 200000;
constexpr size_t k_commits_per_transaction = 1024;
constexpr size_t k_batches_ahead = 4;
constexpr auto k_transaction_age = std::chrono::milliseconds(100);

struct BlobJob {
  std::string oid;
  std::string path;
  std::optional<BlobFacts> facts;           // from the commit's diff, when its bytes were read there
  std::shared_ptr<const std::string> text;  // the bytes, when the diff kept them
  bool stored = true;                       // false: not stored under any analyzer version
};

// Per worker thread: its own classifier, and its own repository handle, opened when the worker
// first reads a blob (a scan without analysis works from the facts its readers gathered).
struct Worker {
  std::string path;
  GitRepository repository;
  std::unique_ptr<analyzer::Classifier> classifier;

  Result<git_repository*> handle() {
    if (!repository && git_repository_open(repository.out(), path.c_str()) != 0)
      return libgit2_error("opening " + path);
    return repository.get();
  }
};

struct Tips {
  std::string default_tip;   // the default branch's commit
  std::vector<git_oid> all;  // every tip to walk from
};

Result<Tips> resolve_tips(git_repository* repository, const RepoTarget& target, bool all_branches) {
  Tips tips;
  GitObject object;
  std::string spec = target.branch ? *target.branch : "HEAD";
  if (git_revparse_single(object.out(), repository, spec.c_str()) != 0) {
    std::string qualified = "refs/remotes/origin/" + spec;
    if (!target.branch || git_revparse_single(object.out(), repository, qualified.c_str()) != 0)
      return libgit2_error("ref " + spec);
  }
  GitObject peeled;
  if (git_object_peel(peeled.out(), object.get(), GIT_OBJECT_COMMIT) != 0)
    return libgit2_error("ref " + spec);
  tips.default_tip = oid_hex(*git_object_id(peeled.get()));
  tips.all.push_back(*git_object_id(peeled.get()));
  if (all_branches) {
    GitBranchIterator branches;
    if (git_branch_iterator_new(branches.out(), repository, GIT_BRANCH_LOCAL) != 0)
      return libgit2_error("listing branches");
    git_reference* raw = nullptr;
    git_branch_t type;
    while (git_branch_next(&raw, &type, branches.get()) == 0) {
      GitReference reference(raw);
      GitObject tip;
      if (git_reference_peel(tip.out(), reference.get(), GIT_OBJECT_COMMIT) == 0)
        tips.all.push_back(*git_object_id(tip.get()));
    }
  }
  return tips;
}

Result<std::vector<HeadFile>> head_files(git_repository* repository, const std::string& tip) {
  git_oid oid = oid_of(tip);
  GitCommit commit;
  GitTree tree;
  if (git_commit_lookup(commit.out(), repository, &oid) != 0 ||
      git_commit_tree(tree.out(), commit.get()) != 0)
    return libgit2_error("tree of " + tip);
  std::vector<HeadFile> files;
  auto visit = [](const char* root, const git_tree_entry* entry, void* payload) -> int {
    auto mode = git_tree_entry_filemode(entry);
    if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE) return 0;
    std::string path = std::string(root) + git_tree_entry_name(entry);
    if (skip_for_path(path)) return 0;
    static_cast<std::vector<HeadFile>*>(payload)->push_back({path, oid_hex(*git_tree_entry_id(entry))});
    return 0;
  };
  if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, visit, &files) != 0)
    return libgit2_error("walking tree of " + tip);
  return files;
}

// Analyses one blob, reading it unless the diff already worked out its facts and it is not to
// be classified. Problems that concern only this blob (a parse timeout) are returned in
// `problem`; the blob is then stored as skipped so it is not retried.
Result<AnalysedBlob> analyse_blob(Worker& worker, const BlobJob& job, const ScanOptions& options,
                                  const analyzer::ConceptSet* concepts, const std::string& version,
                                  std::string& problem) {
  AnalysedBlob out;
  out.oid = job.oid;
  out.stored = job.stored;
  GitBlob blob;
  BlobFacts facts;
  if (job.facts) {
    facts = *job.facts;
  } else {
    auto handle = worker.handle();
    if (!handle.ok()) return handle.error();
    auto found = lookup_blob(*handle, job.oid, job.path);
    if (!found.ok()) return found.error();
    blob = std::move(*found);
    facts = blob_facts(blob_text(blob), options.max_blob_bytes);
  }
  out.bytes = facts.bytes;
  out.lines = facts.lines;
  out.skip = std::move(facts.skip);
  if (concepts != nullptr) out.language = analyzer::detect_language(*concepts, job.path, facts.head);
  if (out.skip || !out.language || !options.analyze) return out;
  if (!blob && !job.text) {
    auto handle = worker.handle();
    if (!handle.ok()) return handle.error();
    auto found = lookup_blob(*handle, job.oid, job.path);
    if (!found.ok()) return found.error();
    blob = std::move(*found);
  }
  auto analysis = worker.classifier->analyze(*out.language, job.text ? *job.text : blob_text(blob), job.path);
  out.analyzer_version = version;
  if (!analysis.ok()) {
    problem = job.path + ": " + analysis.error().message();
    out.skip = "unparsed";
    return out;
  }
  out.analysis = std::move(*analysis);
  return out;
}

// "anon-" and 16 hex digits of SHA-1(key, NUL, value): stable per key, not reversible without it.
std::string anonymise(const std::string& key, const std::string& value) {
  std::string keyed = key + std::string(1, '\0') + value;
  git_oid digest;
  git_odb_hash(&digest, keyed.data(), keyed.size(), GIT_OBJECT_BLOB);
  return "anon-" + oid_hex(digest).substr(0, 16);
}

BlobTotals totals_of(const AnalysedBlob& blob) {
  BlobTotals totals;
  if (!blob.language || blob.skip) return totals;
  totals.counted = true;
  totals.lines = blob.lines;
  totals.regions = blob.analysis.regions;
  for (const auto& concept_totals : blob.analysis.totals) {
    ConceptSums& sums = totals.concepts[concept_totals.concept_id];
    sums.eligible_regions = concept_totals.eligible_regions;
    sums.findings = concept_totals.findings;
    sums.quality_micros = std::llround(concept_totals.quality_sum * 1e6);
    sums.covered_lines = concept_totals.covered_lines;
  }
  return totals;
}

}  // namespace

Scanner::Scanner(store::Database& db, ScanOptions options,
                 std::shared_ptr<const analyzer::ConceptSet> concepts)
    : m_db(&db), m_options(std::move(options)), m_concepts(std::move(concepts)) {
  if (m_concepts) m_analyzer_version = analyzer::analyzer_version(*m_concepts);
}

Result<std::vector<RepoSummary>> Scanner::scan(const std::vector<RepoTarget>& targets) {
  std::vector<RepoSummary> summaries;
  for (size_t i = 0; i < targets.size(); ++i) {
    RepoSummary summary;
    summary.name = targets[i].name;
    auto started = std::chrono::steady_clock::now();
    Status status = scan_one(targets[i], static_cast<int>(i), static_cast<int>(targets.size()), summary);
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!status.ok()) return status.error().within("repository " + targets[i].name);
    summaries.push_back(std::move(summary));
  }
  return summaries;
}

Status Scanner::scan_one(const RepoTarget& target, int index, int count, RepoSummary& summary) {
  ScanStore store(*m_db);
  auto repo_id = store.upsert_repo(target);
  if (!repo_id.ok()) return repo_id.error();
  auto give_up = [&](const Error& error, const std::string& object) -> Status {
    summary.ok = false;
    summary.error = error.message();
    return store.record_error(target.name, object, error.message());
  };

  auto opened = open_repository(target, {.cache_dir = m_options.cache_dir,
                                         .attempts = m_options.network_attempts,
                                         .network_timeout = m_options.network_timeout});
  if (!opened.ok()) return give_up(opened.error(), target.url);
  auto tips = resolve_tips(opened->repository.get(), target, m_options.all_branches);
  if (!tips.ok()) return give_up(tips.error(), target.branch.value_or("HEAD"));
  GitOdb odb;
  if (git_repository_odb(odb.out(), opened->repository.get()) != 0)
    return give_up(libgit2_error("object database of " + opened->path), opened->path);
  auto packs = PackSet::of(opened->repository.get());
  if (!packs.ok()) return give_up(packs.error(), opened->path);
  auto history = [&] {
    PackReader walk_reader(*packs, odb.get());  // its cache goes with the walk
    return walk_history(walk_reader, tips->all);
  }();
  if (!history.ok()) return give_up(history.error(), tips->default_tip);
  auto stored = store.stored_commits(*repo_id);
  if (!stored.ok()) return stored.error();

  std::vector<git_oid> pending;
  for (const git_oid& oid : history->order)
    if (!stored->count(oid_hex(oid))) pending.push_back(oid);
  summary.commits_total = static_cast<int64_t>(history->order.size());
  if (m_options.max_commits) {
    int64_t left = std::max<int64_t>(0, *m_options.max_commits - m_commits_budget_used);
    if (static_cast<int64_t>(pending.size()) > left) pending.resize(static_cast<size_t>(left));
  }

  // Scopes: the path prefixes services map to in this repository, from the manifest or a
  // mapping file (`faultline services --mapping`).
  auto prefixes_found = store.scope_prefixes(target.name);
  if (!prefixes_found.ok()) return prefixes_found.error();
  std::vector<std::string> prefixes = std::move(*prefixes_found);

  size_t jobs = std::max<size_t>(1, m_options.jobs);
  std::vector<Worker> workers(jobs);
  for (Worker& worker : workers) {
    worker.path = opened->path;
    if (m_options.analyze && m_concepts)
      worker.classifier = std::make_unique<analyzer::Classifier>(m_concepts);
  }

  std::unordered_map<git_oid, BlobTotals, OidHash, OidEqual> blob_cache;
  std::unordered_map<std::string, Snapshot> snapshot_cache;
  auto blob_totals = [&](const git_oid& oid) -> Result<BlobTotals> {
    auto found = blob_cache.find(oid);
    if (found != blob_cache.end()) return found->second;
    auto loaded = store.blob_totals(oid_hex(oid));
    if (!loaded.ok()) return loaded.error();
    if (blob_cache.size() > k_blob_cache_limit) blob_cache.clear();
    blob_cache.emplace(oid, *loaded);
    return loaded;
  };

  // A commit's snapshot: its first parent's, minus each changed path's old blob, plus its new one.
  auto apply_changes = [&](const std::vector<Change>& changes, Snapshot& snapshot) -> Status {
    for (const Change& change : changes) {
      const std::string& old_path = change.old_path.empty() ? change.path : change.old_path;
      if (change.old_is_file && !skip_for_path(old_path)) {
        auto old_totals = blob_totals(change.old_blob);
        if (!old_totals.ok()) return old_totals.error();
        for (const std::string& scope : scopes_of(old_path, prefixes)) snapshot[scope].add(*old_totals, -1);
      }
      if (change.new_is_file && !change.skip) {
        auto new_totals = blob_totals(change.new_blob);
        if (!new_totals.ok()) return new_totals.error();
        for (const std::string& scope : scopes_of(change.path, prefixes))
          snapshot[scope].add(*new_totals, +1);
      }
    }
    snapshot[""];  // the whole-repository scope always has a row
    for (const std::string& prefix : prefixes) snapshot[prefix];
    return {};
  };

  // Packs changed since the last scan: re-analyse the stored blobs once each, then derive every
  // stored commit's snapshot again from its stored diff (no tree is read again).
  // A scope mapped since the last scan also has every stored commit's metrics derived again.
  auto stored_scopes = store.stored_scopes(*repo_id);
  if (!stored_scopes.ok()) return stored_scopes.error();
  bool new_scope =
      !stored->empty() && std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& prefix) {
        return std::find(stored_scopes->begin(), stored_scopes->end(), prefix) == stored_scopes->end();
      });
  std::vector<std::pair<std::string, std::string>> stale_blobs;
  if (m_options.analyze && m_concepts) {
    auto stale = store.stale_blobs(*repo_id, m_analyzer_version);
    if (!stale.ok()) return stale.error();
    stale_blobs = std::move(*stale);
  }
  {
    if (!stale_blobs.empty() || new_scope) {
      std::vector<std::optional<Result<AnalysedBlob>>> analysed(stale_blobs.size());
      std::vector<std::string> problems(stale_blobs.size());
      parallel_for(stale_blobs.size(), jobs, [&](size_t worker, size_t item) {
        BlobJob job{stale_blobs[item].first, stale_blobs[item].second, std::nullopt, nullptr, true};
        analysed[item] = analyse_blob(workers[worker], job, m_options, m_concepts.get(), m_analyzer_version,
                                      problems[item]);
      });
      std::vector<AnalysedBlob> blobs;
      for (size_t i = 0; i < analysed.size(); ++i) {
        if (!analysed[i]->ok()) return give_up(analysed[i]->error(), stale_blobs[i].first);
        if (!problems[i].empty()) summary.problems.push_back(problems[i]);
        blobs.push_back(std::move(analysed[i]->value()));
      }
      summary.blobs_analysed += static_cast<int64_t>(blobs.size());
      auto history = store.stored_history(*repo_id);
      if (!history.ok()) return history.error();
      auto transaction = store::Transaction::begin(*m_db);
      if (!transaction.ok()) return transaction.error();
      FL_TRY(store.write_blobs(blobs));
      for (const AnalysedBlob& blob : blobs) blob_cache[oid_of(blob.oid)] = totals_of(blob);
      std::unordered_map<std::string, Snapshot> recomputed;
      for (const auto& commit : *history) {
        Snapshot snapshot;
        if (!commit.first_parent.empty()) {
          auto parent = recomputed.find(commit.first_parent);
          if (parent != recomputed.end()) snapshot = parent->second;
        }
        FL_TRY(apply_changes(commit.changes, snapshot));
        FL_TRY(store.replace_snapshot(commit.id, snapshot));
        recomputed[commit.oid] = std::move(snapshot);
      }
      FL_TRY(transaction->commit());
    }
  }

  // 1. Commits and their diffs are read by readers with their own handles, in batches, up to
  // k_batches_ahead batches ahead of the one this thread (the writer) analyses and stores.
  // The writer keeps a core of the `jobs` busy: one reader fewer (more contend on libgit2's
  // pack locks and read each other's trees again). The readers share what they learn of blobs'
  // lines (each is the old side of its file's next change).
  size_t reader_count = std::max<size_t>(1, jobs - 1);
  std::vector<GitRepository> reader_handles(reader_count + 1);  // the last: the writer's, when it helps
  std::vector<CommitReader> readers;
  ReadOptions read_options{.max_blob_bytes = m_options.max_blob_bytes, .keep_texts = m_options.analyze};
  auto read_cache = std::make_shared<ReadCache>();
  read_cache->packs = *packs;
  for (GitRepository& handle : reader_handles) {
    if (git_repository_open(handle.out(), opened->path.c_str()) != 0)
      return give_up(libgit2_error("opening " + opened->path), opened->path);
    auto reader = CommitReader::open(handle.get(), read_options, read_cache);
    if (!reader.ok()) return give_up(reader.error(), opened->path);
    readers.push_back(std::move(*reader));
  }
  // Batches start small and double up to batch_commits, so the writer is not idle long while
  // the first one is read.
  std::vector<size_t> batch_begins;
  for (size_t begin = 0; begin < pending.size();) {
    batch_begins.push_back(begin);
    size_t size =
        std::clamp<size_t>(begin, std::min<size_t>(32, m_options.batch_commits), m_options.batch_commits);
    begin = std::min(pending.size(), begin + std::max<size_t>(1, size));
  }
  auto batch_end = [&](size_t index) {
    return index + 1 < batch_begins.size() ? batch_begins[index + 1] : pending.size();
  };
  using Records = std::vector<std::optional<Result<CommitRecord>>>;
  ReadAhead<Records> ahead(
      batch_begins.size(), reader_count, k_batches_ahead, [&](size_t worker, size_t index) {
        Records records;
        for (size_t item = batch_begins[index]; item < batch_end(index); ++item) {
          const WalkedCommit& walked = history->commits.at(pending[item]);
          const git_oid* parent_tree =
              walked.parents.empty() ? nullptr : &history->commits.at(walked.parents.front()).tree;
          std::string_view raw;
          if (walked.raw.bytes) raw = walked.raw.view();
          records.emplace_back(readers[worker].read(pending[item], parent_tree, raw));
        }
        return records;
      });
  std::optional<store::Transaction> transaction;
  size_t transaction_commits = 0;
  auto transaction_began = std::chrono::steady_clock::now();
  auto walk_started = std::chrono::steady_clock::now();
  for (size_t batch_index = 0; batch_index < batch_begins.size(); ++batch_index) {
    size_t begin = batch_begins[batch_index];
    Records records = ahead.take(reader_count);
    size_t batch = records.size();
    size_t readable = batch;
    for (size_t i = 0; i < batch; ++i) {
      if (!records[i]->ok()) {
        readable = i;
        break;
      }
    }
    // 2. Blobs this batch introduces that are not stored under this analyzer version.
    std::vector<BlobJob> jobs_to_run;
    std::vector<size_t> job_commit;  // the batch index of the commit that introduced each job's blob
    std::unordered_set<git_oid, OidHash, OidEqual> queued;
    std::vector<std::pair<const Change*, size_t>> candidates;  // a new blob and its commit's index
    std::vector<std::string> candidate_oids;
    for (size_t i = 0; i < readable; ++i) {
      for (const Change& change : records[i]->value().changes) {
        if (change.skip) {
          summary.skipped[*change.skip]++;
          continue;
        }
        if (!change.new_is_file || !has_blob(change.new_blob) || blob_cache.count(change.new_blob) ||
            !queued.insert(change.new_blob).second)
          continue;
        candidates.emplace_back(&change, i);
        if (m_options.analyze) candidate_oids.push_back(oid_hex(change.new_blob));
      }
    }
    // Without analysis a blob's row is its facts, written only if absent: no need to ask first
    // which are stored. With analysis, one query tells which to (re-)analyse.
    std::unordered_map<std::string, std::string> versions;
    if (m_options.analyze) {
      auto found = store.blob_versions(candidate_oids);
      if (!found.ok()) return found.error();
      versions = std::move(*found);
    }
    bool light = !m_options.analyze;  // every job is worked out from facts the diff gathered
    for (const auto& [change_in_batch, commit_index] : candidates) {
      const Change& change = *change_in_batch;
      std::string oid = oid_hex(change.new_blob);
      auto version = versions.find(oid);
      bool stored = version != versions.end();
      if (stored && version->second == m_analyzer_version) continue;
      jobs_to_run.push_back({std::move(oid), change.path, change.new_facts, change.new_text, stored});
      job_commit.push_back(commit_index);
      light = light && change.new_facts.has_value();
    }
    std::vector<std::optional<Result<AnalysedBlob>>> analysed(jobs_to_run.size());
    std::vector<std::string> problems(jobs_to_run.size());
    parallel_for(jobs_to_run.size(), light ? 1 : jobs, [&](size_t worker, size_t item) {
      analysed[item] = analyse_blob(workers[worker], jobs_to_run[item], m_options, m_concepts.get(),
                                    m_analyzer_version, problems[item]);
    });
    // 3-4. The batch's blobs, then each commit with its snapshot, in the open transaction.
    if (!transaction) {
      auto begun = store::Transaction::begin(*m_db);
      if (!begun.ok()) return begun.error();
      transaction.emplace(std::move(*begun));
      transaction_commits = 0;
      transaction_began = std::chrono::steady_clock::now();
    }
    // A blob that cannot be read stops the repository at the commit that introduced it: the
    // commits before it are stored, the failure is recorded once the batch is committed.
    std::optional<std::pair<Error, std::string>> failure;
    std::vector<AnalysedBlob> blobs;
    for (size_t i = 0; i < analysed.size(); ++i) {
      if (!analysed[i]->ok()) {
        if (!failure) failure.emplace(analysed[i]->error(), jobs_to_run[i].oid);
        readable = std::min(readable, job_commit[i]);
        continue;
      }
      AnalysedBlob& blob = analysed[i]->value();
      if (!problems[i].empty()) summary.problems.push_back(problems[i]);
      if (blob.analyzer_version) summary.blobs_analysed++;
      summary.findings += static_cast<int64_t>(blob.analysis.findings.size());
      blob.insert_only = !m_options.analyze;
      blobs.push_back(std::move(blob));
    }
    FL_TRY(store.write_blobs(blobs));
    for (const AnalysedBlob& blob : blobs) {
      if (!blob.written) continue;  // stored before: its totals are read when needed
      summary.blobs_new++;
      if (blob.skip) summary.skipped[*blob.skip]++;
      if (blob_cache.size() > k_blob_cache_limit) blob_cache.clear();
      blob_cache[oid_of(blob.oid)] = totals_of(blob);
    }
    // Each commit with its snapshot, in order.
    for (size_t i = 0; i < readable; ++i) {
      CommitRecord& record = records[i]->value();
      if (m_options.anonymise_key) {
        record.author_name = anonymise(*m_options.anonymise_key, record.author_name);
        record.author_email = anonymise(*m_options.anonymise_key, record.author_email);
      }
      Snapshot snapshot;
      if (!record.parents.empty()) {
        auto cached = snapshot_cache.find(record.parents[0]);
        if (cached != snapshot_cache.end()) {
          snapshot = cached->second;
        } else {
          auto loaded = store.snapshot_of(*repo_id, record.parents[0]);
          if (!loaded.ok()) return loaded.error();
          if (*loaded) snapshot = std::move(**loaded);
        }
      }
      FL_TRY(apply_changes(record.changes, snapshot));
      int64_t position = history->commits.at(pending[begin + i]).first_parent_index;
      std::optional<int64_t> fp_index;
      if (position >= 0) fp_index = position;
      FL_TRY(store.write_commit(*repo_id, record, fp_index, snapshot));
      if (snapshot_cache.size() > k_snapshot_cache_limit) snapshot_cache.clear();
      snapshot_cache[record.oid] = std::move(snapshot);
      summary.commits_new++;
      m_commits_budget_used++;
    }
    // Several batches share a transaction: each commit writes the pages its rows touch again,
    // so fewer, larger ones write less. It is committed at k_commits_per_transaction commits or
    // k_transaction_age (readers such as `faultline serve` see a long scan progress), and at a
    // failure or the end.
    transaction_commits += readable;
    bool last = begin + batch >= pending.size();
    if (failure || readable < batch || last || transaction_commits >= k_commits_per_transaction ||
        std::chrono::steady_clock::now() - transaction_began >= k_transaction_age) {
      FL_TRY(transaction->commit());
      transaction.reset();
    }
    if (failure) return give_up(failure->first, failure->second);
    if (m_options.on_progress)
      m_options.on_progress(
          {target.name, index, count, static_cast<int64_t>(begin + readable),
           static_cast<int64_t>(pending.size()), summary.blobs_new,
           std::chrono::duration<double>(std::chrono::steady_clock::now() - walk_started).count()});
    if (readable < batch) return give_up(records[readable]->error(), oid_hex(pending[begin + readable]));
  }

  if (m_options.max_commits && pending.size() < history->order.size() - stored->size())
    return {};  // stopped early
  // Head tree and snippet texts, unless nothing changed since the last scan.
  auto head = store.stored_head(*repo_id);
  if (!head.ok()) return head.error();
  if (pending.empty() && stale_blobs.empty() && !new_scope && *head == tips->default_tip) {
    auto missing = store.head_texts_missing(*repo_id);  // a re-analysis stopped before this point
    if (!missing.ok()) return missing.error();
    if (!*missing) return store.mark_scanned(*repo_id);
  }
  auto files = head_files(opened->repository.get(), tips->default_tip);
  if (!files.ok()) return give_up(files.error(), tips->default_tip);
  auto needing = store.blobs_needing_text(*files);
  if (!needing.ok()) return needing.error();
  std::map<std::string, std::string> texts;
  for (const std::string& oid_text : *needing) {
    auto blob = lookup_blob(opened->repository.get(), oid_text, "head tree of " + tips->default_tip);
    if (!blob.ok()) return give_up(blob.error(), oid_text);
    texts[oid_text] = blob_text(*blob);
  }
  return store.write_head(*repo_id, tips->default_tip, *files, texts);
}

}  // namespace faultline::ingest
