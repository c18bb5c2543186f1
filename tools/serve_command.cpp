#include "serve_command.h"

#include <iostream>

#include "web_pages.h"

namespace sanus::tools {

int RunServe(const Engine& engine, const std::string& host, int port, const ApiOptions& options) {
  httplib::Server server;
  HttpApi api(engine, options);
  api.Register(server);
  RegisterWebPages(server);
  if (!server.bind_to_port(host, port)) {
    std::cerr << "sanus serve: cannot listen on " << host << ":" << port << "\n";
    return 2;
  }
  std::cout << "Sanus is serving on http://" << host << ":" << port << " (knowledge " << engine.KnowledgeVersion()
            << ")" << std::endl;
  server.listen_after_bind();
  return 0;
}

}  // namespace sanus::tools
