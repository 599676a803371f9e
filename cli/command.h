// Command: one faultline subcommand, as main's table of contents lists it.
//
// Each cli/cmd_<name>.cc defines one `Command <name>_command()`. `define` declares the
// subcommand's options on the CLI11 subcommand it is given (binding them to state it owns) and
// returns the function that runs it. Exit codes: k_exit_ok, k_exit_check_failed (a --fail-over
// style check failed, or some inputs failed while others went on), k_exit_bad_input.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace faultline::cli {

inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_check_failed = 1;
inline constexpr int k_exit_bad_input = 2;

using RunFunction = std::function<int()>;

struct Command {
  std::string name;
  std::string help;
  std::function<RunFunction(CLI::App& sub)> define;
};

// The database path: --db, else $FAULTLINE_DB, else faultline.db. Adds --db to `sub`.
void add_db_option(CLI::App& sub, std::string& db_path);

// Prints "faultline: <message>" to stderr and returns k_exit_bad_input.
int fail(const std::string& message);

Command scan_command();
Command classify_command();
Command incidents_command();
Command services_command();
Command train_command();
Command report_command();
Command examples_command();
Command predict_command();
Command serve_command();
Command demo_command();
Command stats_command();

}  // namespace faultline::cli
