// Code-host links: a repository's web template ("https://host/org/repo/blob/{commit}/{path}#L{start}-L{end}")
// filled for one file and line range at one commit.
#pragma once

#include <cstdint>
#include <string>

namespace faultline::review {

std::string fill_link(std::string link_template, const std::string& commit, const std::string& path,
                      int64_t start, int64_t end);

}  // namespace faultline::review
