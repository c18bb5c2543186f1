// The embedded web pages: every page and asset is served with its Content-Type, a strict
// Content-Security-Policy and nosniff; nothing outside web/assets/ can be reached; and the
// pages hold no inline script or style the policy would block.
#include <gtest/gtest.h>

#include <regex>

#include "tools/loopback_server.h"
#include "web_pages.h"

namespace sanus::tools {
namespace {

class WebPagesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GT(server_.port(), 0); }
  httplib::Result Get(const std::string& path) { return httplib::Client("127.0.0.1", server_.port()).Get(path); }

  testing::LoopbackServer server_{RegisterWebPages};
};

std::string FileContent(const std::string& path) {
  for (const auto& f : EmbeddedWebFiles()) {
    if (f.path == path) return f.content;
  }
  return "";
}

TEST_F(WebPagesTest, ServesBothPagesWithAStrictPolicy) {
  for (const char* path : {"/", "/clinician"}) {
    auto r = Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 200) << path;
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
    const std::string policy = r->get_header_value("Content-Security-Policy");
    EXPECT_NE(policy.find("default-src 'none'"), std::string::npos);
    EXPECT_NE(policy.find("script-src 'self'"), std::string::npos);
    EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
    EXPECT_NE(r->body.find("<main"), std::string::npos);
  }
}

TEST_F(WebPagesTest, EveryAssetAPageNamesIsServedWithItsType) {
  const std::regex asset_ref(R"((?:src|href)="(/assets/[^"]+)\")");
  int checked = 0;
  for (const char* page : {"index.html", "clinician.html"}) {
    const std::string html = FileContent(page);
    for (std::sregex_iterator it(html.begin(), html.end(), asset_ref), end; it != end; ++it) {
      const std::string path = (*it)[1].str();
      auto r = Get(path);
      ASSERT_TRUE(r) << path;
      EXPECT_EQ(r->status, 200) << path;
      EXPECT_EQ(r->get_header_value("Content-Type"), *WebContentType(path)) << path;
      EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff") << path;
      ++checked;
    }
  }
  EXPECT_GE(checked, 5);
  EXPECT_EQ(*WebContentType("assets/patient.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(*WebContentType("assets/style.css"), "text/css; charset=utf-8");
}

TEST_F(WebPagesTest, NothingOutsideTheAssetsCanBeReached) {
  for (const char* path : {"/assets/nonesuch.js", "/assets/../index.html", "/assets/%2e%2e/CMakeLists.txt",
                           "/assets/style.css.bak", "/index.html", "/assets/"}) {
    auto r = Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
  }
  EXPECT_FALSE(WebContentType("assets/tool.exe").has_value());
}

TEST(WebFiles, PagesHaveNoInlineScriptStyleOrHandlers) {
  const std::regex inline_script(R"(<script(?![^>]*\bsrc=)[^>]*>)");
  const std::regex inline_code(R"(\son[a-z]+=|\sstyle=|<style)");
  int pages = 0;
  for (const auto& f : EmbeddedWebFiles()) {
    if (f.path.size() < 5 || f.path.substr(f.path.size() - 5) != ".html") continue;
    ++pages;
    EXPECT_FALSE(std::regex_search(f.content, inline_script)) << f.path;
    EXPECT_FALSE(std::regex_search(f.content, inline_code)) << f.path;
    EXPECT_NE(f.content.find("<html lang=\"en\">"), std::string::npos) << f.path;
    EXPECT_NE(f.content.find("name=\"viewport\""), std::string::npos) << f.path;
  }
  EXPECT_EQ(pages, 2);
}

TEST(WebFiles, ScriptsNeverParseApiTextAsHtml) {
  for (const auto& f : EmbeddedWebFiles()) {
    if (f.path.substr(f.path.size() - 3) != ".js") continue;
    EXPECT_EQ(f.content.find("innerHTML"), std::string::npos) << f.path;
    EXPECT_EQ(f.content.find("insertAdjacentHTML"), std::string::npos) << f.path;
    EXPECT_EQ(f.content.find("document.write"), std::string::npos) << f.path;
  }
}

}  // namespace
}  // namespace sanus::tools
