#pragma once

#include "endpoints.h"
#include "fieldspec.h"
#include "httpclient.h"
#include "secretredactor.h"
#include "verifyresult.h"

#include <QObject>
#include <QTimer>

namespace crossma {

// One asynchronous verify run against a mall. Subclasses implement run() and
// call finish() exactly once; the base class guarantees a single finished()
// emission, an overall time limit and cancellation.
class VerifyJob : public QObject
{
    Q_OBJECT
public:
    VerifyJob(const Endpoints &endpoints, const QString &mallName, QObject *parent = nullptr);

    // Starts the run; finished() is always emitted later, never from start().
    void start();
    // Stops the run; finished() carries Code::Cancelled unless it already finished.
    void cancel();

    void setTimeout(int milliseconds);
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    const VerifyResult &result() const { return m_result; }

    // Facts of the last successful check of the stored values (StoredMall::facts),
    // for facts that carry over between checks, such as the day an API key was
    // first seen. Without them the values count as new. Call before start().
    void setPreviousFacts(const QVariantMap &facts) { m_previousFacts = facts; }
    QVariantMap previousFacts() const { return m_previousFacts; }
    QString stage() const { return m_stage; }

    static constexpr int kDefaultTimeoutMs = 20000;

signals:
    void stageChanged(const QString &stage);  // translated: "楽天市場に接続しています…"
    void finished(const crossma::VerifyResult &result);

protected:
    virtual void run() = 0;

    void setStage(const QString &stage);
    // Emits the result once, masked: no value handed to keepSecret() appears
    // in it, whatever a mall echoed back in its code or message.
    void finish(VerifyResult result);
    // A value this job sends or receives that must never be shown: the
    // secrets of the values it checks, and tokens it gets on the way. Also
    // handed to SecretRedactor::session() for every other text of this run.
    void keepSecret(const QString &value);
    void keepSecrets(const QStringList &fieldIds, const FieldValues &values);
    HttpClient *http() { return &m_http; }
    QString mallName() const { return m_mallName; }

    // The result for a request that got no usable HTTP answer (timeout, TLS,
    // network, cancelled, redirected, too large…), worded for this mall.
    VerifyResult transportFailure(const HttpResponse &response) const;

public:
    // The one mapping from HttpResponse::Failure to a result, for any service.
    static VerifyResult transportFailure(const HttpResponse &response, const QString &serviceName);

protected:
    // The result for an answer that fits no documented form. `what` (ours,
    // never the body's bytes) says what was missing; the answer's type and
    // size go into the facts for support.
    VerifyResult badResponse(const HttpResponse &response, const QString &what) const;
    // The result for a 5xx answer, quoting the mall's error if readError() finds one.
    VerifyResult serviceError(const HttpResponse &response) const;
    // The mall's own code and message in an error answer, from the forms the
    // mall documents; empty when the body fits none of them.
    virtual MallError readError(const HttpResponse &response) const;

private:
    static VerifyResult connectionFailure(const HttpResponse &response, const QString &mallName);
    static VerifyResult answerFailure(const HttpResponse &response, const QString &mallName);

    HttpClient m_http;
    QString m_mallName;
    QTimer m_deadline;
    VerifyResult m_result;
    QString m_stage;
    QVariantMap m_previousFacts;
    SecretRedactor m_secrets;
    bool m_started = false;
    bool m_finished = false;
};

}  // namespace crossma
