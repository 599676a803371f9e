// Building a LanguagePack. The concepts' <language>.scm files are concatenated (in concept id
// order) and compiled once as the one query the classifier runs; ts_query_start_byte_for_pattern
// places each pattern of the whole back in its file, which gives the pattern's concept and
// the file, line and column of its errors, and the captures each pattern uses give each file's
// captures, whose names are checked against the file's concept. Only when the whole does not
// compile is each file compiled on its own, in order, so that a syntax error or an unknown node
// type is reported against the file at fault and its own line and column. Capture names are
// resolved per concept into a flat role table: "presence", "signal.<name>", "mark.<name>",
// "context.<name>", or "_<anything>" (a helper for predicates).
#include "analyzer/language_pack.h"

#include <algorithm>

#include "analyzer/text_file.h"

namespace faultline::analyzer {
namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == '@' || c == '#' || c == '?' || c == '!';
}

std::string describe(TSQueryError error, const std::string& text, uint32_t offset) {
  size_t end = offset;
  while (end < text.size() && is_name_char(text[end])) ++end;
  std::string token = text.substr(offset, end - offset);
  switch (error) {
    case TSQueryErrorSyntax:
      return "syntax error" + (token.empty() ? "" : " at '" + token + "'");
    case TSQueryErrorNodeType:
      return "unknown node type '" + token + "'";
    case TSQueryErrorField:
      return "unknown field '" + token + "'";
    case TSQueryErrorCapture:
      return "unknown capture '" + token + "'";
    case TSQueryErrorStructure:
      return "impossible pattern (this node cannot appear there)";
    case TSQueryErrorLanguage:
      return "grammar incompatible with the runtime";
    default:
      return "query error";
  }
}

Result<TsQuery> compile(const Language& language, const std::string& path, const std::string& text) {
  uint32_t offset = 0;
  TSQueryError error = TSQueryErrorNone;
  TsQuery query(
      ts_query_new(language.grammar, text.data(), static_cast<uint32_t>(text.size()), &offset, &error));
  if (!query) return Error(place_in(path, text, offset) + ": " + describe(error, text, offset));
  return query;
}

std::string capture_name(const TSQuery* query, uint32_t id) {
  uint32_t length = 0;
  const char* name = ts_query_capture_name_for_id(query, id, &length);
  return std::string(name, length);
}

// Where capture `name` is first used in `text` (a file of patterns), or npos.
size_t first_use(const std::string& text, const std::string& name) {
  const std::string token = "@" + name;
  for (size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + 1)) {
    size_t end = at + token.size();
    if (end >= text.size() || !is_name_char(text[end]) || text[end] == '@' || text[end] == '#') return at;
  }
  return std::string::npos;
}

// Checks the capture names `names` used by one pack file (errors name the file, line and
// column of their first use) and collects its marks and contexts.
Status check_captures(std::vector<std::string> names, const Concept& manifest, const std::string& path,
                      const std::string& text, PackConcept& pack, std::vector<std::string>& contexts) {
  std::stable_sort(names.begin(), names.end(), [&](const std::string& a, const std::string& b) {
    return first_use(text, a) < first_use(text, b);
  });
  for (const std::string& name : names) {
    size_t at = first_use(text, name);
    std::string where = place_in(path, text, at == std::string::npos ? 0 : at);
    if (name == "presence" || name.rfind('_', 0) == 0) continue;
    if (name.rfind("signal.", 0) == 0) {
      if (manifest.signal_index(name.substr(7)) < 0)
        return Error(where + ": unknown signal '" + name.substr(7) + "' (not in " + manifest.dir +
                     "/concept.json)");
    } else if (name.rfind("mark.", 0) == 0) {
      if (std::find(pack.marks.begin(), pack.marks.end(), name.substr(5)) == pack.marks.end())
        pack.marks.push_back(name.substr(5));
    } else if (name.rfind("context.", 0) == 0) {
      if (std::find(contexts.begin(), contexts.end(), name.substr(8)) == contexts.end())
        contexts.push_back(name.substr(8));
    } else {
      return Error(where + ": capture @" + name +
                   " means nothing to faultline (use @presence, @signal.<name>, @mark.<name>, "
                   "@context.<name> or @_<helper>)");
    }
  }
  return Status::success();
}

