// Result<T>: a value or an Error, the way errors travel between faultline's modules.
//
// An Error carries a message that names the input and the place ("repo payments: object
// 3f2a...: corrupt"); callers add context with Error::within(). "Absent" is not an error:
// functions that may find nothing return Result<std::optional<T>>.
//
// Thread-safety: plain values; no shared state.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace faultline {

class Error {
 public:
  explicit Error(std::string message) : m_message(std::move(message)) {}

  const std::string& message() const { return m_message; }

  // Returns this error with `context` in front: "context: message".
  Error within(const std::string& context) const { return Error(context + ": " + m_message); }

 private:
  std::string m_message;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_state(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : m_state(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return m_state.index() == 0; }
  explicit operator bool() const { return ok(); }

  // REQUIRES: ok().
  T& value() & {
    assert(ok());
    return std::get<0>(m_state);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(m_state);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(m_state));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  // REQUIRES: !ok().
  const Error& error() const {
    assert(!ok());
    return std::get<1>(m_state);
  }

 private:
  std::variant<T, Error> m_state;
};

// Result<void>: success or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : m_error(std::move(error)), m_failed(true) {}  // NOLINT(google-explicit-constructor)

  static Status success() { return {}; }
  bool ok() const { return !m_failed; }
  explicit operator bool() const { return ok(); }
  // REQUIRES: !ok().
  const Error& error() const {
    assert(m_failed);
    return m_error;
  }

 private:
  Error m_error{""};
  bool m_failed = false;
};

}  // namespace faultline

// Propagates a failed Status or Result from the enclosing function.
#define FL_TRY(expr)                                         \
  do {                                                       \
    auto&& fl_try_result_ = (expr);                          \
    if (!fl_try_result_.ok()) return fl_try_result_.error(); \
  } while (0)
