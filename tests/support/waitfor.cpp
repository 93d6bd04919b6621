#include "waitfor.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>

#include <memory>
#include <optional>

namespace crossma::test {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // processEvents returns at once when nothing is pending; don't burn a core.
        QThread::msleep(1);
    }
    return true;
}

namespace {
HttpResponse waitForCallback(const std::function<void(HttpClient::Callback)> &send, int timeoutMs)
{
    auto result = std::make_shared<std::optional<HttpResponse>>();
    send([result](const HttpResponse &response) { *result = response; });
    if (!waitFor([&] { return result->has_value(); }, timeoutMs)) {
        HttpResponse timedOut;
        timedOut.failure = HttpResponse::Failure::Timeout;
        timedOut.errorText = QStringLiteral("test gave up waiting for the callback");
        return timedOut;
    }
    return **result;
}
}  // namespace

HttpResponse waitForGet(HttpClient &client, const QUrl &url, const HttpHeaders &headers, int timeoutMs)
{
    return waitForCallback(
        [&](HttpClient::Callback done) { client.get(url, headers, std::move(done)); }, timeoutMs);
}

HttpResponse waitForPost(HttpClient &client, const QUrl &url, const HttpHeaders &headers,
                         const QByteArray &body, int timeoutMs)
{
    return waitForCallback(
        [&](HttpClient::Callback done) { client.post(url, headers, body, std::move(done)); },
        timeoutMs);
}

}  // namespace crossma::test
