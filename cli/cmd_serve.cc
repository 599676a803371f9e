// faultline serve: the web viewer over a database, read-only, on 127.0.0.1:8080 by default.
#include <memory>

#include "cli/command.h"
#include "cli/viewer.h"

namespace faultline::cli {

Command serve_command() {
  return {
      "serve", "Serve the web viewer and its JSON API over the database (read-only)",
      [](CLI::App& sub) -> RunFunction {
        auto options = std::make_shared<web::ServerOptions>();
        add_db_option(sub, options->db_path);
        sub.add_option("--host", options->host,
                       "Address to listen on (default 127.0.0.1: this machine only)");
        sub.add_option("--port", options->port, "Port to listen on; 0 picks a free one (default 8080)")
            ->check(CLI::Range(0, 65535));
        sub.add_option("--concepts", options->concepts_dir,
                       "Folder of concept packs whose titles the viewer shows (default: the bundled ones)");
        sub.add_flag("--log", options->log_requests, "Print one line per request on stderr");
        return [options] { return run_viewer(*options, "faultline: serving " + options->db_path + " at"); };
      }};
}

}  // namespace faultline::cli
