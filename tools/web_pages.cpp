#include "web_pages.h"

#include <map>
#include <memory>

namespace sanus::tools {
namespace {

// Same-origin only, and no inline script or style: API text that slipped into the page as
// markup could not run. 'self' for connect-src is the JSON API these pages call.
constexpr char kContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

using FilesByPath = std::map<std::string, std::string>;

void Serve(const std::string& content, const std::string& content_type, httplib::Response& res) {
  res.set_header("Content-Security-Policy", kContentSecurityPolicy);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  // The pages change with the binary; a stale cached script could talk to a newer API wrongly.
  res.set_header("Cache-Control", "no-cache");
  res.set_content(content, content_type);
}

void ServePage(httplib::Server& server, const std::string& route, const std::string& file,
               const std::shared_ptr<const FilesByPath>& files) {
  const auto it = files->find(file);
  if (it == files->end()) return;  // a build without web pages: the route stays a JSON 404
  server.Get(route, [content = it->second](const httplib::Request&, httplib::Response& res) {
    Serve(content, "text/html; charset=utf-8", res);
  });
}

}  // namespace

std::optional<std::string> WebContentType(const std::string& path) {
  if (EndsWith(path, ".html")) return "text/html; charset=utf-8";
  if (EndsWith(path, ".css")) return "text/css; charset=utf-8";
  if (EndsWith(path, ".js")) return "text/javascript; charset=utf-8";
  if (EndsWith(path, ".svg")) return "image/svg+xml";
  return std::nullopt;
}

void RegisterWebPages(httplib::Server& server) {
  auto files = std::make_shared<FilesByPath>();
  for (auto& f : EmbeddedWebFiles()) (*files)[f.path] = std::move(f.content);
  ServePage(server, "/", "index.html", files);
  ServePage(server, "/clinician", "clinician.html", files);
  // Only names made of these characters, so no path can climb out of assets/.
  server.Get(R"(/assets/([a-z0-9_-]+\.[a-z]+))", [files](const httplib::Request& req, httplib::Response& res) {
    const std::string path = "assets/" + req.matches[1].str();
    const auto it = files->find(path);
    const auto type = WebContentType(path);
    if (it == files->end() || !type) {
      res.status = 404;  // the error handler writes the JSON body
      return;
    }
    Serve(it->second, *type, res);
  });
}

}  // namespace sanus::tools
