// Resolving data/languages.json against the linked grammars. Node type names are matched
// against every symbol of the grammar (a type name may have several symbols through
// aliases), so that the region walk can dispatch on TSSymbol with one table lookup.
#include "analyzer/language.h"

#include <nlohmann/json.hpp>

#include "analyzer/grammar_table.h"
#include "analyzer/text_file.h"

namespace faultline::analyzer {
namespace {

using nlohmann::json;

std::vector<std::string> strings_of(const json& object, const char* key) {
  std::vector<std::string> out;
  if (!object.contains(key)) return out;
  for (const json& item : object.at(key)) out.push_back(item.get<std::string>());
  return out;
}

// Marks every named symbol called `type` in `table` with `value`; false if there is none.
template <typename T>
bool mark_symbols(const TSLanguage* grammar, const std::string& type, std::vector<T>& table, T value) {
  bool found = false;
  uint32_t count = ts_language_symbol_count(grammar);
  for (TSSymbol symbol = 0; symbol < count; ++symbol) {
    if (ts_language_symbol_type(grammar, symbol) != TSSymbolTypeRegular) continue;
    if (type != ts_language_symbol_name(grammar, symbol)) continue;
    table[symbol] = value;
    found = true;
  }
  return found;
}

Result<TSFieldId> field_id(const TSLanguage* grammar, const std::string& name, const std::string& where) {
  TSFieldId id = ts_language_field_id_for_name(grammar, name.data(), static_cast<uint32_t>(name.size()));
  if (id == 0) return Error(where + ": the grammar has no field '" + name + "'");
  return id;
}

Result<Language> parse_language(const std::string& id, const json& entry, const std::string& where) {
  Language language;
  language.id = id;
  language.grammar_symbol = entry.at("grammar").get<std::string>();
  auto grammar = find_grammar(language.grammar_symbol);
  if (!grammar.ok()) return grammar.error().within(where);
  language.grammar = *grammar;
  language.extensions = strings_of(entry, "extensions");
  language.shebangs = strings_of(entry, "shebangs");
  if (entry.contains("queries_from")) language.queries_from = entry.at("queries_from").get<std::string>();
  if (entry.contains("extends_queries"))
    language.extends_queries = entry.at("extends_queries").get<std::string>();

  const TSLanguage* g = language.grammar;
  uint32_t symbols = ts_language_symbol_count(g);
  language.roles.assign(symbols, RegionRole::none);
  language.name_child_symbols.assign(symbols, false);
  language.owner_symbols.assign(symbols, false);
  language.parent_name_field.assign(symbols, 0);

  const std::pair<const char*, RegionRole> role_keys[] = {
      {"functions", RegionRole::function},
      {"anonymous_functions", RegionRole::anonymous_function},
      {"classes", RegionRole::class_like},
      {"wrappers", RegionRole::wrapper}};
  for (const auto& [key, role] : role_keys) {
    for (const std::string& type : strings_of(entry, key)) {
      if (!mark_symbols(g, type, language.roles, role))
        return Error(where + ": " + key + ": the grammar has no node type '" + type + "'");
    }
  }
  std::vector<std::string> name_fields = strings_of(entry, "name_fields");
  if (!entry.contains("name_fields")) name_fields.push_back("name");
  for (const std::string& field : name_fields) {
    auto fid = field_id(g, field, where + ": name_fields");
    if (!fid.ok()) return fid.error();
    language.name_fields.push_back(*fid);
  }
  for (const std::string& field : strings_of(entry, "name_descend")) {
    auto fid = field_id(g, field, where + ": name_descend");
    if (!fid.ok()) return fid.error();
    language.name_descend.push_back(*fid);
  }
  for (const std::string& type : strings_of(entry, "name_child_types")) {
    if (!mark_symbols(g, type, language.name_child_symbols, true))
      return Error(where + ": name_child_types: the grammar has no node type '" + type + "'");
  }
  if (entry.contains("name_from_parent")) {
    for (const auto& [parent, field] : entry.at("name_from_parent").items()) {
      auto fid = field_id(g, field.get<std::string>(), where + ": name_from_parent");
      if (!fid.ok()) return fid.error();
      if (!mark_symbols(g, parent, language.parent_name_field, *fid))
        return Error(where + ": name_from_parent: the grammar has no node type '" + parent + "'");
    }
  }
  if (entry.contains("owner")) {
    const json& owner = entry.at("owner");
    auto fid = field_id(g, owner.at("field").get<std::string>(), where + ": owner");
    if (!fid.ok()) return fid.error();
    language.owner_field = *fid;
    std::string type = owner.at("type").get<std::string>();
    if (!mark_symbols(g, type, language.owner_symbols, true))
      return Error(where + ": owner: the grammar has no node type '" + type + "'");
  }
  return language;
}

}  // namespace

Result<std::vector<Language>> parse_languages(const std::string& path, std::string_view text) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& error) {
    return Error(place_in(path, text, error.byte > 0 ? error.byte - 1 : 0) + ": " + error.what());
  }
  std::vector<Language> languages;
  try {
    if (!doc.contains("languages") || !doc.at("languages").is_object())
      return Error(path + ": no \"languages\" object");
    for (const auto& [id, entry] : doc.at("languages").items()) {
      auto language = parse_language(id, entry, path + ": language " + id);
      if (!language.ok()) return language.error();
      languages.push_back(std::move(*language));
    }
  } catch (const json::exception& error) {
    return Error(path + ": " + error.what());
  }
  return languages;
}

}  // namespace faultline::analyzer
