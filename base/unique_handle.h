// UniqueHandle: the one move-only owner of a C library handle (git_repository*, TSTree*,
// sqlite3_stmt*, ...). Each C type gets an alias naming its release function, e.g.
//   using GitRepository = UniqueHandle<git_repository, git_repository_free>;
// The handle is released exactly once, when the owner is destroyed or reset.
#pragma once

#include <utility>

namespace faultline {

template <typename T, auto Release>
class UniqueHandle {
 public:
  UniqueHandle() = default;
  explicit UniqueHandle(T* handle) : m_handle(handle) {}
  UniqueHandle(const UniqueHandle&) = delete;
  UniqueHandle& operator=(const UniqueHandle&) = delete;
  UniqueHandle(UniqueHandle&& other) noexcept : m_handle(std::exchange(other.m_handle, nullptr)) {}
  UniqueHandle& operator=(UniqueHandle&& other) noexcept {
    if (this != &other) reset(std::exchange(other.m_handle, nullptr));
    return *this;
  }
  ~UniqueHandle() { reset(); }

  T* get() const { return m_handle; }
  explicit operator bool() const { return m_handle != nullptr; }

  // Releases the current handle (if any) and owns `handle` instead.
  void reset(T* handle = nullptr) {
    if (m_handle != nullptr) Release(m_handle);
    m_handle = handle;
  }
  // Gives up ownership; the caller owns the returned handle.
  T* release() { return std::exchange(m_handle, nullptr); }
  // For C out-parameters: releases the current handle and returns the slot to fill.
  T** out() {
    reset();
    return &m_handle;
  }

 private:
  T* m_handle = nullptr;
};

}  // namespace faultline
