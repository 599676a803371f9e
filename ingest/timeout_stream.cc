// The stream: getaddrinfo() the host, then for each address a non-blocking socket whose
// connect() is awaited with poll() for at most the limit; the first that connects is kept.
// read() and write() try the socket first and, when it would block, poll() for readiness with
// a deadline of one limit from the start of that wait (EINTR resumes with the time left).
// A wait that runs out sets a GIT_ERROR_NET error ("timed out after 2 s waiting for
// 127.0.0.1:8080 to send") and returns -1; so do socket errors. End of stream reads as 0,
// which libgit2 reports as an early EOF when it expected more.
#include "ingest/timeout_stream.h"

#include <fcntl.h>
#include <git2.h>
#include <git2/sys/stream.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace faultline::ingest {
namespace {

using Clock = std::chrono::steady_clock;

// This thread's limit; see NetworkTimeoutScope (the registration API has no payload).
thread_local std::chrono::milliseconds t_timeout = k_default_network_timeout;

// Standard layout with git_stream first: libgit2 hands back the git_stream pointer.
struct TimeoutStream {
  git_stream parent;
  int fd;
  long timeout_ms;
  char host[256];
  char port[32];
};

TimeoutStream* self(git_stream* stream) { return reinterpret_cast<TimeoutStream*>(stream); }

// Sets libgit2's error to "WHAT HOST:PORT" (plus " (DETAIL)") and returns -1.
int fail(const TimeoutStream& stream, const std::string& what, const std::string& detail = "") {
  std::string message =
      what + " " + stream.host + ":" + stream.port + (detail.empty() ? "" : " (" + detail + ")");
  git_error_set_str(GIT_ERROR_NET, message.c_str());
  return -1;
}

int fail_errno(const TimeoutStream& stream, const char* what, int error) {
  return fail(stream, what, std::strerror(error));
}

std::string limit_text(long ms) {
  if (ms % 1000 == 0) return std::to_string(ms / 1000) + " s";
  return std::to_string(ms) + " ms";
}

// Waits until `fd` is ready for `events` or the limit passes: 1 ready, 0 timed out, -1 error.
int wait_ready(int fd, short events, long timeout_ms) {
  auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left < 0) left = 0;
    pollfd entry{fd, events, 0};
    int ready = poll(&entry, 1, static_cast<int>(left));
    if (ready > 0) return 1;
    if (ready == 0) return 0;
    if (errno != EINTR) return -1;
  }
}

int stream_connect(git_stream* stream) {
  TimeoutStream& s = *self(stream);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (int error = getaddrinfo(s.host, s.port, &hints, &found); error != 0)
    return fail(s, "cannot resolve", gai_strerror(error));
  int last_errno = 0;
  bool timed_out = false;
  for (addrinfo* address = found; address != nullptr && s.fd < 0; address = address->ai_next) {
    int fd =
        socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address->ai_protocol);
    if (fd < 0) {
      last_errno = errno;
      continue;
    }
    int result = connect(fd, address->ai_addr, address->ai_addrlen);
    if (result != 0 && errno == EINPROGRESS) {
      int ready = wait_ready(fd, POLLOUT, s.timeout_ms);
      int error = 0;
      socklen_t length = sizeof error;
      if (ready == 1 && getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0) {
        result = 0;
      } else {
        timed_out = timed_out || ready == 0;
        last_errno = ready == 1 ? error : errno;
      }
    } else if (result != 0) {
      last_errno = errno;
    }
    if (result == 0) {
      s.fd = fd;
    } else {
      close(fd);
    }
  }
  freeaddrinfo(found);
  if (s.fd >= 0) return 0;
  if (timed_out) return fail(s, "timed out after " + limit_text(s.timeout_ms) + " connecting to");
  return fail_errno(s, "cannot connect to", last_errno);
}

ssize_t stream_read(git_stream* stream, void* data, size_t length) {
  TimeoutStream& s = *self(stream);
  for (;;) {
    ssize_t got = recv(s.fd, data, length, 0);
    if (got >= 0) return got;
    if (errno == EINTR) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) return fail_errno(s, "cannot read from", errno);
    int ready = wait_ready(s.fd, POLLIN, s.timeout_ms);
    if (ready == 0) return fail(s, "timed out after " + limit_text(s.timeout_ms) + " waiting for data from");
    if (ready < 0) return fail_errno(s, "cannot wait for", errno);
  }
}

ssize_t stream_write(git_stream* stream, const char* data, size_t length, int /*flags*/) {
  TimeoutStream& s = *self(stream);
  size_t sent = 0;
  while (sent < length) {
    ssize_t put = send(s.fd, data + sent, length - sent, MSG_NOSIGNAL);
    if (put >= 0) {
      sent += static_cast<size_t>(put);
      continue;
    }
    if (errno == EINTR) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) return fail_errno(s, "cannot write to", errno);
    int ready = wait_ready(s.fd, POLLOUT, s.timeout_ms);
    if (ready == 0) return fail(s, "timed out after " + limit_text(s.timeout_ms) + " waiting to send to");
    if (ready < 0) return fail_errno(s, "cannot wait for", errno);
  }
  return static_cast<ssize_t>(sent);
}

int stream_close(git_stream* stream) {
  TimeoutStream& s = *self(stream);
  if (s.fd >= 0) close(s.fd);
  s.fd = -1;
  return 0;
}

void stream_free(git_stream* stream) {
  stream_close(stream);
  delete self(stream);
}

int stream_init(git_stream** out, const char* host, const char* port) {
  auto* s = new TimeoutStream{};
  s->parent.version = GIT_STREAM_VERSION;
  s->parent.connect = stream_connect;
  s->parent.read = stream_read;
  s->parent.write = stream_write;
  s->parent.close = stream_close;
  s->parent.free = stream_free;
  s->fd = -1;
  s->timeout_ms = static_cast<long>(t_timeout.count());
  std::snprintf(s->host, sizeof s->host, "%s", host);
  std::snprintf(s->port, sizeof s->port, "%s", port);
  *out = &s->parent;
  return 0;
}

}  // namespace

Status register_timeout_stream() {
  git_stream_registration registration{};
  registration.version = GIT_STREAM_VERSION;
  registration.init = stream_init;
  if (git_stream_register(GIT_STREAM_STANDARD, &registration) != 0) {
    const git_error* last = git_error_last();
    return Error(std::string("registering libgit2's socket stream: ") +
                 (last && last->message ? last->message : "unknown libgit2 error"));
  }
  return {};
}

NetworkTimeoutScope::NetworkTimeoutScope(std::chrono::milliseconds timeout) : m_previous(t_timeout) {
  t_timeout = timeout;
}

NetworkTimeoutScope::~NetworkTimeoutScope() { t_timeout = m_previous; }

}  // namespace faultline::ingest
