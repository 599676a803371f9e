// The analyzer engine on packs written by the test: regions and their names, predicates,
// marks/contexts (within, not_within, unless), scoring, pack errors naming file:line:col,
// language detection, and a 10,000-level nesting that must not overflow the stack.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "analyzer/classifier.h"
#include "analyzer/concept_set.h"
#include "analyzer/region_walker.h"
#include "analyzer/ts_handles.h"

namespace faultline::analyzer {
namespace {

namespace fs = std::filesystem;

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("fl_engine_" + std::to_string(::getpid()) + "_" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir / "packs");
  }
  void TearDown() override { fs::remove_all(m_dir); }

  void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
  }

  // A pack "probe" with the given manifest signals and java query.
  void probe_pack(const std::string& signals, const std::string& java_query) {
    write(m_dir / "packs/probe/concept.json",
          R"({"id": "probe", "title": "Probe", "rationale": "test", "signals": {)" + signals + "}}");
    write(m_dir / "packs/probe/java.scm", java_query);
  }

  Result<std::shared_ptr<const ConceptSet>> load() {
    return ConceptSet::build(std::string(FAULTLINE_SOURCE_DIR) + "/data/languages.json",
                             {(m_dir / "packs").string()});
  }

  FileAnalysis analyze(const std::string& language, const std::string& source) {
    auto set = load();
    EXPECT_TRUE(set.ok()) << (set.ok() ? "" : set.error().message());
    if (!set.ok()) return {};
    Classifier classifier(*set);
    auto analysis = classifier.analyze(language, source, "probe");
    EXPECT_TRUE(analysis.ok()) << (analysis.ok() ? "" : analysis.error().message());
    return analysis.ok() ? *analysis : FileAnalysis{};
  }

  fs::path m_dir;
};

std::string evidence(const Finding& finding) {
  std::string out;
  for (const Signal& signal : finding.signals) out += signal.name + "(" + std::to_string(signal.line) + ") ";
  return out;
}

TEST_F(EngineTest, RegionsAreInnermostFunctionElseClassElseFile) {
  probe_pack(R"("noted": {"weight": 0.2, "description": "x"})",
             "((method_invocation name: (identifier) @_n) @presence (#eq? @_n \"probe\"))\n"
             "((field_declaration) @presence)\n");
  auto analysis = analyze("java",
                          "class Shop {\n"                  // 1
                          "  int count = 0;\n"              // 2
                          "  void buy() {\n"                // 3
                          "    probe();\n"                  // 4
                          "  }\n"                           // 5
                          "  class Inner {\n"               // 6
                          "    void sell() { probe(); }\n"  // 7
                          "  }\n"                           // 8
                          "}\n");
  ASSERT_EQ(analysis.findings.size(), 3u);
  EXPECT_EQ(analysis.regions, 2);
  EXPECT_EQ(analysis.findings[0].region_kind, "class");
  EXPECT_EQ(analysis.findings[0].region_name, "Shop");
  EXPECT_EQ(analysis.findings[0].start_line, 1);
  EXPECT_EQ(analysis.findings[0].end_line, 9);
  EXPECT_EQ(analysis.findings[1].region_kind, "function");
  EXPECT_EQ(analysis.findings[1].region_name, "Shop.buy");
  EXPECT_EQ(analysis.findings[1].start_line, 3);
  EXPECT_EQ(analysis.findings[1].end_line, 5);
  EXPECT_EQ(analysis.findings[2].region_name, "Shop.Inner.sell");
  EXPECT_EQ(analysis.findings[2].start_line, 7);
  EXPECT_DOUBLE_EQ(analysis.findings[2].quality, 0.5);
  ASSERT_EQ(analysis.totals.size(), 1u);
  EXPECT_EQ(analysis.totals[0].concept_id, "probe");
  EXPECT_EQ(analysis.totals[0].findings, 3);
  EXPECT_EQ(analysis.totals[0].eligible_regions, 2);
  EXPECT_EQ(analysis.totals[0].covered_lines, 9 + 3 + 1);
}

