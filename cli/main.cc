// faultline: one binary, git-style subcommands. This file is the table of contents; each
// subcommand lives in cli/cmd_<name>.cc and each pipeline in its module.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <vector>

#include "cli/command.h"

namespace faultline::cli {

void add_db_option(CLI::App& sub, std::string& db_path) {
  const char* env = std::getenv("FAULTLINE_DB");
  db_path = (env && *env) ? env : "faultline.db";
  sub.add_option("--db", db_path, "SQLite database (default $FAULTLINE_DB or faultline.db)");
}

int fail(const std::string& message) {
  std::cerr << "faultline: " << message << "\n";
  return k_exit_bad_input;
}

}  // namespace faultline::cli

int main(int argc, char** argv) {
  using namespace faultline::cli;
  const std::vector<Command> commands = {
      scan_command(),       // clone/fetch, walk every commit, classify each new blob once
      classify_command(),   // findings for files on disk, no database
      incidents_command(),  // import incident exports
      services_command(),   // the service → repository mapping
      train_command(),      // fit the incident models
      report_command(),     // the model's metrics, ranking and coefficients
      examples_command(),   // best (or worst) examples of a concept
      predict_command(),    // risk of a change between two refs
      serve_command(),      // the web viewer
      demo_command(),       // generate and run the demo organisation
      stats_command(),      // counts of what the database holds
  };

  CLI::App app{"faultline: finds the code that keeps services healthy, and the code that puts them at risk"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "faultline 0.1.0");
  RunFunction run;
  for (const Command& command : commands) {
    CLI::App* sub = app.add_subcommand(command.name, command.help);
    RunFunction runner = command.define(*sub);
    sub->callback([&run, runner] { run = runner; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : k_exit_bad_input;
  }
  return run ? run() : k_exit_bad_input;
}
