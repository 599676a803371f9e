// The parts of Api every endpoint shares: error bodies, concept manifests, and leasing a
// connection together with the current catalog.
#include "web/api.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace faultline::web {

Reply error_reply(int status, const std::string& message) { return {status, {{"error", message}}}; }

std::map<std::string, ConceptManifest> load_concept_manifests(const std::string& dir) {
  std::map<std::string, ConceptManifest> out;
  std::error_code error;
  if (dir.empty() || !std::filesystem::is_directory(dir, error)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    auto path = entry.path() / "concept.json";
    std::ifstream in(path);
    if (!in) continue;
    std::stringstream text;
    text << in.rdbuf();
    auto json = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (!json.is_object()) continue;
    std::string id = json.value("id", entry.path().filename().string());
    ConceptManifest manifest;
    if (json.contains("title") && json["title"].is_string()) manifest.title = json["title"];
    if (json.contains("rationale") && json["rationale"].is_string()) manifest.rationale = json["rationale"];
    if (json.contains("signals") && json["signals"].is_object()) manifest.signals = json["signals"];
    out.emplace(std::move(id), std::move(manifest));
  }
  return out;
}

std::string default_concepts_dir() {
  const char* data = std::getenv("FAULTLINE_DATA");
  if (data != nullptr && *data != '\0') return std::string(data) + "/concepts";
  return FAULTLINE_WEB_SOURCE_DATA "/concepts";
}

Api::Api(std::string db_path, PredictFunction predict, ModelEvaluator evaluator,
         std::map<std::string, ConceptManifest> manifests)
    : m_pool(db_path, 16),
      m_catalog(db_path, std::move(evaluator)),
      m_predict(std::move(predict)),
      m_manifests(std::move(manifests)) {}

Reply Api::with_catalog(const std::function<Reply(store::Database&, const Catalog&)>& body) {
  auto db = m_pool.acquire();
  if (!db.ok()) return error_reply(503, db.error().message());
  auto catalog = m_catalog.get(**db);
  if (!catalog.ok()) return error_reply(500, catalog.error().message());
  return body(**db, **catalog);
}

}  // namespace faultline::web
