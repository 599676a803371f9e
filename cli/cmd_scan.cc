// PLACEHOLDER until its issue lands: replaced by the real subcommand.
#include "cli/command.h"

namespace faultline::cli {

Command scan_command() {
  return {"scan", "(not built yet)", [](CLI::App&) -> RunFunction {
            return [] { return fail("scan is not built yet"); };
          }};
}

}  // namespace faultline::cli
