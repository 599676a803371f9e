// run_viewer: serves the web viewer over a database until SIGINT or SIGTERM, with the model
// and the predict pipeline wired in (the web module knows neither). Used by `serve` and `demo`.
//
// SIGINT and SIGTERM are blocked before the server's threads start and awaited by one thread
// (sigwait), which stops the server: no signal handler, no global state.
#pragma once

#include <string>

#include "web/server.h"

namespace faultline::cli {

// Prints "<banner> http://HOST:PORT/" once listening (tests read the port from it). Returns an
// exit code.
int run_viewer(web::ServerOptions options, const std::string& banner);

}  // namespace faultline::cli
