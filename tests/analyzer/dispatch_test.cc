// How the classifier runs a pack's patterns only where they can match (analyzer/
// dispatch_plan.h): pattern shapes read from query text, literal conditions derived from
// regular expressions (checked against std::regex on every #match? of the bundled packs),
// and findings of dispatched patterns of each kind (gated through fields and alternations,
// nested matches of one pattern, wildcard roots anchored at a keyword, root-only patterns with
// regex predicates) at their exact lines.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "analyzer/classifier.h"
#include "analyzer/concept_set.h"
#include "analyzer/pattern_shape.h"
#include "analyzer/regex_literals.h"
#include "analyzer/text_file.h"

namespace faultline::analyzer {
namespace {

namespace fs = std::filesystem;

std::set<std::string> sorted(const WordSet& words) { return {words.begin(), words.end()}; }

TEST(RegexLiterals, FinitePatternsBecomeExactWords) {
  auto sets = literal_sets("^((Debug|Info)(f|w)?|Print)$");
  ASSERT_TRUE(sets.has_value());
  EXPECT_TRUE(sets->exact);
  EXPECT_EQ(sorted(sets->words),
            (std::set<std::string>{"Debug", "Debugf", "Debugw", "Info", "Infof", "Infow", "Print"}));
  sets = literal_sets("^(context\\.Context|\\*http\\.Request)$");
  ASSERT_TRUE(sets.has_value());
  EXPECT_TRUE(sets->exact);
  EXPECT_EQ(sorted(sets->words), (std::set<std::string>{"context.Context", "*http.Request"}));
}

TEST(RegexLiterals, OpenEndedPatternsGiveNecessaryPrefixesSuffixesOrSubstrings) {
  auto sets = literal_sets("^(validate|check[A-Z][A-Za-z]*)$");
  ASSERT_TRUE(sets.has_value());
  EXPECT_FALSE(sets->exact);
  EXPECT_EQ(sorted(sets->words), (std::set<std::string>{"validate"}));
  EXPECT_EQ(sets->prefixes.size(), 26u);
  EXPECT_TRUE(sets->admits("checkUser"));
  EXPECT_FALSE(sets->admits("checker"));

  sets = literal_sets("^(log|logger)$|[Ll]ogger$");
  ASSERT_TRUE(sets.has_value());
  EXPECT_EQ(sorted(sets->suffixes), (std::set<std::string>{"Logger", "logger"}));
  EXPECT_TRUE(sets->hashable());

  sets = literal_sets("BadRequest|[Ii]nvalid");
  ASSERT_TRUE(sets.has_value());
  EXPECT_FALSE(sets->hashable());
  EXPECT_TRUE(sets->admits("throw new Invalid()"));
  EXPECT_FALSE(sets->admits("return ok"));

  // "^a|b$" is "starts with a, or ends with b", not the set {a, b}.
  sets = literal_sets("^a|b$");
  ASSERT_TRUE(sets.has_value());
  EXPECT_FALSE(sets->exact);
  EXPECT_TRUE(sets->admits("abc"));
  EXPECT_TRUE(sets->admits("cab"));
}

TEST(RegexLiterals, NoConditionWithoutALiteral) {
  EXPECT_FALSE(literal_sets(".*").has_value());
  EXPECT_FALSE(literal_sets("^\\w+$").has_value());
  EXPECT_FALSE(literal_sets("^(a|\\d+)$").has_value());
  EXPECT_FALSE(literal_sets("x?").has_value());
}

// Texts that probe the edges of a condition: its own words, prefixes, suffixes and substrings,
// cut, extended and recased, plus ordinary identifiers.
std::vector<std::string> probes(const LiteralSets& sets) {
  std::vector<std::string> seeds = {"",
                                    "x",
                                    "log",
                                    "logger",
                                    "Logger",
                                    "info",
                                    "Info",
                                    "ctx",
                                    "Exec",
                                    "print",
                                    "validate",
                                    "error",
                                    "SELECT * FROM t WHERE id = ?",
                                    "password",
                                    "a.b.c()"};
  for (const auto* set : {&sets.words, &sets.prefixes, &sets.suffixes})
    seeds.insert(seeds.end(), set->begin(), set->end());
  seeds.insert(seeds.end(), sets.infixes.begin(), sets.infixes.end());
  std::vector<std::string> out;
  for (const std::string& seed : seeds) {
    out.push_back(seed);
    out.push_back(seed + "s");
    out.push_back("_" + seed);
    out.push_back("my" + seed + "X");
    if (!seed.empty()) out.push_back(seed.substr(0, seed.size() - 1));
    if (!seed.empty()) out.push_back(seed.substr(1));
    std::string upper = seed;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out.push_back(upper);
  }
  return out;
}

TEST(RegexLiterals, AgreeWithStdRegexOnEveryBundledMatchPredicate) {
  // Every #match? / #not-match? string of every bundled pack, as the regex engine sees it.
  const std::regex predicate(R"re(#(?:not-)?match\?\s+@[A-Za-z0-9_.\-]+\s+"((?:[^"\\]|\\.)*)")re");
  int checked = 0;
  for (const auto& entry :
       fs::recursive_directory_iterator(std::string(FAULTLINE_SOURCE_DIR) + "/data/concepts")) {
    if (entry.path().extension() != ".scm") continue;
    auto text = read_text_file(entry.path().string());
    ASSERT_TRUE(text.ok());
    for (std::sregex_iterator it(text->begin(), text->end(), predicate), end; it != end; ++it) {
      std::string escaped = (*it)[1].str();
      std::string pattern;
      for (size_t i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == '\\' && i + 1 < escaped.size()) {
          char e = escaped[++i];
          pattern += e == 'n' ? '\n' : e == 't' ? '\t' : e;
        } else {
          pattern += escaped[i];
        }
      }
      auto sets = literal_sets(pattern);
      if (!sets) continue;
      std::regex regex(pattern, std::regex::ECMAScript);
      for (const std::string& probe : probes(*sets)) {
        bool matches = std::regex_search(probe, regex);
        if (matches) {
          EXPECT_TRUE(sets->admits(probe)) << entry.path() << ": /" << pattern << "/ on \"" << probe << "\"";
        }
        if (sets->exact) {
          EXPECT_EQ(sets->admits(probe), matches) << "/" << pattern << "/ on \"" << probe << "\"";
        }
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 200);
}

TEST(PatternShape, RootTypeAndGatesThroughFieldsAndAlternations) {
  PatternShape shape = read_pattern_shape(
      "; a comment (with parentheses)\n"
      "((call\n"
      "   function: [(identifier) @_f (attribute object: (_) @_o attribute: (identifier) @_f)]\n"
      "   arguments: (argument_list (keyword_argument name: (identifier) @_k)?)) @presence\n"
      " (#any-of? @_f \"get\" \"post\")\n"
      " (#eq? @_k \"timeout\"))\n");
  ASSERT_TRUE(shape.dispatchable);
  EXPECT_EQ(shape.root_types, std::vector<std::string>{"call"});
  EXPECT_EQ(shape.root_captures, std::vector<std::string>{"presence"});
  EXPECT_FALSE(shape.root_only);
  std::map<std::string, std::vector<std::vector<std::string>>> gates;
  for (const GatePath& gate : shape.gates) gates[gate.capture] = gate.paths;
  EXPECT_EQ(gates["_f"], (std::vector<std::vector<std::string>>{{"function"}, {"function", "attribute"}}));
  EXPECT_EQ(gates.count("_o"), 0u);  // only one alternative holds it
  EXPECT_EQ(gates.count("_k"), 0u);  // optional
  EXPECT_EQ(gates["presence"], (std::vector<std::vector<std::string>>{{}}));
}

TEST(PatternShape, WildcardRootsAnchorAtAChildAndSequencesAreNotDispatched) {
  PatternShape shape = read_pattern_shape("((_ \"async\" body: (statement_block) @_b) @x)");
  ASSERT_TRUE(shape.dispatchable);
  EXPECT_EQ(shape.anchor_type, "async");
  EXPECT_FALSE(shape.anchor_named);
  shape = read_pattern_shape("[(for_statement) (while_statement)] @context.loop");
  ASSERT_TRUE(shape.dispatchable);
  EXPECT_TRUE(shape.root_only);
  EXPECT_EQ(shape.root_types, (std::vector<std::string>{"for_statement", "while_statement"}));
  EXPECT_FALSE(read_pattern_shape("((comment) @c . (method_declaration))").dispatchable);
  EXPECT_FALSE(read_pattern_shape("(_) @any").dispatchable);
  EXPECT_FALSE(read_pattern_shape("(expression/identifier) @e").dispatchable);
}

class DispatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("fl_dispatch_" + std::to_string(::getpid()) + "_" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  FileAnalysis analyze(const std::string& signals, const std::string& query, const std::string& source) {
    fs::create_directories(m_dir / "packs/probe");
    std::ofstream(m_dir / "packs/probe/concept.json")
        << R"({"id": "probe", "title": "Probe", "rationale": "test", "signals": {)" + signals + "}}";
    std::ofstream(m_dir / "packs/probe/java.scm") << query;
    auto set = ConceptSet::build(std::string(FAULTLINE_SOURCE_DIR) + "/data/languages.json",
                                 {(m_dir / "packs").string()});
    EXPECT_TRUE(set.ok()) << (set.ok() ? "" : set.error().message());
    if (!set.ok()) return {};
    Classifier classifier(*set);
    auto analysis = classifier.analyze("java", source, "Probe.java");
    EXPECT_TRUE(analysis.ok()) << (analysis.ok() ? "" : analysis.error().message());
    return analysis.ok() ? *analysis : FileAnalysis{};
  }

  fs::path m_dir;
};

std::string evidence(const FileAnalysis& analysis) {
  std::string out;
  for (const Finding& finding : analysis.findings) {
    out += finding.region_name + ":";
    for (const Signal& signal : finding.signals) out += " " + signal.name + "@" + std::to_string(signal.line);
    out += "\n";
  }
  return out;
}

TEST_F(DispatchTest, EveryKindOfDispatchedPatternFiresWhereItMatchesOnly) {
  const std::string signals = R"("audit": {"weight": 0.1, "description": "x", "presence": true},)"
                              R"("check": {"weight": 0.1, "description": "x", "presence": true},)"
                              R"("locked": {"weight": 0.1, "description": "x", "presence": true},)"
                              R"("sql": {"weight": -0.1, "description": "x", "presence": true})";
  const std::string query =
      // gated on the name, and on the object through an alternation of field chains
      "((method_invocation\n"
      "   object: [(identifier) @_o (field_access field: (identifier) @_o)]\n"
      "   name: (identifier) @_n) @signal.audit\n"
      " (#eq? @_n \"audit\") (#match? @_o \"^(log|LOG)$\"))\n"
      // gated on a prefix
      "((method_invocation name: (identifier) @_c) @signal.check (#match? @_c \"^check[A-Z]\"))\n"
      // a wildcard root, run at the parent of each `synchronized` token
      "((_ \"synchronized\" body: (block) @signal.locked))\n"
      // root-only, with a substring regex
      "((string_literal) @signal.sql (#match? @signal.sql \"SELECT .* FROM\"))\n";
  auto analysis = analyze(signals, query,
                          "class Shop {\n"                                             // 1
                          "  void buy() {\n"                                           // 2
                          "    log.audit(\n"                                           // 3
                          "        this.LOG.audit(\"nested\"));\n"                     // 4
                          "    Math.log(2); audit(); log.auditor(); // log.audit()\n"  // 5
                          "    checkUser(); checker();\n"                              // 6
                          "    synchronized (this) { run(\"SELECT a FROM t\"); }\n"    // 7
                          "  }\n"                                                      // 8
                          "  synchronized void sell() { run(\"SELECT a\"); }\n"        // 9
                          "}\n");
  EXPECT_EQ(evidence(analysis), "Shop.buy: +audit@3 +audit@4 +check@6 +locked@7 -sql@7\n");
}

}  // namespace
}  // namespace faultline::analyzer
