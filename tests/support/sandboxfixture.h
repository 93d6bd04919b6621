#pragma once

#include "sandboxmalls.h"

namespace crossma::test {

// A started SandboxMalls (every fake mall on one loopback HTTPS server with a
// CA made for this test). Use as a Catch2 fixture or a local:
//   SandboxFixture sandbox;  HttpClient client(sandbox.endpoints());
//   sandbox.server().route("GET", "/x", …);
// Starting can only fail if loopback is unusable; that fails the test (REQUIRE).
class SandboxFixture
{
public:
    SandboxFixture();
    ~SandboxFixture();

    sandbox::SandboxMalls &malls() { return *m_malls; }
    sandbox::Server &server() { return m_malls->server(); }
    Endpoints endpoints() const { return m_malls->endpoints(); }
    QUrl baseUrl() { return server().baseUrl(); }
    QUrl url(const QString &path) { return baseUrl().resolved(QUrl(path)); }

private:
    std::unique_ptr<sandbox::SandboxMalls> m_malls;
};

}  // namespace crossma::test
