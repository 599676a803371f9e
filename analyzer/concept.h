// Concept: one concept pack's manifest (data/concepts/<id>/concept.json, see the README there)
// and where its query files live.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace faultline::analyzer {

struct SignalSpec {
  std::string name;   // "structured-fields"
  double weight = 0;  // > 0 good, < 0 bad
  std::string description;
  bool implies_presence = false;    // the signal alone makes the concept present
  std::string within;               // context the capture must lie in; "" = anywhere
  std::string not_within;           // context the capture must not lie in; "" = none
  std::vector<std::string> unless;  // dropped where one of these signals or marks fired

  // "+name" or "-name", the form evidence shows.
  std::string display() const { return (weight < 0 ? "-" : "+") + name; }
};

struct Concept {
  std::string id;
  std::string title;
  std::string rationale;
  std::vector<SignalSpec> signals;             // in manifest order
  std::string dir;                             // the pack folder
  std::map<std::string, std::string> queries;  // language id → path of <language>.scm
  // Language id → the query file of the language it extends (Language::extends_queries),
  // compiled before queries[id] if that exists. Filled by ConceptSet::build.
  std::map<std::string, std::string> base_queries;

  // Index of signal `name` in `signals`, or -1.
  int signal_index(std::string_view name) const;
};

// Reads the pack in folder `dir`: its concept.json and the *.scm files beside it. Errors name
// the file (and line:column for malformed JSON).
Result<Concept> load_concept(const std::string& dir);

}  // namespace faultline::analyzer
