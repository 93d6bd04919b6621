#pragma once

#include "scenario.h"
#include "server.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crossma::sandbox {

// One mall's fake API: the real paths and payloads, answered from the sandbox
// server. install() runs once, after the server listens (baseUrl() is known).
class FakeMall
{
public:
    virtual ~FakeMall() = default;
    virtual QString mallId() const = 0;
    virtual QStringList endpointKeys() const = 0;  // e.g. {"rakuten.api"}
    virtual void install(Server &server) = 0;
    // Slow set-up (RSA key generation) that the wizard runs on a worker thread
    // right after start, so the first page that needs it does not freeze.
    // Must be thread-safe and idempotent; tests simply let it happen lazily.
    virtual void prepare() {}
    virtual QList<Scenario> scenarios() const = 0;
};

}  // namespace crossma::sandbox
