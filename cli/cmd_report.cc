// PLACEHOLDER until its issue lands: replaced by the real subcommand.
#include "cli/command.h"

namespace faultline::cli {

Command report_command() {
  return {"report", "(not built yet)", [](CLI::App&) -> RunFunction {
            return [] { return fail("report is not built yet"); };
          }};
}

}  // namespace faultline::cli
