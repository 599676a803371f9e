// GitHttpServer: runs tests/support/git_http_server.py (git http-backend behind a tiny Python
// server on a free 127.0.0.1 port) for tests of network faults. set_mode() switches it between
// healthy, drop (closes the connection half-way through the pack), stall (stops half-way
// through the pack) and stall-all (accepts and sends nothing); requests() counts what it has
// been asked. The server is killed when the object is destroyed.
#pragma once

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include "tests/support/process.h"

namespace faultline::testing {

class GitHttpServer {
 public:
  // Serves the repositories under `root`; keeps its mode, log and output files in `work`.
  // REQUIRES: python3 and git on PATH. port() is 0 when the server did not start within 10 s.
  GitHttpServer(const std::filesystem::path& root, const std::filesystem::path& work)
      : m_mode_file(work / "server.mode"), m_log_file(work / "server.log") {
    std::filesystem::create_directories(work);
    set_mode("healthy");
    std::ofstream(m_log_file, std::ios::trunc).close();
    auto out = work / "server.out";
    m_child = std::make_unique<Child>(
        std::vector<std::string>{"/usr/bin/env", "python3",
                                 std::string(FAULTLINE_SOURCE_DIR) + "/tests/support/git_http_server.py",
                                 root.string(), m_mode_file.string(), m_log_file.string()},
        out, work / "server.err");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (m_port == 0 && std::chrono::steady_clock::now() < deadline) {
      std::istringstream text(read_file(out));
      std::string word;
      if (text >> word >> m_port && word == "port") break;
      m_port = 0;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  int port() const { return m_port; }
  std::string url(const std::string& repo_path) const {
    return "http://127.0.0.1:" + std::to_string(m_port) + "/" + repo_path;
  }
  void set_mode(const std::string& mode) const {
    std::ofstream(m_mode_file, std::ios::trunc) << mode << "\n";
  }

  // How many requests so far had a line containing `what` (e.g. "POST /origin.git/git-upload-pack").
  int requests(const std::string& what) const {
    std::istringstream log(read_file(m_log_file));
    int count = 0;
    for (std::string line; std::getline(log, line);)
      if (line.find(what) != std::string::npos) ++count;
    return count;
  }

 private:
  std::filesystem::path m_mode_file;
  std::filesystem::path m_log_file;
  std::unique_ptr<Child> m_child;
  int m_port = 0;
};

}  // namespace faultline::testing
