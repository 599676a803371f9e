// Predicates search an anchored #match? pattern at the start of the text only
// (analyzer/regex_literals.h anchored_at_start): that must never change a result. Checked on
// every #match? pattern of the bundled packs against texts built from its own literals.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "analyzer/regex_literals.h"
#include "analyzer/text_file.h"

namespace faultline::analyzer {
namespace {

namespace fs = std::filesystem;

TEST(AnchoredAtStart, OnlyPatternsWhoseEveryBranchStartsWithACaret) {
  EXPECT_TRUE(anchored_at_start("^err$"));
  EXPECT_TRUE(anchored_at_start("^(log|logger)$"));
  EXPECT_TRUE(anchored_at_start("^[|]x"));
  EXPECT_TRUE(anchored_at_start("^a\\|b"));
  EXPECT_FALSE(anchored_at_start("^err$|Err$"));
  EXPECT_FALSE(anchored_at_start("err$"));
  EXPECT_FALSE(anchored_at_start(""));
}

TEST(AnchoredAtStart, SearchingAtTheStartOnlyAgreesOnEveryBundledPattern) {
  const std::regex predicate(R"re(#(?:not-)?match\?\s+@[A-Za-z0-9_.\-]+\s+"((?:[^"\\]|\\.)*)")re");
  const std::regex literal("[A-Za-z_.{}()]+");
  int anchored = 0;
  for (const auto& entry :
       fs::recursive_directory_iterator(std::string(FAULTLINE_SOURCE_DIR) + "/data/concepts")) {
    if (entry.path().extension() != ".scm") continue;
    auto text = read_text_file(entry.path().string());
    ASSERT_TRUE(text.ok());
    for (auto it = std::sregex_iterator(text->begin(), text->end(), predicate); it != std::sregex_iterator();
         ++it) {
      // The query string's escapes, as tree-sitter reads them.
      std::string pattern;
      const std::string quoted = (*it)[1];
      for (size_t i = 0; i < quoted.size(); ++i) {
        if (quoted[i] == '\\' && i + 1 < quoted.size()) {
          char next = quoted[++i];
          pattern += next == 'n' ? '\n' : next == 't' ? '\t' : next;
        } else {
          pattern += quoted[i];
        }
      }
      if (!anchored_at_start(pattern)) continue;
      ++anchored;
      const std::regex compiled(pattern, std::regex::ECMAScript | std::regex::optimize);
      std::vector<std::string> texts = {"", "x", "{}", "{ }", "{\n  // nothing\n}", "err", "log.info"};
      for (auto word = std::sregex_iterator(pattern.begin(), pattern.end(), literal);
           word != std::sregex_iterator(); ++word) {
        const std::string w = word->str();
        for (const std::string& probe : {w, "x" + w, w + "x", " " + w, "a." + w, w + "(1)", w + w})
          texts.push_back(probe);
      }
      for (const std::string& probe : texts) {
        EXPECT_EQ(std::regex_search(probe, compiled),
                  std::regex_search(probe, compiled, std::regex_constants::match_continuous))
            << pattern << " on \"" << probe << "\"";
      }
    }
  }
  EXPECT_GT(anchored, 50);
}

}  // namespace
}  // namespace faultline::analyzer
