// Runs the real faultline binary (or any program) from tests: run() waits with a time limit
// and captures stdout and stderr; Child starts a process the test can kill at a moment it picks.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace faultline::testing {

struct RunResult {
  int exit_code = -1;  // -1: killed by the time limit
  std::string out;
  std::string err;
  double seconds = 0;
};

class Child {
 public:
  // Starts `args` (args[0] is the program) with stdout and stderr sent to files.
  Child(const std::vector<std::string>& args, const std::filesystem::path& out_file,
        const std::filesystem::path& err_file) {
    m_pid = fork();
    if (m_pid == 0) {
      int out = open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(out, 1);
      dup2(err, 2);
      int null_in = open("/dev/null", O_RDONLY);
      dup2(null_in, 0);
      std::vector<char*> argv;
      for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
  }
  ~Child() {
    if (m_pid > 0 && !m_done) {
      kill(m_pid, SIGKILL);
      wait();
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  void kill_now() { kill(m_pid, SIGKILL); }
  // Exit code, or -signal when killed.
  int wait() {
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_done = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  }
  // True once the process has ended (without reaping twice).
  bool finished(int& code) {
    int status = 0;
    if (waitpid(m_pid, &status, WNOHANG) != m_pid) return false;
    m_done = true;
    code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    return true;
  }

 private:
  pid_t m_pid = -1;
  bool m_done = false;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `args` to completion or until `limit` passes (then kills it: exit_code -1).
inline RunResult run(const std::vector<std::string>& args,
                     std::chrono::seconds limit = std::chrono::seconds(300)) {
  static int counter = 0;
  auto base = std::filesystem::temp_directory_path() /
              ("faultline-run-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  RunResult result;
  auto started = std::chrono::steady_clock::now();
  {
    Child child(args, base.string() + ".out", base.string() + ".err");
    int code = 0;
    while (!child.finished(code)) {
      if (std::chrono::steady_clock::now() - started > limit) {
        child.kill_now();
        child.wait();
        code = -1;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    result.exit_code = code;
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  result.out = read_file(base.string() + ".out");
  result.err = read_file(base.string() + ".err");
  std::filesystem::remove(base.string() + ".out");
  std::filesystem::remove(base.string() + ".err");
  return result;
}

}  // namespace faultline::testing
