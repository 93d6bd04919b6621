#pragma once

#include "certificateauthority.h"
#include "core/connector.h"
#include "server.h"

#include <catch2/catch.hpp>

namespace crossma::test {

// Normalises `values`, requires them to pass the connector's offline check,
// runs its verify job against `endpoints` and waits for the verdict, checking
// that finished() came exactly once.
VerifyResult runVerify(const Connector &connector, const FieldValues &values,
                       const Endpoints &endpoints, int timeoutMs = VerifyJob::kDefaultTimeoutMs,
                       const QVariantMap &previousFacts = {});

// One loopback server with only `Fake` on it, and endpoints that trust it:
// request counts then belong to that mall alone.
template <typename Fake> struct SingleFakeSandbox {
    sandbox::CertificateAuthority ca = sandbox::CertificateAuthority::create(
        QStringLiteral("test CA"));
    sandbox::Server server{ca};
    Fake fake;
    Endpoints endpoints;

    SingleFakeSandbox()
    {
        QString error;
        REQUIRE(server.listen(&error));
        fake.install(server);
        for (const QString &key : fake.endpointKeys())
            endpoints.setOverride(key, server.baseUrl());
        endpoints.addTrustedCa(ca.certificate());
    }
};

}  // namespace crossma::test
