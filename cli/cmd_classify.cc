// PLACEHOLDER until its issue lands: replaced by the real subcommand.
#include "cli/command.h"

namespace faultline::cli {

Command classify_command() {
  return {"classify", "(not built yet)", [](CLI::App&) -> RunFunction {
            return [] { return fail("classify is not built yet"); };
          }};
}

}  // namespace faultline::cli