TEST_F(EngineTest, FileRegionAndAtLeastOneRegion) {
  probe_pack(R"("noted": {"weight": 0.2, "description": "x"})", "((import_declaration) @presence)\n");
  auto analysis = analyze("java", "import a.b;\n\nclass X {}\n");
  ASSERT_EQ(analysis.findings.size(), 1u);
  EXPECT_EQ(analysis.findings[0].region_kind, "file");
  EXPECT_EQ(analysis.findings[0].region_name, "");
  EXPECT_EQ(analysis.findings[0].start_line, 1);
  EXPECT_EQ(analysis.findings[0].end_line, 3);
  EXPECT_EQ(analysis.regions, 1);
}

TEST_F(EngineTest, PredicatesAreEvaluated) {
  probe_pack(
      R"("eq": {"weight": 0.1, "description": "x"}, "noteq": {"weight": 0.1, "description": "x"},
                "re": {"weight": 0.1, "description": "x"}, "notre": {"weight": 0.1, "description": "x"},
                "any": {"weight": 0.1, "description": "x"}, "notany": {"weight": 0.05, "description": "x"},
                "same": {"weight": -0.1, "description": "x"})",
      "((method_invocation name: (identifier) @_n) @presence (#eq? @_n \"go\"))\n"
      "((method_invocation name: (identifier) @_n) @signal.eq (#eq? @_n \"alpha\"))\n"
      "((method_invocation name: (identifier) @_n) @signal.noteq (#not-eq? @_n \"go\") (#not-eq? @_n "
      "\"alpha\"))\n"
      "((method_invocation name: (identifier) @_n) @signal.re (#match? @_n \"^bet[a-z]$\"))\n"
      "((method_invocation name: (identifier) @_n) @signal.notre (#not-match? @_n \"a|o\"))\n"
      "((method_invocation name: (identifier) @_n) @signal.any (#any-of? @_n \"gamma\" \"delta\"))\n"
      "((method_invocation name: (identifier) @_n) @signal.notany (#not-any-of? @_n \"go\" \"alpha\" "
      "\"beta\" \"gamma\" \"delta\"))\n"
      "((method_invocation object: (identifier) @_a name: (identifier) @_b) @signal.same (#eq? @_a @_b))\n");
  auto analysis = analyze("java",
                          "class A {\n"
                          "  void f() {\n"
                          "    go();\n"     // 3
                          "    alpha();\n"  // 4: eq
                          "    beta();\n"   // 5: noteq, re
                          "    delta();\n"  // 6: noteq, any
                          "    zzz();\n"    // 7: noteq, notre, notany
                          "    x.x();\n"    // 8: noteq, notre, notany, same
                          "    betas();\n"  // 9: noteq (re anchored: no)
                          "  }\n"
                          "}\n");
  ASSERT_EQ(analysis.findings.size(), 1u);
  EXPECT_EQ(evidence(analysis.findings[0]),
            "+eq(4) +noteq(5) +re(5) +any(6) +noteq(6) +notany(7) +noteq(7) +notre(7) "
            "+notany(8) +noteq(8) +notre(8) -same(8) +notany(9) +noteq(9) ");
  // distinct signals: 0.5 + 0.1*5 + 0.05 - 0.1
  EXPECT_NEAR(analysis.findings[0].quality, 0.95, 1e-9);
}

TEST_F(EngineTest, SignalsWithoutPresenceDoNotMakeAFindingUnlessTheyImplyIt) {
  probe_pack(R"("plain": {"weight": 0.3, "description": "x"},
                "unsafe": {"weight": -0.4, "description": "x", "presence": true})",
             "((method_invocation name: (identifier) @_n) @signal.plain (#eq? @_n \"plain\"))\n"
             "((method_invocation name: (identifier) @_n) @signal.unsafe (#eq? @_n \"unsafe\"))\n");
  auto analysis = analyze("java",
                          "class A {\n"
                          "  void onlyPlain() { plain(); }\n"
                          "  void withUnsafe() { plain(); unsafe(); }\n"
                          "}\n");
  ASSERT_EQ(analysis.findings.size(), 1u);
  EXPECT_EQ(analysis.findings[0].region_name, "A.withUnsafe");
  EXPECT_EQ(evidence(analysis.findings[0]), "+plain(3) -unsafe(3) ");
  EXPECT_NEAR(analysis.findings[0].quality, 0.4, 1e-9);
}

