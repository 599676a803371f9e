// Loading the template folders (JSON indexes plus the files they name) and the {{name}}
// substitution: a single left-to-right scan, no recursion, so a value containing "{{" is
// copied as it is.
#include "demo/template_library.h"

#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace faultline::demo {
namespace {

using nlohmann::json;

Result<std::string> read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(path + ": cannot read");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<json> read_json(const std::string& path) {
  auto text = read_text(path);
  if (!text.ok()) return text.error();
  try {
    return json::parse(*text);
  } catch (const json::exception& error) {
    return Error(path + ": " + error.what());
  }
}

Result<LanguageTemplates> load_language(const std::string& dir, const std::string& language) {
  const std::string index_path = dir + "/templates.json";
  auto index = read_json(index_path);
  if (!index.ok()) return index.error();
  LanguageTemplates templates;
  templates.language = language;
  try {
    for (const json& item : index->at("skeleton")) {
      auto text = read_text(dir + "/" + item.at("template").get<std::string>());
      if (!text.ok()) return text.error();
      templates.skeleton.push_back({item.at("path").get<std::string>(), *text});
    }
    for (const auto& [concept_id, item] : index->at("concepts").items()) {
      ConceptTemplate concept_template;
      concept_template.path = item.at("path").get<std::string>();
      for (const auto& [variant, file] : item.at("variants").items()) {
        auto text = read_text(dir + "/" + file.get<std::string>());
        if (!text.ok()) return text.error();
        concept_template.variants[variant] = *text;
      }
      templates.concepts[concept_id] = concept_template;
    }
    const json& filler = index->at("filler");
    templates.filler.path = filler.at("path").get<std::string>();
    auto file = read_text(dir + "/" + filler.at("file").get<std::string>());
    if (!file.ok()) return file.error();
    templates.filler.file = *file;
    for (const json& name : filler.at("functions")) {
      auto text = read_text(dir + "/" + name.get<std::string>());
      if (!text.ok()) return text.error();
      templates.filler.functions.push_back(*text);
    }
    if (templates.filler.functions.empty()) return Error(index_path + ": filler.functions: empty");
  } catch (const json::exception& error) {
    return Error(index_path + ": " + error.what());
  }
  return templates;
}

std::string capitalised(const std::string& word) {
  std::string out = word;
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace

Result<TemplateLibrary> TemplateLibrary::load(const std::string& templates_dir,
                                              const std::vector<std::string>& languages) {
  TemplateLibrary library;
  const std::string vocabulary_path = templates_dir + "/vocabulary.json";
  auto vocabulary = read_json(vocabulary_path);
  if (!vocabulary.ok()) return vocabulary.error();
  try {
    library.m_vocabulary.verbs = vocabulary->at("verbs").get<std::vector<std::string>>();
    library.m_vocabulary.fields = vocabulary->at("fields").get<std::vector<std::string>>();
    library.m_vocabulary.files = vocabulary->at("files").get<std::vector<std::string>>();
    library.m_vocabulary.dirs = vocabulary->at("dirs").get<std::vector<std::string>>();
  } catch (const json::exception& error) {
    return Error(vocabulary_path + ": " + error.what());
  }
  if (library.m_vocabulary.verbs.empty() || library.m_vocabulary.fields.empty() ||
      library.m_vocabulary.files.empty() || library.m_vocabulary.dirs.empty())
    return Error(vocabulary_path + ": every word list needs words");
  for (const std::string& language : languages) {
    if (library.m_languages.count(language)) continue;
    auto templates = load_language(templates_dir + "/" + language, language);
    if (!templates.ok()) return templates.error();
    library.m_languages[language] = std::move(*templates);
  }
  return library;
}

Result<std::string> render_template(std::string_view text, const Variables& vars, std::string_view name) {
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  while (at < text.size()) {
    size_t open = text.find("{{", at);
    if (open == std::string_view::npos) {
      out.append(text.substr(at));
      break;
    }
    size_t close = text.find("}}", open + 2);
    if (close == std::string_view::npos)
      return Error(std::string(name) + ": unclosed {{ at byte " + std::to_string(open));
    out.append(text.substr(at, open - at));
    const std::string key(text.substr(open + 2, close - open - 2));
    auto found = vars.find(key);
    if (found == vars.end()) return Error(std::string(name) + ": no value for {{" + key + "}}");
    out.append(found->second);
    at = close + 2;
  }
  return out;
}

std::string snake_case(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : "_") + word;
  return out;
}

std::string camel_case(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += out.empty() ? word : capitalised(word);
  return out;
}

std::string pascal_case(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += capitalised(word);
  return out;
}

}  // namespace faultline::demo
