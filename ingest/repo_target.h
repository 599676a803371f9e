// RepoTarget: one repository to scan, from a command-line TARGET (a local path, a file://,
// https:// or ssh:// URL) or from an organisation manifest (FORMATS.md "Repositories").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"

namespace faultline::ingest {

struct RepoTarget {
  std::string name;  // unique within the organisation; default: the URL's last part, sans ".git"
  std::string url;   // a local path or a URL
  std::optional<std::string> branch;  // default: the remote's HEAD / the repository's HEAD
  std::string web_template;           // "https://host/org/repo/blob/{commit}/{path}#L{start}-L{end}" or ""
  std::string organisation;
  std::map<std::string, std::string> services;  // service → path prefix (monorepos)

  bool is_remote() const;  // file://, https://, http://, ssh:// or user@host:path
};

// Expands TARGET arguments: a path to a .json file is read as a manifest, anything else is
// one repository. Errors name the manifest and the JSON position or the field.
Result<std::vector<RepoTarget>> resolve_targets(const std::vector<std::string>& arguments);

// Reads a manifest's text; `source` names it in errors.
Result<std::vector<RepoTarget>> parse_manifest(const std::string& text, const std::string& source);

// The default link template for GitHub and GitLab remotes; "" for others.
std::string default_web_template(const std::string& url);

}  // namespace faultline::ingest
