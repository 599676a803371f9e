// The viewer's static files, embedded in the binary at build time (web/embed_assets.cmake
// turns web/static/* and Chart.js into a generated source file).
//
// Lookup is by exact name in a fixed table: a request path can never reach the file system,
// so no path, encoded or not, leaves the asset root.
//
// Thread-safety: immutable data.
#pragma once

#include <string_view>

namespace faultline::web {

struct StaticAsset {
  std::string_view path;          // as served: "/index.html", "/static/app.js", "/vendor/chart.js"
  std::string_view content_type;  // with charset for text
  std::string_view bytes;
};

// The asset served at `path`, nullptr when there is none. "/" is "/index.html".
const StaticAsset* find_static_asset(std::string_view path);

}  // namespace faultline::web
