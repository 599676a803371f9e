// PLACEHOLDER until its issue lands: replaced by the real subcommand.
#include "cli/command.h"

namespace faultline::cli {

Command train_command() {
  return {"train", "(not built yet)", [](CLI::App&) -> RunFunction {
            return [] { return fail("train is not built yet"); };
          }};
}

}  // namespace faultline::cli
