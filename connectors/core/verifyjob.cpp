#include "verifyjob.h"

#include <QCoreApplication>

namespace crossma {

VerifyJob::VerifyJob(const Endpoints &endpoints, const QString &mallName, QObject *parent)
    : QObject(parent), m_http(endpoints, this), m_mallName(mallName)
{
    m_deadline.setSingleShot(true);
    setTimeout(kDefaultTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        HttpResponse timedOut;
        timedOut.failure = HttpResponse::Failure::Timeout;
        finish(transportFailure(timedOut));
    });
}

void VerifyJob::setTimeout(int milliseconds)
{
    m_deadline.setInterval(milliseconds);
    // A single request never outlives the whole run.
    m_http.setTimeout(milliseconds);
}

void VerifyJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_deadline.start();
    // Queued so that callers can connect to finished() after start() and so
    // that finished() is never emitted from inside start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                run();
        },
        Qt::QueuedConnection);
}

void VerifyJob::cancel()
{
    if (m_finished)
        return;
    HttpResponse cancelled;
    cancelled.failure = HttpResponse::Failure::Cancelled;
    finish(transportFailure(cancelled));
}

void VerifyJob::setStage(const QString &stage)
{
    if (m_finished || stage == m_stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void VerifyJob::finish(VerifyResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_http.cancelAll();
    m_result = m_secrets.apply(result);
    emit finished(m_result);
}

void VerifyJob::keepSecret(const QString &value)
{
    m_secrets.add(value);
    SecretRedactor::session().add(value);
}

void VerifyJob::keepSecrets(const QStringList &fieldIds, const FieldValues &values)
{
    for (const QString &id : fieldIds)
        keepSecret(values.value(id));
}

VerifyResult VerifyJob::transportFailure(const HttpResponse &response) const
{
    if (response.failure == HttpResponse::Failure::None)
        return badResponse(response, {});
    return transportFailure(response, m_mallName);
}

// No answer came: the connection failed, was stopped or ran out of time.
VerifyResult VerifyJob::connectionFailure(const HttpResponse &response, const QString &mallName)
{
    switch (response.failure) {
    case HttpResponse::Failure::Timeout:
        return VerifyResult::failure(
            Code::Timeout,
            tr("%1 did not answer in time. Check your internet connection and try the connection "
               "test again in a few minutes.")
                .arg(mallName));
    case HttpResponse::Failure::Cancelled:
        return VerifyResult::failure(Code::Cancelled,
                                     tr("The connection test was cancelled. Nothing was saved."));
    case HttpResponse::Failure::Tls:
        return VerifyResult::failure(Code::Tls,
                                     tr("The secure connection to %1 could not be verified, so "
                                        "nothing was sent. If your "
                                        "company uses a proxy that inspects HTTPS, ask its "
                                        "administrator; otherwise check "
                                        "that this computer's date and time are correct.")
                                         .arg(mallName))
            .withMall({}, response.errorText);
    case HttpResponse::Failure::Network:
        return VerifyResult::failure(Code::Network,
                                     tr("Could not connect to %1. Check that this computer is "
                                        "online and that no firewall "
                                        "or proxy blocks the connection, then try again.")
                                         .arg(mallName))
            .withMall({}, response.errorText);
    case HttpResponse::Failure::ProxyAuth:
        return VerifyResult::failure(
            Code::Network,
            tr("The proxy server %1 asks for a user name and password, so %2 could not be "
               "reached. Run the connection test in this app's window and enter them when asked, "
               "or ask your network administrator for them.")
                .arg(response.proxy.isEmpty() ? tr("(unknown)") : response.proxy, mallName));
    default:
        break;
    }
    return VerifyResult::failure(Code::BadResponse, {});
}

// An answer came, but not one this app may read: the helper stopped reading it.
VerifyResult VerifyJob::answerFailure(const HttpResponse &response, const QString &mallName)
{
    switch (response.failure) {
    case HttpResponse::Failure::Redirected:
        return VerifyResult::failure(
                   Code::BadResponse,
                   tr("%1 answered with a redirection to another address (HTTP %2). For your "
                      "safety nothing was sent there and nothing was saved. Please try again "
                      "later; if it keeps happening, copy the support information and contact "
                      "support.")
                       .arg(mallName)
                       .arg(response.status),
                   {tr("A proxy, a public Wi-Fi sign-in page or security software may be "
                       "intercepting the connection.")})
            .withMall(QString::number(response.status), {});
    case HttpResponse::Failure::TooLarge:
        return VerifyResult::failure(
            Code::BadResponse,
            tr("%1 sent an answer far larger than any answer to this check (over %2 KiB), so this "
               "app stopped reading it. Please try again later; if it keeps happening, copy the "
               "support information and contact support.")
                .arg(mallName)
                .arg(HttpClient::kMaxResponseBytes / 1024));
    case HttpResponse::Failure::Malformed:
        return VerifyResult::failure(
                   Code::BadResponse,
                   tr("%1 answered with data that is not a valid web answer. Please try again "
                      "later; if it keeps happening, copy the support information and contact "
                      "support.")
                       .arg(mallName),
                   {tr("A proxy or security software may be interfering with the connection.")})
            .withMall({}, response.errorText);
    default:
        break;
    }
    return VerifyResult::failure(Code::BadResponse, {});
}

VerifyResult VerifyJob::transportFailure(const HttpResponse &response, const QString &mallName)
{
    switch (response.failure) {
    case HttpResponse::Failure::Redirected:
    case HttpResponse::Failure::TooLarge:
    case HttpResponse::Failure::Malformed:
        return answerFailure(response, mallName);
    default:
        return connectionFailure(response, mallName);
    }
}

VerifyResult VerifyJob::badResponse(const HttpResponse &response, const QString &what) const
{
    VerifyResult r = VerifyResult::failure(
        Code::BadResponse,
        tr("%1 answered, but not in a way this program understands (HTTP %2). Please try again "
           "later; if it keeps happening, copy the support information and contact support.")
            .arg(m_mallName)
            .arg(response.status));
    r.mallMessage = what;
    // The shape of the answer helps support; its bytes are never quoted.
    r.facts.insert(QStringLiteral("answer"),
                   QStringLiteral("HTTP %1, %2, %3 bytes")
                       .arg(response.status)
                       .arg(QString::fromLatin1(response.header("content-type")).left(60))
                       .arg(response.body.size()));
    return r;
}

VerifyResult VerifyJob::serviceError(const HttpResponse &response) const
{
    VerifyResult r = VerifyResult::failure(
        Code::ServiceError,
        tr("%1 is having trouble right now (HTTP %2). Your values were not judged; please try "
           "the connection test again later.")
            .arg(m_mallName)
            .arg(response.status));
    return r.withMall(readError(response));
}

MallError VerifyJob::readError(const HttpResponse &) const
{
    return {};
}

}  // namespace crossma
