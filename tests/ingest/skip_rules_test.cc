// skip_for_path: folders (never the file name) decide vendored and generated, vendored first;
// then generated and minified file-name suffixes.
#include "ingest/skip_rules.h"

#include <gtest/gtest.h>

namespace faultline::ingest {
namespace {

TEST(SkipForPath, FoldersThenSuffixes) {
  EXPECT_EQ(skip_for_path("vendor/github.com/x/y.go"), "vendored");
  EXPECT_EQ(skip_for_path("web/node_modules/react/index.js"), "vendored");
  EXPECT_EQ(skip_for_path("a/b/third-party/lib.c"), "vendored");
  EXPECT_EQ(skip_for_path("generated/vendor/x.go"), "vendored");  // vendored wins wherever it is
  EXPECT_EQ(skip_for_path("src/generated/api.py"), "generated");
  EXPECT_EQ(skip_for_path("__generated__/Query.ts"), "generated");
  EXPECT_EQ(skip_for_path("api/v1/service.pb.go"), "generated");
  EXPECT_EQ(skip_for_path("proto/x_pb2.py"), "generated");
  EXPECT_EQ(skip_for_path("static/app.min.js"), "minified");
  EXPECT_EQ(skip_for_path("static/app.bundle.js"), "minified");
  EXPECT_EQ(skip_for_path("vendor"), std::nullopt);  // a file named like a folder
  EXPECT_EQ(skip_for_path("src/vendor.go"), std::nullopt);
  EXPECT_EQ(skip_for_path("src/vendored/x.go"), std::nullopt);  // whole folder names only
  EXPECT_EQ(skip_for_path("src/myvendor/x.go"), std::nullopt);
  EXPECT_EQ(skip_for_path("generated.py"), std::nullopt);
  EXPECT_EQ(skip_for_path("src/main/java/App.java"), std::nullopt);
  EXPECT_EQ(skip_for_path(""), std::nullopt);
}

}  // namespace
}  // namespace faultline::ingest
