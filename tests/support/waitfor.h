#pragma once

#include "core/httpclient.h"

#include <functional>

namespace crossma::test {

// Spins the event loop until `condition` holds or `timeoutMs` passes; returns
// whether it held. Use it instead of sleeping: network, keychain and timers all
// need the loop to run.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000);

// Runs one request through `client` and waits for its callback (up to
// `timeoutMs`; the result's failure is Timeout if the callback never came).
HttpResponse waitForGet(HttpClient &client, const QUrl &url, const HttpHeaders &headers = {},
                        int timeoutMs = 10000);
HttpResponse waitForPost(HttpClient &client, const QUrl &url, const HttpHeaders &headers,
                         const QByteArray &body, int timeoutMs = 10000);

}  // namespace crossma::test
