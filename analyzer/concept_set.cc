// Loading the concept set: languages.json, then every pack folder, then one LanguagePack per
// language over the concepts that have a query for it. Also the public entry points of
// classifier.h that concern loading: data_dir, load_concepts, analyzer_version and
// detect_language (extension first, then a shebang's interpreter).
#include "analyzer/concept_set.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "analyzer/classifier.h"
#include "analyzer/text_file.h"

#ifndef FAULTLINE_SOURCE_DATA_DIR
#define FAULTLINE_SOURCE_DATA_DIR "data"
#endif
#ifndef FAULTLINE_GRAMMAR_PINS
#define FAULTLINE_GRAMMAR_PINS ""
#endif

namespace faultline::analyzer {
namespace {

namespace fs = std::filesystem;

// Bumped when the engine's scoring changes in a way that changes findings.
constexpr std::string_view k_engine_version = "engine-1";

// The pack folders of `dir`: itself when it holds a concept.json, else its sub-folders that do.
std::vector<std::string> pack_folders(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (fs::exists(fs::path(dir) / "concept.json", ec)) return {dir};
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_directory(ec) && fs::exists(entry.path() / "concept.json", ec))
      out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The interpreter named by a "#!" line: "#!/usr/bin/env -S python3 -u" → "python3".
std::string shebang_interpreter(std::string_view head) {
  if (head.substr(0, 2) != "#!") return "";
  std::string_view line =
      head.substr(2, head.find('\n') == std::string_view::npos ? head.size() - 2 : head.find('\n') - 2);
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  for (size_t w = 0; w < words.size(); ++w) {
    std::string_view word = words[w];
    std::string_view base = word.substr(word.rfind('/') == std::string_view::npos ? 0 : word.rfind('/') + 1);
    if (w == 0 && base == "env") continue;
    if (!base.empty() && base[0] == '-') continue;
    return std::string(base);
  }
  return "";
}

}  // namespace

Result<const LanguagePack*> ConceptSet::pack(std::string_view id) const {
  for (size_t i = 0; i < m_languages.size(); ++i) {
    if (m_languages[i].id != id) continue;
    LazyPack& lazy = m_packs[i];
    std::call_once(lazy.once, [&] {
      auto built = LanguagePack::build(m_languages[i], lazy.covering);
      if (built.ok())
        lazy.pack.emplace(std::move(*built));
      else
        lazy.error.emplace(built.error());
    });
    if (lazy.error) return *lazy.error;
    return &*lazy.pack;
  }
  return static_cast<const LanguagePack*>(nullptr);
}

const Language* ConceptSet::language(std::string_view id) const {
  for (const Language& language : m_languages) {
    if (language.id == id) return &language;
  }
  return nullptr;
}

Result<std::shared_ptr<const ConceptSet>> ConceptSet::build(const std::string& languages_path,
                                                            const std::vector<std::string>& pack_dirs,
                                                            bool compile_now) {
  auto set = std::make_shared<ConceptSet>();
  auto text = read_text_file(languages_path);
  if (!text.ok()) return text.error();
  auto languages = parse_languages(languages_path, *text);
  if (!languages.ok()) return languages.error();
  set->m_languages = std::move(*languages);
  uint64_t hash = fnv1a(*text);
  hash = fnv1a(FAULTLINE_GRAMMAR_PINS, hash);
  hash = fnv1a(k_engine_version, hash);

  for (const std::string& dir : pack_dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return Error(dir + ": not a manifest pack folder");
    for (const std::string& folder : pack_folders(dir)) {
      auto manifest = load_concept(folder);
      if (!manifest.ok()) return manifest.error();
      for (const auto& [language, path] : manifest->queries) {
        if (set->language(language) == nullptr)
          return Error(path + ": no language '" + language + "' in " + languages_path);
      }
      std::string id = manifest->id;
      set->m_concepts.insert_or_assign(id, std::move(*manifest));
    }
  }
  // Languages that reuse another's query files get them where they have none of their own.
  for (const Language& language : set->m_languages) {
    if (language.queries_from.empty()) continue;
    for (auto& [id, manifest] : set->m_concepts) {
      auto own = manifest.queries.find(language.id);
      auto shared = manifest.queries.find(language.queries_from);
      if (own == manifest.queries.end() && shared != manifest.queries.end())
        manifest.queries[language.id] = shared->second;
    }
  }
  // Languages that extend another's queries compile that language's file of each concept first.
  for (const Language& language : set->m_languages) {
    if (language.extends_queries.empty()) continue;
    const Language* base = set->language(language.extends_queries);
    if (base == nullptr || base == &language || !base->extends_queries.empty())
      return Error(languages_path + ": language '" + language.id + "' extends the queries of '" +
                   language.extends_queries + "', which is not a language that extends none");
    for (auto& [id, manifest] : set->m_concepts) {
      auto shared = manifest.queries.find(language.extends_queries);
      if (shared != manifest.queries.end()) manifest.base_queries[language.id] = shared->second;
    }
  }
  // The version covers exactly the packs in use, in id order.
  for (const auto& [id, manifest] : set->m_concepts) {
    auto text = read_text_file(manifest.dir + "/concept.json");
    if (!text.ok()) return text.error();
    hash = fnv1a(id, fnv1a(*text, hash));
    for (const auto& [language, path] : manifest.queries) {
      auto query = read_text_file(path);
      if (!query.ok()) return query.error();
      hash = fnv1a(*query, fnv1a(language, hash));
    }
    for (const auto& [language, path] : manifest.base_queries) {
      auto query = read_text_file(path);
      if (!query.ok()) return query.error();
      hash = fnv1a(*query, fnv1a("base:" + language, hash));
    }
  }
  for (const Language& language : set->m_languages) {
    LazyPack& lazy = set->m_packs.emplace_back();
    for (const auto& [id, manifest] : set->m_concepts) {
      if (manifest.queries.count(language.id) || manifest.base_queries.count(language.id))
        lazy.covering.push_back(&manifest);
    }
  }
  if (compile_now) {
    for (const Language& language : set->m_languages) {
      auto pack = set->pack(language.id);
      if (!pack.ok()) return pack.error();
    }
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  set->m_version = buffer;
  return std::shared_ptr<const ConceptSet>(std::move(set));
}

std::string data_dir() {
  if (const char* env = std::getenv("FAULTLINE_DATA"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "faultline";
    if (fs::exists(installed / "languages.json", ec)) return installed.string();
  }
  return FAULTLINE_SOURCE_DATA_DIR;
}

Result<std::shared_ptr<const ConceptSet>> load_concepts(const std::vector<std::string>& extra_dirs) {
  std::string data = data_dir();
  std::vector<std::string> dirs = {data + "/concepts"};
  dirs.insert(dirs.end(), extra_dirs.begin(), extra_dirs.end());
  // The bundled packs are compiled on first use (the tests compile every one of them); a
  // user's packs are compiled at once so that a mistake is reported before any work.
  return ConceptSet::build(data + "/languages.json", dirs, /*compile_now=*/!extra_dirs.empty());
}

const std::string& analyzer_version(const ConceptSet& concepts) { return concepts.version(); }

std::optional<std::string> detect_language(const ConceptSet& concepts, std::string_view path,
                                           std::string_view head) {
  std::string_view file = path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/') + 1);
  size_t dot = file.rfind('.');
  if (dot != std::string_view::npos && dot > 0) {
    std::string extension = lower(file.substr(dot));
    for (const Language& language : concepts.languages()) {
      if (std::find(language.extensions.begin(), language.extensions.end(), extension) !=
          language.extensions.end())
        return language.id;
    }
  }
  std::string interpreter = shebang_interpreter(head);
  if (interpreter.empty()) return std::nullopt;
  for (int pass = 0; pass < 2; ++pass) {
    for (const Language& language : concepts.languages()) {
      if (std::find(language.shebangs.begin(), language.shebangs.end(), interpreter) !=
          language.shebangs.end())
        return language.id;
    }
    // "python3.11" → "python3" → "python"
    while (!interpreter.empty() &&
           (std::isdigit(static_cast<unsigned char>(interpreter.back())) || interpreter.back() == '.'))
      interpreter.pop_back();
  }
  return std::nullopt;
}

}  // namespace faultline::analyzer
