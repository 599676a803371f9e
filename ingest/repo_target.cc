// Targets: the manifest is JSON {"organisation", "repositories": [{name, url, branch, web,
// services}]}; a plain argument is a repository named after its URL's last path component.
// GitHub/GitLab https and scp-style ssh remotes get a default web link template.
#include "ingest/repo_target.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

namespace faultline::ingest {
namespace {

std::string name_from_url(std::string url) {
  while (!url.empty() && (url.back() == '/' || url.back() == '\\')) url.pop_back();
  auto cut = url.find_last_of("/:");
  std::string name = cut == std::string::npos ? url : url.substr(cut + 1);
  if (name.size() > 4 && name.ends_with(".git")) name.resize(name.size() - 4);
  if (name == "." || name.empty()) name = std::filesystem::absolute(url).filename().string();
  return name;
}

Result<std::string> string_field(const nlohmann::json& entry, const char* key, const std::string& where,
                                 bool required) {
  auto found = entry.find(key);
  if (found == entry.end() || found->is_null()) {
    if (required) return Error(where + ": missing \"" + key + "\"");
    return std::string();
  }
  if (!found->is_string()) return Error(where + ": \"" + key + "\" must be a string");
  return found->get<std::string>();
}

}  // namespace

bool RepoTarget::is_remote() const {
  static const std::regex k_scp(R"(^[\w.-]+@[\w.-]+:)");
  return url.starts_with("file://") || url.starts_with("https://") || url.starts_with("http://") ||
         url.starts_with("ssh://") || url.starts_with("git://") || std::regex_search(url, k_scp);
}

std::string default_web_template(const std::string& url) {
  static const std::regex k_https(R"(^https?://(github\.com|gitlab\.com)/(.+?)(\.git)?/?$)");
  static const std::regex k_ssh(R"(^(?:ssh://)?git@(github\.com|gitlab\.com)[:/](.+?)(\.git)?/?$)");
  std::smatch match;
  if (!std::regex_match(url, match, k_https) && !std::regex_match(url, match, k_ssh)) return "";
  std::string host = match[1];
  std::string path = match[2];
  std::string blob = host == "gitlab.com" ? "/-/blob/" : "/blob/";
  return "https://" + host + "/" + path + blob + "{commit}/{path}#L{start}-L{end}";
}

Result<std::vector<RepoTarget>> parse_manifest(const std::string& text, const std::string& source) {
  nlohmann::json manifest;
  try {
    manifest = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    return Error("manifest " + source + ": byte " + std::to_string(error.byte) + ": " + error.what());
  }
  if (!manifest.is_object() || !manifest.contains("repositories") || !manifest["repositories"].is_array())
    return Error("manifest " + source + ": expected an object with a \"repositories\" array");
  std::string organisation;
  if (manifest.contains("organisation") && manifest["organisation"].is_string())
    organisation = manifest["organisation"].get<std::string>();
  std::filesystem::path base = std::filesystem::absolute(source).parent_path();
  std::vector<RepoTarget> targets;
  std::set<std::string> names;
  const auto& repositories = manifest["repositories"];
  for (size_t i = 0; i < repositories.size(); ++i) {
    std::string where = "manifest " + source + ": repositories[" + std::to_string(i) + "]";
    const auto& entry = repositories[i];
    if (!entry.is_object()) return Error(where + ": expected an object");
    RepoTarget target;
    auto url = string_field(entry, "url", where, true);
    if (!url.ok()) return url.error();
    target.url = *url;
    if (!target.is_remote() && std::filesystem::path(target.url).is_relative())
      target.url = (base / target.url).lexically_normal().string();
    auto name = string_field(entry, "name", where, false);
    if (!name.ok()) return name.error();
    target.name = name->empty() ? name_from_url(target.url) : *name;
    auto branch = string_field(entry, "branch", where, false);
    if (!branch.ok()) return branch.error();
    if (!branch->empty()) target.branch = *branch;
    auto web = string_field(entry, "web", where, false);
    if (!web.ok()) return web.error();
    target.web_template = web->empty() ? default_web_template(target.url) : *web;
    target.organisation = organisation;
    if (entry.contains("services")) {
      if (!entry["services"].is_object())
        return Error(where + ": \"services\" must map service names to path prefixes");
      for (const auto& [service, prefix] : entry["services"].items()) {
        if (!prefix.is_string())
          return Error(where + ": services." + service + " must be a path prefix string");
        target.services[service] = prefix.get<std::string>();
      }
    }
    if (!names.insert(target.name).second)
      return Error(where + ": repository name \"" + target.name + "\" used twice");
    targets.push_back(std::move(target));
  }
  return targets;
}

Result<std::vector<RepoTarget>> resolve_targets(const std::vector<std::string>& arguments) {
  std::vector<RepoTarget> targets;
  for (const std::string& argument : arguments) {
    if (argument.ends_with(".json") && std::filesystem::is_regular_file(argument)) {
      std::ifstream in(argument, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      if (!in) return Error("manifest " + argument + ": cannot read");
      auto parsed = parse_manifest(text.str(), argument);
      if (!parsed.ok()) return parsed.error();
      for (auto& target : *parsed) targets.push_back(std::move(target));
      continue;
    }
    RepoTarget target;
    target.url = argument;
    if (!target.is_remote()) target.url = std::filesystem::absolute(argument).lexically_normal().string();
    target.name = name_from_url(target.url);
    target.web_template = default_web_template(target.url);
    targets.push_back(std::move(target));
  }
  return targets;
}

}  // namespace faultline::ingest