TEST_F(EngineTest, WithinNotWithinAndUnless) {
  probe_pack(R"("in-loop": {"weight": -0.2, "description": "x", "within": "loop"},
                "outside-main": {"weight": -0.3, "description": "x", "not_within": "cli"},
                "never-closed": {"weight": -0.25, "description": "x", "unless": ["closed"]})",
             "((method_invocation name: (identifier) @_n) @presence @signal.in-loop @signal.outside-main "
             "(#eq? @_n \"work\"))\n"
             "((method_invocation name: (identifier) @_n) @signal.never-closed (#eq? @_n \"open\"))\n"
             "((method_invocation name: (identifier) @_n) @mark.closed (#eq? @_n \"close\"))\n"
             "[(for_statement) (while_statement)] @context.loop\n"
             "((method_declaration name: (identifier) @_m) @context.cli (#eq? @_m \"main\"))\n");
  auto analysis = analyze("java",
                          "class A {\n"
                          "  void once() { open(); work(); }\n"                            // 2
                          "  void loop() { open(); while (true) { work(); } close(); }\n"  // 3
                          "  static void main(String[] a) { work(); }\n"                   // 4
                          "}\n");
  ASSERT_EQ(analysis.findings.size(), 3u);
  EXPECT_EQ(evidence(analysis.findings[0]), "-never-closed(2) -outside-main(2) ");
  EXPECT_NEAR(analysis.findings[0].quality, 0.0, 1e-9);
  EXPECT_EQ(evidence(analysis.findings[1]), "-in-loop(3) -outside-main(3) ");
  EXPECT_NEAR(analysis.findings[1].quality, 0.0, 1e-9);
  EXPECT_EQ(evidence(analysis.findings[2]), "");
  EXPECT_NEAR(analysis.findings[2].quality, 0.5, 1e-9);
}

TEST_F(EngineTest, BrokenPackNamesFileLineAndColumn) {
  probe_pack(R"("noted": {"weight": 0.2, "description": "x"})",
             "; a comment\n"
             "((method_invocation) @presence)\n"
             "  ((no_such_node) @presence)\n");
  auto set = load();
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().message(),
            (m_dir / "packs/probe/java.scm").string() + ":3:5: unknown node type 'no_such_node'");
}

TEST_F(EngineTest, UnknownSignalAndBadRegexAreNamed) {
  probe_pack(R"("noted": {"weight": 0.2, "description": "x"})", "\n((identifier) @signal.nope)\n");
  auto set = load();
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.error().message().find("java.scm:2:15: unknown signal 'nope'"), std::string::npos)
      << set.error().message();

  probe_pack(R"("noted": {"weight": 0.2, "description": "x"})",
             "\n\n((identifier) @presence (#match? @presence \"(\"))\n");
  set = load();
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.error().message().find("java.scm:3:1: #match? \"(\": invalid regular expression"),
            std::string::npos)
      << set.error().message();
}

// The packs of a language are compiled as one query: an error must still name the file at
// fault, whichever it is, with its own line and column.
TEST_F(EngineTest, ErrorsAmongSeveralPacksNameTheFileAtFault) {
  auto pack = [&](const std::string& id, const std::string& java_query) {
    write(
        m_dir / "packs" / id / "concept.json",
        R"({"id": ")" + id +
            R"(", "title": "T", "rationale": "test", "signals": {"noted": {"weight": 0.2, "description": "x"}}})");
    write(m_dir / "packs" / id / "java.scm", java_query);
  };
  // An unclosed pattern at the end of the first file is not blamed on the next one.
  pack("alpha", "((method_invocation) @presence)\n((identifier) @presence\n");
  pack("beta", "((catch_clause) @presence)\n");
  auto set = load();
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().message().rfind((m_dir / "packs/alpha/java.scm").string() + ":", 0), 0u)
      << set.error().message();

  // An unknown node type and an unknown signal in the second file, at their own places.
  pack("alpha", "((method_invocation) @presence)\n");
  pack("beta", "((catch_clause) @presence)\n\n  ((no_such_node) @presence)\n");
  set = load();
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().message(),
            (m_dir / "packs/beta/java.scm").string() + ":3:5: unknown node type 'no_such_node'");
  pack("beta", "((catch_clause) @presence)\n((identifier) @signal.nope)\n");
  set = load();
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().message().rfind(
                (m_dir / "packs/beta/java.scm").string() + ":2:15: unknown signal 'nope'", 0),
            0u)
      << set.error().message();

  // Both valid: each concept keeps its own patterns.
  pack("beta", "((catch_clause) @presence)\n");
  auto analysis = analyze("java", "class A {\n  void f() {\n    try { g(); } catch (E e) {}\n  }\n}\n");
  ASSERT_EQ(analysis.findings.size(), 2u);
  EXPECT_EQ(analysis.findings[0].concept_id, "alpha");
  EXPECT_EQ(analysis.findings[0].start_line, 2);
  EXPECT_EQ(analysis.findings[1].concept_id, "beta");
}

