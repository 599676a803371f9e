// Wiring the API and the assets into cpp-httplib: one route per endpoint, a catch-all for the
// API namespace (404 JSON), a catch-all for assets (embedded lookup, else 404), an error
// handler that gives any bodiless error a JSON body, and an exception handler that turns an
// escaped exception into a 500 JSON body instead of a dropped connection.
#include "web/server.h"

#include <httplib.h>

#include <iostream>

#include "web/static_assets.h"

namespace faultline::web {
namespace {

constexpr const char* k_json_type = "application/json; charset=utf-8";

void write_reply(httplib::Response& response, const Reply& reply) {
  response.status = reply.status;
  // Invalid UTF-8 (a snippet of a Latin-1 file, say) is replaced, never a failure.
  response.set_content(reply.body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                       k_json_type);
}

httplib::Headers security_headers() {
  return {
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-cache"},
  };
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  Api api;
  httplib::Server http;
  int port = -1;

  Impl(ServerOptions opts, std::map<std::string, ConceptManifest> manifests)
      : options(std::move(opts)),
        api(options.db_path, options.predict, options.evaluate_model, std::move(manifests)) {}

  void route() {
    using Endpoint = Reply (Api::*)(const QueryParams&);
    const std::pair<const char*, Endpoint> endpoints[] = {
        {"/api/concepts", &Api::concepts}, {"/api/examples", &Api::examples},
        {"/api/services", &Api::services}, {"/api/model", &Api::model},
        {"/api/predict", &Api::predict},   {"/api/stats", &Api::stats},
    };
    for (const auto& [path, endpoint] : endpoints) {
      http.Get(path,
               [this, endpoint = endpoint](const httplib::Request& request, httplib::Response& response) {
                 write_reply(response, (api.*endpoint)(QueryParams(request.params)));
               });
    }
    http.Get("/api/timeline", [this](const httplib::Request& request, httplib::Response& response) {
      write_reply(response, api.timeline(std::nullopt, QueryParams(request.params)));
    });
    http.Get(R"(/api/services/(.+)/timeline)",
             [this](const httplib::Request& request, httplib::Response& response) {
               write_reply(response, api.timeline(request.matches[1].str(), QueryParams(request.params)));
             });
    http.Get(R"(/api(/.*)?)", [](const httplib::Request& request, httplib::Response& response) {
      write_reply(response, error_reply(404, "no API endpoint " + shorten_for_message(request.path)));
    });
    http.Get(R"(/.*)", [](const httplib::Request& request, httplib::Response& response) {
      const StaticAsset* asset = find_static_asset(request.path);
      if (asset == nullptr) {
        write_reply(response, error_reply(404, "no such file: " + shorten_for_message(request.path)));
        return;
      }
      response.set_content(std::string(asset->bytes), std::string(asset->content_type));
    });
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& request,
                                                                   httplib::Response& response) {
      if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      std::string message = response.status == 404
                                ? "no route for " + request.method + " " + shorten_for_message(request.path)
                                : "HTTP error " + std::to_string(response.status);
      response.set_content(
          nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
          k_json_type);
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler(
        [](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
          std::string message = "internal error";
          try {
            if (error) std::rethrow_exception(error);
          } catch (const std::exception& caught) {
            message += std::string(": ") + caught.what();
          } catch (...) {
          }
          write_reply(response, error_reply(500, message));
        });
    http.set_default_headers(security_headers());
    if (options.log_requests) {
      http.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        std::cerr << request.method << " " << request.path << " " << response.status << "\n";
      });
    }
    http.set_payload_max_length(64 * 1024);
    http.set_keep_alive_max_count(1000);
    // cpp-httplib writes headers and body separately: without TCP_NODELAY the body waits for
    // the client's delayed ACK of the headers, a fixed ~40 ms on every kept-alive request.
    http.set_tcp_nodelay(true);
  }
};

Server::Server(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Server::~Server() { stop(); }

Result<std::unique_ptr<Server>> Server::create(ServerOptions options) {
  // Fail early, naming the file, when the database cannot be served.
  auto probe = open_reader(options.db_path);
  if (!probe.ok()) return probe.error();
  std::string concepts_dir = options.concepts_dir.empty() ? default_concepts_dir() : options.concepts_dir;
  auto impl = std::make_unique<Impl>(std::move(options), load_concept_manifests(concepts_dir));
  impl->route();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Result<int> Server::bind() {
  const auto& options = m_impl->options;
  if (options.port == 0) {
    m_impl->port = m_impl->http.bind_to_any_port(options.host);
  } else if (m_impl->http.bind_to_port(options.host, options.port)) {
    m_impl->port = options.port;
  }
  if (m_impl->port <= 0)
    return Error("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                 " (address in use, or not an address of this machine)");
  return m_impl->port;
}

Status Server::run() {
  if (m_impl->port <= 0) return Error("serve: run() before a successful bind()");
  if (!m_impl->http.listen_after_bind()) return Error("serve: the listening socket failed");
  return {};
}

void Server::stop() {
  if (m_impl) m_impl->http.stop();
}

}  // namespace faultline::web
