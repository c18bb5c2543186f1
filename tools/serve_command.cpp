#include "serve_command.h"

#include <iostream>

#include "web_pages.h"

namespace sanus::tools {
namespace {

// A PostgreSQL URI may carry a password: only its scheme is shown.
std::string AuditTargetForDisplay(const std::string& target) {
  const auto scheme = target.find("://");
  return scheme == std::string::npos ? target : target.substr(0, scheme) + "://...";
}

}  // namespace

int RunServe(const Engine& engine, const std::string& host, int port, const ApiOptions& options) {
  httplib::Server server;
  HttpApi api(engine, options);
  if (Status s = api.OpenAuditLog(); !s.ok()) {
    // No advice may be given unaudited: a wrong --audit-db is found now, not at the first request.
    std::cerr << "sanus serve: cannot open the audit log: " << s.message() << "\n";
    return 2;
  }
  api.Register(server);
  RegisterWebPages(server);
  if (!server.bind_to_port(host, port)) {
    std::cerr << "sanus serve: cannot listen on " << host << ":" << port << "\n";
    return 2;
  }
  std::cout << "Sanus is serving on http://" << host << ":" << port << " (knowledge " << engine.KnowledgeVersion()
            << ", audit log " << AuditTargetForDisplay(options.audit_target) << ")" << std::endl;
  server.listen_after_bind();
  return 0;
}

}  // namespace sanus::tools