TEST_F(EngineTest, MalformedManifestNamesLineAndColumn) {
  write(m_dir / "packs/probe/concept.json", "{\"id\": \"probe\",\n  \"signals\": {,}}\n");
  auto set = load();
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().message().rfind((m_dir / "packs/probe/concept.json").string() + ":2:15: ", 0), 0u)
      << set.error().message();
}

TEST_F(EngineTest, DeepNestingDoesNotOverflow) {
  probe_pack(R"("noted": {"weight": 0.2, "description": "x"})",
             "((method_invocation name: (identifier) @_n) @presence (#eq? @_n \"deep\"))\n");
  std::string source = "class D {\n  int f() {\n    return ";
  for (int i = 0; i < 10000; ++i) source += "(";
  source += "deep()";
  for (int i = 0; i < 10000; ++i) source += ")";
  source += ";\n  }\n}\n";
  auto analysis = analyze("java", source);
  ASSERT_EQ(analysis.findings.size(), 1u);
  EXPECT_EQ(analysis.findings[0].region_name, "D.f");

  std::string python = "def f():\n    return ";
  for (int i = 0; i < 10000; ++i) python += "[";
  for (int i = 0; i < 10000; ++i) python += "]";
  python += "\n";
  auto set = load();
  ASSERT_TRUE(set.ok());
  Classifier classifier(*set);
  auto deep = classifier.analyze("python", python, "deep.py");
  ASSERT_TRUE(deep.ok()) << deep.error().message();
  EXPECT_EQ(deep->regions, 1);
}

TEST_F(EngineTest, LanguageDetectionByExtensionThenShebang) {
  auto set = load_concepts();
  ASSERT_TRUE(set.ok()) << set.error().message();
  const ConceptSet& concepts = **set;
  EXPECT_EQ(detect_language(concepts, "src/Main.java", ""), "java");
  EXPECT_EQ(detect_language(concepts, "web/App.TSX", ""), "tsx");
  EXPECT_EQ(detect_language(concepts, "a/b.ts", ""), "typescript");
  EXPECT_EQ(detect_language(concepts, "lib/x.h", ""), "c");
  EXPECT_EQ(detect_language(concepts, "bin/tool", "#!/usr/bin/env python3\nimport os\n"), "python");
  EXPECT_EQ(detect_language(concepts, "bin/tool", "#!/usr/bin/python3.11 -u\n"), "python");
  EXPECT_EQ(detect_language(concepts, "bin/serve", "#!/usr/bin/env -S node --harmony\n"), "javascript");
  EXPECT_EQ(detect_language(concepts, "README.md", "# title"), std::nullopt);
  EXPECT_EQ(detect_language(concepts, "bin/run", "#!/bin/sh\n"), std::nullopt);
}

TEST_F(EngineTest, UnknownLanguageIsAnErrorOfAnalyze) {
  auto set = load_concepts();
  ASSERT_TRUE(set.ok()) << set.error().message();
  Classifier classifier(*set);
  auto analysis = classifier.analyze("cobol", "IDENTIFICATION DIVISION.", "x.cbl");
  ASSERT_FALSE(analysis.ok());
  EXPECT_EQ(analysis.error().message(), "x.cbl: faultline does not analyse language 'cobol'");
}

TEST_F(EngineTest, VersionChangesWithAPack) {
  probe_pack(R"("noted": {"weight": 0.2, "description": "x"})", "((identifier) @presence)\n");
  auto first = load();
  ASSERT_TRUE(first.ok());
  probe_pack(R"("noted": {"weight": 0.3, "description": "x"})", "((identifier) @presence)\n");
  auto second = load();
  ASSERT_TRUE(second.ok());
  EXPECT_NE(analyzer_version(**first), analyzer_version(**second));
  auto again = load();
  EXPECT_EQ(analyzer_version(**second), analyzer_version(**again));
}

