// http_get: one HTTP/1.1 GET to 127.0.0.1 over a plain socket, for end-to-end tests that talk
// to a `faultline serve` child process (the cli tests do not link an HTTP library). Sends
// "Connection: close" and reads until the server closes, giving up after `limit`. Returns
// status -1 when it cannot connect or the limit passes; body is everything after the headers
// (the server is expected to answer with Content-Length, not chunked).
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>

namespace faultline::testing {

struct HttpAnswer {
  int status = -1;
  std::string body;
};

inline HttpAnswer http_get(int port, const std::string& target,
                           std::chrono::milliseconds limit = std::chrono::seconds(10)) {
  HttpAnswer answer;
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return answer;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  std::string raw;
  auto deadline = std::chrono::steady_clock::now() + limit;
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
            send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size());
  while (ok) {
    auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now())
            .count();
    pollfd entry{fd, POLLIN, 0};
    if (left <= 0 || poll(&entry, 1, static_cast<int>(left)) <= 0) {
      ok = false;
      break;
    }
    char buffer[16384];
    ssize_t got = recv(fd, buffer, sizeof buffer, 0);
    if (got <= 0) break;
    raw.append(buffer, static_cast<size_t>(got));
  }
  close(fd);
  size_t end_of_headers = raw.find("\r\n\r\n");
  if (!ok || !raw.starts_with("HTTP/1.") || end_of_headers == std::string::npos || raw.size() < 12)
    return answer;
  answer.status = std::stoi(raw.substr(9, 3));
  answer.body = raw.substr(end_of_headers + 4);
  return answer;
}

}  // namespace faultline::testing
