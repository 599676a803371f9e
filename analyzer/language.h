// Language: one entry of data/languages.json resolved against its grammar: which files are
// in it, and which syntax nodes are regions (functions, classes) and how they are named.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace faultline::analyzer {

// What a node of a given grammar symbol means for regions.
enum class RegionRole : uint8_t {
  none,
  function,            // a function-level region
  anonymous_function,  // a function region only when its parent names it (name_from_parent)
  class_like,          // a class-level region
  wrapper,             // extends the region it wraps (Python decorated_definition)
};

struct Language {
  std::string id;              // "java"
  std::string grammar_symbol;  // "tree_sitter_java"
  const TSLanguage* grammar = nullptr;
  std::vector<std::string> extensions;  // lower case, with the dot: ".java"
  std::vector<std::string> shebangs;    // interpreter names: "python3"
  // A language whose grammar is a superset of another's may reuse that language's query files:
  // a concept with no <id>.scm uses <queries_from>.scm (e.g. tsx reuses typescript). "" = none.
  std::string queries_from;
  // A language may extend another's queries: each concept's <extends_queries>.scm is compiled
  // (against this language's grammar) before this language's own file, which then holds only
  // what is particular to it (e.g. typescript extends javascript). "" = none.
  std::string extends_queries;

  std::vector<RegionRole> roles;             // by TSSymbol
  std::vector<TSFieldId> name_fields;        // tried in order
  std::vector<TSFieldId> name_descend;       // followed from the name node while present
  std::vector<bool> name_child_symbols;      // by TSSymbol: a child of this type is the name
  std::vector<TSFieldId> parent_name_field;  // by parent TSSymbol: field naming an anonymous function
  TSFieldId owner_field = 0;                 // Go: receiver
  std::vector<bool> owner_symbols;           // by TSSymbol: the owner's type name node

  RegionRole role_of(TSSymbol symbol) const {
    return symbol < roles.size() ? roles[symbol] : RegionRole::none;
  }
};

// Parses the languages.json `text` (read from `path`, named in errors) and resolves each
// language's grammar and node types; an unknown grammar, ABI or node type is an error.
Result<std::vector<Language>> parse_languages(const std::string& path, std::string_view text);

}  // namespace faultline::analyzer