// typescript and tsx extend the javascript queries (data/languages.json): a concept's
// javascript.scm is compiled first for them, then its typescript.scm if any.
TEST_F(EngineTest, TypeScriptExtendsTheJavaScriptQueries) {
  write(m_dir / "packs/probe/concept.json",
        R"({"id": "probe", "title": "Probe", "rationale": "test", "signals": {
              "thrown": {"weight": 0.2, "description": "x"}, "cast": {"weight": 0.1, "description": "x"}}})");
  write(m_dir / "packs/probe/javascript.scm", "(catch_clause) @presence\n(throw_statement) @signal.thrown\n");
  write(m_dir / "packs/probe/typescript.scm", "\n\n(as_expression) @signal.cast\n");
  const std::string source =
      "class A {\n"
      "  run() {\n"
      "    try { go(); } catch (e) { throw e as Error; }\n"
      "  }\n"
      "}\n";
  for (const char* language : {"typescript", "tsx"}) {
    auto analysis = analyze(language, source);
    ASSERT_EQ(analysis.findings.size(), 1u) << language;
    EXPECT_EQ(analysis.findings[0].region_name, "A.run") << language;
    EXPECT_EQ(evidence(analysis.findings[0]), "+cast(3) +thrown(3) ") << language;
  }
  // JavaScript itself does not read typescript.scm.
  auto plain = analyze("javascript", "function f() { try { go(); } catch (e) { throw e; } }\n");
  ASSERT_EQ(plain.findings.size(), 1u);
  EXPECT_EQ(evidence(plain.findings[0]), "+thrown(1) ");

  // Either file changes the version.
  auto before = load();
  ASSERT_TRUE(before.ok());
  write(m_dir / "packs/probe/javascript.scm",
        "(catch_clause) @presence\n(throw_statement) @signal.thrown \n");
  auto after = load();
  ASSERT_TRUE(after.ok());
  EXPECT_NE(analyzer_version(**before), analyzer_version(**after));

  // A JavaScript pattern the TypeScript grammar cannot compile is an error naming the
  // JavaScript file and its place, not a pattern dropped for TypeScript.
  write(m_dir / "packs/probe/javascript.scm", "(catch_clause) @presence\n  (jsx_element) @signal.thrown\n");
  auto broken = load();
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().message(), (m_dir / "packs/probe/javascript.scm").string() +
                                          ":2:4: unknown node type 'jsx_element' (compiled as typescript, "
                                          "which extends the javascript queries)");
}

TEST_F(EngineTest, NamesOfRegionsAcrossLanguages) {
  struct Case {
    const char* language;
    const char* source;
    const char* expected;
  };
  // Uses the bundled packs only for the walk: the region list is checked through a probe
  // that marks every identifier "mark_here".
  const Case cases[] = {
      {"go", "package p\nfunc (s *Server) Handle() { mark_here() }\n", "Server.Handle"},
      {"python", "class Shop:\n    @staticmethod\n    def buy():\n        mark_here()\n", "Shop.buy"},
      {"javascript", "const handler = async (req) => { mark_here(); };\n", "handler"},
      {"c", "static int *parse(char *s) { mark_here(); return 0; }\n", "parse"},
      {"cpp", "int Shop::buy(int n) { mark_here(); return n; }\n", "Shop::buy"},
      {"kotlin", "class Shop {\n  fun buy() { mark_here() }\n}\n", "Shop.buy"},
      {"rust", "impl Shop {\n    fn buy(&self) { mark_here(); }\n}\n", "Shop.buy"},
      {"ruby", "class Shop\n  def buy\n    mark_here\n  end\nend\n", "Shop.buy"},
  };
  auto set = load_concepts();
  ASSERT_TRUE(set.ok()) << set.error().message();
  for (const Case& c : cases) {
    const Language* language = (*set)->language(c.language);
    ASSERT_NE(language, nullptr) << c.language;
    TsParser parser(ts_parser_new());
    ts_parser_set_language(parser.get(), language->grammar);
    std::string source = c.source;
    TsTree tree(
        ts_parser_parse_string(parser.get(), nullptr, source.data(), static_cast<uint32_t>(source.size())));
    std::vector<Region> regions;
    find_regions(*language, ts_tree_root_node(tree.get()), source, regions);
    size_t at = source.find("mark_here");
    std::string innermost;
    for (const Region& region : regions) {
      if (region.start_byte <= at && at < region.end_byte) innermost = region.name;
    }
    EXPECT_EQ(innermost, c.expected) << c.language;
  }
}

}  // namespace
}  // namespace faultline::analyzer
