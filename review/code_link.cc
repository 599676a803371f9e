#include "review/code_link.h"

namespace faultline::review {

std::string fill_link(std::string link, const std::string& commit, const std::string& path, int64_t start,
                      int64_t end) {
  auto replace = [&link](const std::string& key, const std::string& value) {
    for (size_t at = link.find(key); at != std::string::npos; at = link.find(key, at + value.size()))
      link.replace(at, key.size(), value);
  };
  replace("{commit}", commit);
  replace("{path}", path);
  replace("{start}", std::to_string(start));
  replace("{end}", std::to_string(end));
  return link;
}

}  // namespace faultline::review
