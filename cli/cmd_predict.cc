// PLACEHOLDER until its issue lands: replaced by the real subcommand.
#include "cli/command.h"

namespace faultline::cli {

Command predict_command() {
  return {"predict", "(not built yet)", [](CLI::App&) -> RunFunction {
            return [] { return fail("predict is not built yet"); };
          }};
}

}  // namespace faultline::cli
