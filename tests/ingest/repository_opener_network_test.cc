// open_repository against raw TCP servers the test runs on 127.0.0.1: one that accepts and
// never answers (the clone gives up after the network timeout, on every attempt, with the
// repository, URL, address and limit named), and a port nobody listens on (refused at once,
// retried with backoff, reported as such). Nothing is left in the cache either way.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "ingest/git_handles.h"
#include "ingest/repository_opener.h"

namespace faultline::ingest {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A listening socket on a free loopback port; accept_and_hold() accepts connections and keeps
// them open without sending a byte until the object is destroyed.
class SilentServer {
 public:
  SilentServer() {
    m_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
    listen(m_fd, 16);
  }
  ~SilentServer() {
    m_stop = true;
    shutdown(m_fd, SHUT_RDWR);
    if (m_thread.joinable()) m_thread.join();
    for (int fd : m_accepted) close(fd);
    close(m_fd);
  }
  void accept_and_hold() {
    m_thread = std::thread([this] {
      while (!m_stop) {
        int fd = accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) break;
        m_accepted.push_back(fd);
        ++m_connections;
      }
    });
  }
  int port() const { return m_port; }
  int connections() const { return m_connections; }

 private:
  int m_fd = -1;
  int m_port = 0;
  std::thread m_thread;
  std::vector<int> m_accepted;  // touched by the accept thread only until it is joined
  std::atomic<bool> m_stop{false};
  std::atomic<int> m_connections{0};
};

class RepositoryOpenerNetworkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_cache = fs::temp_directory_path() / ("faultline-opennet-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_cache);
  }
  void TearDown() override { fs::remove_all(m_cache); }

  GitLibrary m_git;
  fs::path m_cache;
};

TEST_F(RepositoryOpenerNetworkTest, ServerThatAcceptsAndSaysNothingTimesOutOnEveryAttempt) {
  SilentServer server;
  server.accept_and_hold();
  RepoTarget target{.name = "quiet",
                    .url = "http://127.0.0.1:" + std::to_string(server.port()) + "/quiet.git"};
  OpenOptions options{.cache_dir = m_cache.string(),
                      .attempts = 3,
                      .first_backoff_ms = 50,
                      .network_timeout = std::chrono::milliseconds(300)};
  auto started = Clock::now();
  auto opened = open_repository(target, options);
  double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  ASSERT_FALSE(opened.ok());
  const std::string& message = opened.error().message();
  EXPECT_NE(message.find("repository quiet: clone " + target.url), std::string::npos) << message;
  EXPECT_NE(
      message.find("timed out after 300 ms waiting for data from 127.0.0.1:" + std::to_string(server.port())),
      std::string::npos)
      << message;
  EXPECT_NE(message.find("(after 3 attempts)"), std::string::npos) << message;
  EXPECT_EQ(server.connections(), 3);
  EXPECT_GE(seconds, 3 * 0.3 + 0.05 + 0.1);  // three waits and backoffs of 50 and 100 ms
  EXPECT_LT(seconds, 5.0);
  EXPECT_TRUE(!fs::exists(m_cache) || fs::is_empty(m_cache));
}

TEST_F(RepositoryOpenerNetworkTest, RefusedConnectionIsReportedAndRetriedWithBackoff) {
  int port = 0;
  {
    SilentServer closed_again;  // a port that was free a moment ago and now has no listener
    port = closed_again.port();
  }
  RepoTarget target{.name = "gone", .url = "http://127.0.0.1:" + std::to_string(port) + "/gone.git"};
  OpenOptions options{.cache_dir = m_cache.string(), .attempts = 2, .first_backoff_ms = 200};
  auto started = Clock::now();
  auto opened = open_repository(target, options);
  double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  ASSERT_FALSE(opened.ok());
  const std::string& message = opened.error().message();
  EXPECT_NE(message.find("cannot connect to 127.0.0.1:" + std::to_string(port)), std::string::npos)
      << message;
  EXPECT_NE(message.find("Connection refused"), std::string::npos) << message;
  EXPECT_NE(message.find("(after 2 attempts)"), std::string::npos) << message;
  EXPECT_GE(seconds, 0.2);
  EXPECT_LT(seconds, 3.0);
}

}  // namespace
}  // namespace faultline::ingest
