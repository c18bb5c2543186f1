// The web pages `sanus serve` shows: the patient conversation at / and the clinician workspace
// at /clinician, with their scripts and style sheet under /assets/. The files come from web/,
// embedded in the binary at build time (cmake/embed_files.cmake), and talk only to the JSON
// API of http_api.h.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <vector>

namespace sanus::tools {

// One file of web/: its path relative to web/ ("assets/patient.js") and its bytes.
struct WebFile {
  std::string path;
  std::string content;
};

// The files of web/ as embedded at build time, sorted by path; empty when the build was
// configured with -DSANUS_BUILD_WEB=OFF.
std::vector<WebFile> EmbeddedWebFiles();

// The Content-Type for a file name by its extension ("text/html; charset=utf-8"), or
// nullopt for a kind of file the pages do not use (so it is not served).
std::optional<std::string> WebContentType(const std::string& path);

// Adds GET /, GET /clinician and GET /assets/<name> to server. Every answer carries a strict
// Content-Security-Policy (scripts, styles and requests from this origin only; no inline
// script) and X-Content-Type-Options: nosniff. An unknown asset is left to the server's
// error handler (a JSON 404).
void RegisterWebPages(httplib::Server& server);

}  // namespace sanus::tools
