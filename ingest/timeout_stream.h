// TimeoutStream: the plain TCP stream libgit2 uses for http:// remotes (and underneath its
// TLS stream for https://), with a time limit on every wait. libgit2 1.5 has no server timeout
// option: its own socket stream blocks in connect() and recv() for as long as the kernel lets
// it, so a server that accepts and then stalls hangs a scan for ever. This stream is
// non-blocking underneath and waits with poll(): connecting, and each wait for the server to
// send (or to take what we write), gives up after the limit with a libgit2 error naming the
// host, port and limit, which the caller reports and may retry.
//
// libgit2's stream registration carries no payload, so the limit reaches the stream through a
// thread-local set by NetworkTimeoutScope: libgit2 opens a clone's or a fetch's connections on
// the calling thread, inside the scope. Outside any scope the default limit applies.
#pragma once

#include <chrono>

#include "base/result.h"

namespace faultline::ingest {

constexpr std::chrono::milliseconds k_default_network_timeout{60'000};

// Registers the stream as libgit2's GIT_STREAM_STANDARD. REQUIRES: git_libgit2_init() done.
// Process-wide; idempotent; GitLibrary calls it.
Status register_timeout_stream();

// While alive, streams opened on this thread wait at most `timeout` for each connect, read
// or write. Scopes nest; the destructor restores the enclosing limit.
class NetworkTimeoutScope {
 public:
  explicit NetworkTimeoutScope(std::chrono::milliseconds timeout);
  ~NetworkTimeoutScope();
  NetworkTimeoutScope(const NetworkTimeoutScope&) = delete;
  NetworkTimeoutScope& operator=(const NetworkTimeoutScope&) = delete;

 private:
  std::chrono::milliseconds m_previous;
};

}  // namespace faultline::ingest
