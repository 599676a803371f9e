// web_bench: latency of the viewer's paged example queries on a database with a million
// findings, measured from a second process (wrk) against the real server.
//
// 1. Fills (or reuses) a database: 200,000 blobs × 5 findings over the twelve concepts =
//    1,000,000 findings; one blob in five is in a repository's head tree with its text
//    stored (the others are history, which examples must skip), 50 repositories, 20,000
//    incidents over 50 services named after them. The schema's triggers fill head_findings.
// 2. Starts web::Server on a free 127.0.0.1 port in this process.
// 3. Runs wrk (random concept, order and page, 20 a page) four times — offset pages 1–50,
//    offset pages 400–500, then the cursors (`after=`) of pages 2–50 and of pages 400–500,
//    collected beforehand by walking each ranking — and prints p50 / p99 latency and
//    throughput of each.
//
//   web_bench [--db PATH] [--findings N] [--seconds S] [--connections C]
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>
#include <regex>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "store/database.h"
#include "store/example_queries.h"
#include "web/server.h"

namespace {

using faultline::Status;
using faultline::store::Database;

constexpr int k_findings_per_blob = 5;
const char* const k_concepts[] = {"logging",
                                  "tracing",
                                  "backpressure",
                                  "timeouts",
                                  "deserialisation",
                                  "validation",
                                  "error-handling",
                                  "messaging",
                                  "access-control",
                                  "performance-testing",
                                  "resilience-testing",
                                  "reactive"};

std::string oid(int64_t n) {
  char text[41];
  std::snprintf(text, sizeof text, "%040llx",
                static_cast<unsigned long long>(n * 2654435761ULL % 0xffffffffffffULL));
  return text;
}

Status fill(const std::string& path, int64_t findings) {
  auto db = Database::open(path);
  if (!db.ok()) return db.error();
  auto tx = faultline::store::Transaction::begin(*db);
  if (!tx.ok()) return tx.error();
  for (int repo = 1; repo <= 50; ++repo) {
    FL_TRY(db->exec("INSERT INTO repos(id, name, url, web_template, head_oid) VALUES (" +
                    std::to_string(repo) + ", 'repo-" + std::to_string(repo) +
                    "', '/srv/repo', 'https://git.example.com/acme/repo-" + std::to_string(repo) +
                    "/blob/{commit}/{path}#L{start}-L{end}', '" + oid(repo) + "')"));
  }
  auto finding = db->prepare(
      "INSERT INTO findings(blob_oid, concept, ordinal, language, region_kind, region_name, start_line, "
      "end_line,"
      " start_byte, end_byte, presence, quality, signals) VALUES (?1, ?2, ?3, 'java', 'function', ?4, ?5, "
      "?6, 0, 0, 1, ?7,"
      " '[{\"name\":\"+structured-fields\",\"weight\":0.25,\"line\":3}]')");
  auto file = db->prepare("INSERT INTO repo_files(repo_id, path, blob_oid) VALUES (?1, ?2, ?3)");
  auto text = db->prepare("INSERT INTO blob_text(oid, text) VALUES (?1, ?2)");
  if (!finding.ok() || !file.ok() || !text.ok()) return faultline::Error("bench: prepare failed");
  std::string body;
  for (int line = 1; line <= 60; ++line)
    body += "    log.info(\"step {}\", kv(\"line\", " + std::to_string(line) + "));\n";
  std::mt19937_64 random(42);
  std::uniform_real_distribution<double> quality(0, 1);
  int64_t blobs = findings / k_findings_per_blob;
  for (int64_t blob = 0; blob < blobs; ++blob) {
    std::string blob_oid = oid(1000 + blob);
    for (int ordinal = 0; ordinal < k_findings_per_blob; ++ordinal) {
      int start = 1 + ordinal * 10;
      FL_TRY(finding->bind(1, blob_oid)
                 .bind(2, k_concepts[(blob + ordinal) % 12])
                 .bind(3, ordinal)
                 .bind(4, "Service" + std::to_string(blob) + ".method" + std::to_string(ordinal))
                 .bind(5, start)
                 .bind(6, start + 8)
                 .bind(7, std::round(quality(random) * 20) / 20)
                 .run());
    }
    if (blob % 5 == 0) {
      FL_TRY(file->bind(1, 1 + blob % 50)
                 .bind(2, "src/main/java/Service" + std::to_string(blob) + ".java")
                 .bind(3, blob_oid)
                 .run());
      FL_TRY(text->bind(1, blob_oid).bind(2, body).run());
    }
  }
  auto incident = db->prepare(
      "INSERT INTO incidents(source, source_id, title, service, sev_level, created_at, ttr_s) VALUES "
      "('bench', ?1, 'Outage', ?2, ?3, ?4, 3600)");
  if (!incident.ok()) return incident.error();
  for (int i = 0; i < 20000; ++i) {
    FL_TRY(incident->bind(1, std::to_string(i))
               .bind(2, "repo-" + std::to_string(1 + i % 50))
               .bind(3, 1 + i % 5)
               .bind(4, 1600000000 + i * 1800)
               .run());
  }
  FL_TRY(tx->commit());
  return db->exec("ANALYZE");
}

struct WrkFigures {
  std::string p50, p99, requests_per_second, non_2xx = "0";
};

// The wrk script: random concept and order, then a random page (offset paging) or a random
// cursor of that concept and order (keyset paging) from the table `cursors` written before it.
const char* const k_wrk_script = R"lua(
local concepts = {"logging", "tracing", "backpressure", "timeouts", "deserialisation", "validation",
                  "error-handling", "messaging", "access-control", "performance-testing",
                  "resilience-testing", "reactive"}
local first_page = tonumber(os.getenv("FAULTLINE_BENCH_FIRST_PAGE") or "1")
local last_page = tonumber(os.getenv("FAULTLINE_BENCH_LAST_PAGE") or "50")
local use_cursors = os.getenv("FAULTLINE_BENCH_CURSORS") == "1"
request = function()
  local concept = concepts[math.random(#concepts)]
  local order = math.random(2) == 1 and "best" or "worst"
  local target = "/api/examples?concept=" .. concept .. "&order=" .. order .. "&per_page=20"
  if use_cursors then
    local list = cursors[concept .. "/" .. order]
    target = target .. "&after=" .. list[math.random(#list)]
  else
    target = target .. "&page=" .. math.random(first_page, last_page)
  end
  return wrk.format("GET", target)
end
)lua";

using CursorTable = std::map<std::string, std::vector<std::string>>;  // "concept/order" → cursors

// The `after=` cursors that start pages first..last (20 a page) of every concept and order,
// found by walking each ranking the way the viewer does. Pages past a ranking's end are left out.
CursorTable collect_cursors(const std::string& db_path, int first, int last) {
  CursorTable out;
  auto db = Database::open(db_path, true);
  if (!db.ok()) return out;
  for (const char* concept_id : k_concepts) {
    for (auto order : {faultline::store::ExampleOrder::best, faultline::store::ExampleOrder::worst}) {
      auto& list = out[std::string(concept_id) + "/" +
                       (order == faultline::store::ExampleOrder::best ? "best" : "worst")];
      faultline::store::ExamplePage page;
      page.order = order;
      page.limit = 20;
      for (int number = 2; number <= last; ++number) {  // the cursor of page n is the last key of page n-1
        auto rows = faultline::store::query_examples(*db, concept_id, page);
        if (!rows.ok() || rows->empty()) break;
        page.after = faultline::store::example_key(rows->back());
        if (number >= first) list.push_back(faultline::store::example_key_token(*page.after));
      }
    }
  }
  return out;
}

std::string lua_cursor_table(const CursorTable& cursors) {
  std::string out = "cursors = {\n";
  for (const auto& [key, list] : cursors) {
    out += "  [\"" + key + "\"] = {";
    for (const auto& cursor : list) out += "\"" + cursor + "\",";
    out += "},\n";
  }
  return out + "}\n";
}

WrkFigures run_wrk(int port, int seconds, int connections, int first_page, int last_page,
                   const CursorTable* cursors = nullptr) {
  std::string script = (std::filesystem::temp_directory_path() /
                        ("faultline-web-bench-" + std::to_string(::getpid()) + ".lua"))
                           .string();
  if (FILE* out = std::fopen(script.c_str(), "w")) {
    if (cursors != nullptr) std::fputs(lua_cursor_table(*cursors).c_str(), out);
    std::fputs(k_wrk_script, out);
    std::fclose(out);
  }
  std::string command = std::string(cursors != nullptr ? "FAULTLINE_BENCH_CURSORS=1 " : "") +
                        "FAULTLINE_BENCH_FIRST_PAGE=" + std::to_string(first_page) +
                        " FAULTLINE_BENCH_LAST_PAGE=" + std::to_string(last_page) + " wrk -t1 -c" +
                        std::to_string(connections) + " -d" + std::to_string(seconds) + "s --latency -s " +
                        script + " http://127.0.0.1:" + std::to_string(port) + " 2>&1";
  WrkFigures figures;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return figures;
  std::string output;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) output += buffer;
  pclose(pipe);
  std::smatch match;
  if (std::regex_search(output, match, std::regex(R"(50%\s+(\S+))"))) figures.p50 = match[1];
  if (std::regex_search(output, match, std::regex(R"(99%\s+(\S+))"))) figures.p99 = match[1];
  if (std::regex_search(output, match, std::regex(R"(Requests/sec:\s+(\S+))")))
    figures.requests_per_second = match[1];
  if (std::regex_search(output, match, std::regex(R"(Non-2xx or 3xx responses:\s+(\d+))")))
    figures.non_2xx = match[1];
  if (figures.p99.empty()) std::cerr << "web_bench: could not read wrk's output:\n" << output;
  return figures;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_path = (std::filesystem::temp_directory_path() / "faultline-web-bench.db").string();
  int64_t findings = 1'000'000;
  int seconds = 10, connections = 4;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--db")
      db_path = argv[i + 1];
    else if (flag == "--findings")
      findings = std::atoll(argv[i + 1]);
    else if (flag == "--seconds")
      seconds = std::atoi(argv[i + 1]);
    else if (flag == "--connections")
      connections = std::atoi(argv[i + 1]);
  }
  bool reuse = false;
  if (std::filesystem::exists(db_path)) {
    auto db = Database::open(db_path, true);
    reuse = db.ok() && *db->query_int("SELECT count(*) FROM findings") == findings &&
            *db->query_int("SELECT count(*) FROM sqlite_master WHERE name = 'head_findings'") == 1;
  }
  if (!reuse) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_path + suffix);
    auto started = std::chrono::steady_clock::now();
    Status filled = fill(db_path, findings);
    if (!filled.ok()) {
      std::cerr << "web_bench: " << filled.error().message() << "\n";
      return 1;
    }
    std::cout << "filled " << db_path << " with " << findings << " findings in "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() << " s\n";
  }
  faultline::web::ServerOptions options;
  options.db_path = db_path;
  options.port = 0;
  auto server = faultline::web::Server::create(options);
  if (!server.ok()) {
    std::cerr << "web_bench: " << server.error().message() << "\n";
    return 1;
  }
  auto port = (*server)->bind();
  if (!port.ok()) {
    std::cerr << "web_bench: " << port.error().message() << "\n";
    return 1;
  }
  std::thread serving([&] { (void)(*server)->run(); });
  // One request builds the catalog (concept totals, service records) before timing starts.
  run_wrk(*port, 1, 1, 1, 1);
  std::cout << "database: " << findings << " findings; wrk, " << connections << " connections, " << seconds
            << " s per run\n";
  CursorTable near = collect_cursors(db_path, 2, 50);
  CursorTable deep = collect_cursors(db_path, 400, 500);
  const std::tuple<const char*, int, int, const CursorTable*> runs[] = {
      {"pages 1-50 (page=)", 1, 50, nullptr},
      {"pages 400-500 (page=)", 400, 500, nullptr},
      {"pages 2-50 (after=)", 2, 50, &near},
      {"pages 400-500 (after=)", 400, 500, &deep},
  };
  for (const auto& [label, first, last, cursors] : runs) {
    WrkFigures figures = run_wrk(*port, seconds, connections, first, last, cursors);
    std::cout << "/api/examples " << label << ": p50 " << figures.p50 << ", p99 " << figures.p99 << ", "
              << figures.requests_per_second << " requests/s, non-2xx " << figures.non_2xx << "\n";
  }
  (*server)->stop();
  serving.join();
  return 0;
}