std::vector<std::string> capture_names(const TSQuery* query) {
  std::vector<std::string> names;
  for (uint32_t id = 0; id < ts_query_capture_count(query); ++id) names.push_back(capture_name(query, id));
  return names;
}

}  // namespace

Result<LanguagePack> LanguagePack::build(const Language& language,
                                         const std::vector<const Concept*>& concepts) {
  LanguagePack pack;
  pack.m_language = &language;
  struct Part {
    uint32_t start;  // in `combined`
    std::string path;
    std::string text;
    size_t slot;  // the concept it belongs to
    bool base;    // another language's file (Language::extends_queries)
  };
  std::vector<Part> parts;
  std::string combined;
  for (const Concept* manifest : concepts) {
    const size_t slot = pack.m_concepts.size();
    PackConcept pc;
    pc.manifest = manifest;
    pack.m_concepts.push_back(std::move(pc));
    // The extended language's file first, then the language's own.
    for (const auto* files : {&manifest->base_queries, &manifest->queries}) {
      auto found = files->find(language.id);
      if (found == files->end()) continue;
      auto text = read_text_file(found->second);
      if (!text.ok()) return text.error();
      parts.push_back({static_cast<uint32_t>(combined.size()), found->second, std::move(*text), slot,
                       files == &manifest->base_queries});
      combined += parts.back().text;
      combined += '\n';
    }
  }
  // One compile of all the files. When it fails, each file is compiled on its own, in order,
  // so that the error names the file at fault and its own line and column (a file's unclosed
  // parenthesis would otherwise be reported in the next file).
  uint32_t offset = 0;
  TSQueryError error = TSQueryErrorNone;
  pack.m_query = TsQuery(ts_query_new(language.grammar, combined.data(),
                                      static_cast<uint32_t>(combined.size()), &offset, &error));
  if (!pack.m_query) {
    for (const Part& part : parts) {
      auto alone = compile(language, part.path, part.text);
      if (!alone.ok() && part.base)
        return Error(alone.error().message() + " (compiled as " + language.id + ", which extends the " +
                     language.extends_queries + " queries)");
      if (!alone.ok()) return alone.error();
      PackConcept scratch;
      scratch.manifest = pack.m_concepts[part.slot].manifest;
      std::vector<std::string> contexts;
      FL_TRY(check_captures(capture_names(alone->get()), *scratch.manifest, part.path, part.text, scratch,
                            contexts));
    }
    return Error("(" + language.id + " packs combined): " + describe(error, combined, offset));
  }
  const TSQuery* q = pack.m_query.get();

  // Each file's captures: those its patterns use, checked against its concept.
  const uint32_t patterns = ts_query_pattern_count(q);
  auto part_of = [&](uint32_t pattern) {
    uint32_t start = ts_query_start_byte_for_pattern(q, pattern);
    auto part = std::upper_bound(parts.begin(), parts.end(), start,
                                 [](uint32_t byte, const Part& x) { return byte < x.start; });
    return static_cast<size_t>(part - parts.begin()) - 1;
  };
  std::vector<std::vector<char>> used(parts.size(), std::vector<char>(ts_query_capture_count(q), 0));
  for (uint32_t p = 0; p < patterns; ++p) {
    std::vector<char>& in_part = used[part_of(p)];
    for (uint32_t id = 0; id < in_part.size(); ++id) {
      if (ts_query_capture_quantifier_for_id(q, p, id) != TSQuantifierZero) in_part[id] = 1;
    }
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    std::vector<std::string> names;
    for (uint32_t id = 0; id < used[i].size(); ++id) {
      if (used[i][id]) names.push_back(capture_name(q, id));
    }
    PackConcept& pc = pack.m_concepts[parts[i].slot];
    FL_TRY(check_captures(std::move(names), *pc.manifest, parts[i].path, parts[i].text, pc, pack.m_contexts));
  }

  // Signal relations, resolved to indices.
  for (PackConcept& pc : pack.m_concepts) {
    for (const SignalSpec& signal : pc.manifest->signals) {
      int within = -1;
      if (!signal.within.empty()) {
        auto it = std::find(pack.m_contexts.begin(), pack.m_contexts.end(), signal.within);
        within = it == pack.m_contexts.end() ? -2 : static_cast<int>(it - pack.m_contexts.begin());
      }
      pc.within.push_back(within);
      int not_within = -1;
      if (!signal.not_within.empty()) {
        auto it = std::find(pack.m_contexts.begin(), pack.m_contexts.end(), signal.not_within);
        if (it != pack.m_contexts.end()) not_within = static_cast<int>(it - pack.m_contexts.begin());
      }
      pc.not_within.push_back(not_within);
      std::vector<int> unless;
      for (const std::string& name : signal.unless) {
        int index = pc.manifest->signal_index(name);
        if (index < 0) {
          auto it = std::find(pc.marks.begin(), pc.marks.end(), name);
          if (it != pc.marks.end())
            index = static_cast<int>(pc.manifest->signals.size() + (it - pc.marks.begin()));
        }
        if (index >= 0) unless.push_back(index);
      }
      pc.unless.push_back(std::move(unless));
    }
  }

  // Capture roles per concept.
  pack.m_capture_count = ts_query_capture_count(q);
  pack.m_roles.assign(pack.m_concepts.size() * pack.m_capture_count, CaptureRole{});
  for (uint32_t id = 0; id < pack.m_capture_count; ++id) {
    std::string name = capture_name(q, id);
    for (size_t slot = 0; slot < pack.m_concepts.size(); ++slot) {
      const PackConcept& pc = pack.m_concepts[slot];
      CaptureRole& role = pack.m_roles[slot * pack.m_capture_count + id];
      if (name == "presence") {
        role = {CaptureKind::presence, 0};
      } else if (name.rfind("signal.", 0) == 0) {
        int index = pc.manifest->signal_index(name.substr(7));
        if (index >= 0) role = {CaptureKind::signal, index};
      } else if (name.rfind("mark.", 0) == 0) {
        auto it = std::find(pc.marks.begin(), pc.marks.end(), name.substr(5));
        if (it != pc.marks.end()) role = {CaptureKind::mark, static_cast<int>(it - pc.marks.begin())};
      } else if (name.rfind("context.", 0) == 0) {
        auto it = std::find(pack.m_contexts.begin(), pack.m_contexts.end(), name.substr(8));
        role = {CaptureKind::context, static_cast<int>(it - pack.m_contexts.begin())};
      }
    }
  }

  // Patterns: concept, predicates and source text (up to the next pattern or the end of its
  // file).
  pack.m_pattern_concept.resize(patterns);
  pack.m_predicates.resize(patterns);
  std::vector<std::string> texts(patterns);
  for (uint32_t p = 0; p < patterns; ++p) {
    uint32_t start = ts_query_start_byte_for_pattern(q, p);
    const Part& part = parts[part_of(p)];
    pack.m_pattern_concept[p] = static_cast<int>(part.slot);
    auto predicates = Predicate::parse_all(q, p, place_in(part.path, part.text, start - part.start));
    if (!predicates.ok()) return predicates.error();
    pack.m_predicates[p] = std::move(*predicates);
    uint32_t end = part.start + static_cast<uint32_t>(part.text.size());
    if (p + 1 < patterns) end = std::min(end, ts_query_start_byte_for_pattern(q, p + 1));
    texts[p] = combined.substr(start, end - start);
  }
  pack.m_dispatch = DispatchPlan::build(language.grammar, pack.m_query.get(), texts, pack.m_predicates);
  pack.m_combined = std::move(combined);
  return pack;
}

const TSQuery* LanguagePack::plain_query() const {
  std::call_once(m_plain->once, [this] {
    auto query = compile(*m_language, "(" + m_language->id + " packs combined)", m_combined);
    if (query.ok()) m_plain->query = std::move(*query);
  });
  return m_plain->query.get();
}

}  // namespace faultline::analyzer
