#!/usr/bin/env python3
"""A git smart-HTTP server for network-fault tests, on 127.0.0.1 only.

Usage: git_http_server.py PROJECT_ROOT MODE_FILE LOG_FILE
Serves the repositories under PROJECT_ROOT through `git http-backend` (CGI) on a free port,
which it prints on stdout as "port N" once listening. Before each request it reads MODE_FILE:
  healthy     answer normally
  drop        answer the pack request (POST .../git-upload-pack) with its headers and half of
              its body, then close the connection
  stall       answer the pack request with its headers and half of its body, then send
              nothing more (the connection stays open)
  stall-all   accept every request, read it, and send nothing at all
Each request is appended to LOG_FILE as "METHOD PATH MODE". The test stops the server by
killing it; stalled handlers run on daemon threads and die with it.
"""
import http.server
import os
import subprocess
import sys
import threading
import time

ROOT, MODE_FILE, LOG_FILE = sys.argv[1], sys.argv[2], sys.argv[3]
LOG_LOCK = threading.Lock()
STALL_SECONDS = 600


def mode():
    try:
        with open(MODE_FILE) as f:
            return f.read().strip() or "healthy"
    except OSError:
        return "healthy"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def handle_any(self, method):
        current = mode()
        with LOG_LOCK, open(LOG_FILE, "a") as log:
            log.write(f"{method} {self.path} {current}\n")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if current == "stall-all":
            time.sleep(STALL_SECONDS)
            return
        path, _, query = self.path.partition("?")
        env = dict(os.environ, GIT_PROJECT_ROOT=ROOT, GIT_HTTP_EXPORT_ALL="1", PATH_INFO=path,
                   QUERY_STRING=query, REQUEST_METHOD=method, REMOTE_ADDR="127.0.0.1",
                   CONTENT_TYPE=self.headers.get("Content-Type") or "",
                   CONTENT_LENGTH=str(len(body)))
        if self.headers.get("Content-Encoding"):
            env["HTTP_CONTENT_ENCODING"] = self.headers["Content-Encoding"]
        if self.headers.get("Git-Protocol"):
            env["HTTP_GIT_PROTOCOL"] = self.headers["Git-Protocol"]
        out = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True).stdout
        head, _, payload = out.partition(b"\r\n\r\n")
        status, headers = 200, []
        for line in head.decode("latin-1").split("\r\n"):
            name, _, value = line.partition(":")
            if name.lower() == "status":
                status = int(value.strip().split()[0])
            elif name:
                headers.append((name, value.strip()))
        faulty = method == "POST" and path.endswith("/git-upload-pack") and current in ("drop", "stall")
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if not faulty:
            self.wfile.write(payload)
            return
        self.wfile.write(payload[: len(payload) // 2])
        self.wfile.flush()
        if current == "stall":
            time.sleep(STALL_SECONDS)

    def do_GET(self):
        self.handle_any("GET")

    def do_POST(self):
        self.handle_any("POST")


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
print(f"port {server.server_address[1]}", flush=True)
server.serve_forever()
