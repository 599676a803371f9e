// Loading one concept pack: the manifest is validated field by field so that a user's typo
// ("wieght") is an error naming the file, not a silently zero weight.
#include "analyzer/concept.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "analyzer/text_file.h"

namespace faultline::analyzer {
namespace {

using nlohmann::json;

Result<SignalSpec> parse_signal(const std::string& name, const json& entry, const std::string& where) {
  SignalSpec signal;
  signal.name = name;
  if (!entry.is_object()) return Error(where + ": signal " + name + " is not an object");
  for (const auto& [key, value] : entry.items()) {
    if (key == "weight") {
      if (!value.is_number()) return Error(where + ": signal " + name + ": weight is not a number");
      signal.weight = value.get<double>();
    } else if (key == "description") {
      signal.description = value.get<std::string>();
    } else if (key == "presence") {
      signal.implies_presence = value.get<bool>();
    } else if (key == "within") {
      signal.within = value.get<std::string>();
    } else if (key == "not_within") {
      signal.not_within = value.get<std::string>();
    } else if (key == "unless") {
      for (const json& other : value) signal.unless.push_back(other.get<std::string>());
    } else {
      return Error(where + ": signal " + name + ": unknown key \"" + key + "\"");
    }
  }
  if (!entry.contains("weight")) return Error(where + ": signal " + name + " has no weight");
  if (signal.weight == 0) return Error(where + ": signal " + name + " has weight 0 (use a @mark capture)");
  return signal;
}

}  // namespace

int Concept::signal_index(std::string_view name) const {
  for (size_t i = 0; i < signals.size(); ++i) {
    if (signals[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

Result<Concept> load_concept(const std::string& dir) {
  namespace fs = std::filesystem;
  std::string path = (fs::path(dir) / "concept.json").string();
  auto text = read_text_file(path);
  if (!text.ok()) return text.error();
  json doc;
  try {
    doc = json::parse(*text);
  } catch (const json::parse_error& error) {
    return Error(place_in(path, *text, error.byte > 0 ? error.byte - 1 : 0) + ": " + error.what());
  }
  Concept manifest;
  manifest.dir = dir;
  try {
    manifest.id = doc.at("id").get<std::string>();
    manifest.title = doc.value("title", manifest.id);
    manifest.rationale = doc.value("rationale", "");
    if (doc.contains("signals")) {
      for (const auto& [name, entry] : doc.at("signals").items()) {
        auto signal = parse_signal(name, entry, path);
        if (!signal.ok()) return signal.error();
        manifest.signals.push_back(std::move(*signal));
      }
    }
  } catch (const json::exception& error) {
    return Error(path + ": " + error.what());
  }
  if (manifest.id.empty()) return Error(path + ": empty id");
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".scm") {
      manifest.queries[entry.path().stem().string()] = entry.path().string();
    }
  }
  if (ec) return Error(dir + ": cannot list: " + ec.message());
  return manifest;
}

}  // namespace faultline::analyzer
