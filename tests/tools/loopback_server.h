// For tests of HTTP routes: a cpp-httplib server on a free loopback port, listening on its
// own thread from construction until destruction.
#pragma once

#include <httplib.h>

#include <chrono>
#include <functional>
#include <thread>

namespace sanus::testing {

class LoopbackServer {
 public:
  // register_routes adds the routes under test before the server starts listening.
  explicit LoopbackServer(const std::function<void(httplib::Server&)>& register_routes) {
    register_routes(server_);
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) return;
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // This cpp-httplib (0.11) has no wait_until_ready: poll until it answers.
    for (int i = 0; i < 200 && !server_.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ~LoopbackServer() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  // The port it listens on; 0 or less when it could not bind.
  int port() const { return port_; }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace sanus::testing
