// A fixed table from C symbol names to the grammar entry points of the faultline_grammars
// library (built from analyzer/grammars.txt by cmake/Grammars.cmake). A grammar's ABI is
// checked on every lookup: a grammar newer than the runtime would otherwise be refused
// later, at ts_parser_set_language, with no explanation.
#include "analyzer/grammar_table.h"

#include <array>
#include <string>

extern "C" {
const TSLanguage* tree_sitter_java();
const TSLanguage* tree_sitter_scala();
const TSLanguage* tree_sitter_kotlin();
const TSLanguage* tree_sitter_go();
const TSLanguage* tree_sitter_python();
const TSLanguage* tree_sitter_javascript();
const TSLanguage* tree_sitter_typescript();
const TSLanguage* tree_sitter_tsx();
const TSLanguage* tree_sitter_c_sharp();
const TSLanguage* tree_sitter_rust();
const TSLanguage* tree_sitter_ruby();
const TSLanguage* tree_sitter_c();
const TSLanguage* tree_sitter_cpp();
const TSLanguage* tree_sitter_php();
const TSLanguage* tree_sitter_php_only();
}

namespace faultline::analyzer {
namespace {

struct GrammarEntry {
  std::string_view symbol;
  const TSLanguage* (*entry)();
};

constexpr std::array k_grammars = {
    GrammarEntry{"tree_sitter_java", tree_sitter_java},
    GrammarEntry{"tree_sitter_scala", tree_sitter_scala},
    GrammarEntry{"tree_sitter_kotlin", tree_sitter_kotlin},
    GrammarEntry{"tree_sitter_go", tree_sitter_go},
    GrammarEntry{"tree_sitter_python", tree_sitter_python},
    GrammarEntry{"tree_sitter_javascript", tree_sitter_javascript},
    GrammarEntry{"tree_sitter_typescript", tree_sitter_typescript},
    GrammarEntry{"tree_sitter_tsx", tree_sitter_tsx},
    GrammarEntry{"tree_sitter_c_sharp", tree_sitter_c_sharp},
    GrammarEntry{"tree_sitter_rust", tree_sitter_rust},
    GrammarEntry{"tree_sitter_ruby", tree_sitter_ruby},
    GrammarEntry{"tree_sitter_c", tree_sitter_c},
    GrammarEntry{"tree_sitter_cpp", tree_sitter_cpp},
    GrammarEntry{"tree_sitter_php", tree_sitter_php},
    GrammarEntry{"tree_sitter_php_only", tree_sitter_php_only},
};

}  // namespace

Result<const TSLanguage*> find_grammar(std::string_view symbol) {
  for (const GrammarEntry& grammar : k_grammars) {
    if (grammar.symbol != symbol) continue;
    const TSLanguage* language = grammar.entry();
    uint32_t abi = ts_language_version(language);
    if (abi < TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION || abi > TREE_SITTER_LANGUAGE_VERSION) {
      return Error("grammar " + std::string(symbol) + " has ABI " + std::to_string(abi) +
                   " but this tree-sitter runtime accepts " +
                   std::to_string(TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION) + ".." +
                   std::to_string(TREE_SITTER_LANGUAGE_VERSION) +
                   ": pin an older grammar in analyzer/grammars.txt");
    }
    return language;
  }
  return Error("grammar " + std::string(symbol) +
               " is not linked into faultline (see analyzer/grammars.txt)");
}

}  // namespace faultline::analyzer
