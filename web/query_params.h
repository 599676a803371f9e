// QueryParams: the validated reading of a request's query string.
//
// Every parameter the API accepts is bounded: integers by range, text by length and
// character class, choices by a fixed list. A value that breaks its bound is an Error whose
// message names the parameter, the bound and (shortened) what was given; the HTTP layer turns
// it into 400 with that message. A parameter given twice is an error too.
//
// Thread-safety: a plain value over the request's parameters.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>

#include "base/result.h"

namespace faultline::web {

class QueryParams {
 public:
  // `params`: the decoded query parameters (httplib::Params is this multimap).
  explicit QueryParams(const std::multimap<std::string, std::string>& params) : m_params(params) {}

  // An integer in [min, max]; `fallback` when absent.
  Result<int64_t> integer(const std::string& name, int64_t fallback, int64_t min, int64_t max) const;
  // One of `choices`; `fallback` when absent.
  Result<std::string> choice(const std::string& name, const std::string& fallback,
                             std::initializer_list<const char*> choices) const;
  // Free text of 1..max_bytes bytes, without control characters unless `any_bytes` (names
  // stored by others, such as service names, may hold anything); nullopt when absent.
  Result<std::optional<std::string>> text(const std::string& name, size_t max_bytes,
                                          bool any_bytes = false) const;
  // Like text(), but absent is an error.
  Result<std::string> required_text(const std::string& name, size_t max_bytes, bool any_bytes = false) const;

 private:
  Result<std::optional<std::string>> raw(const std::string& name) const;

  const std::multimap<std::string, std::string>& m_params;
};

// `value` cut to a readable length for an error message.
std::string shorten_for_message(const std::string& value);

}  // namespace faultline::web
