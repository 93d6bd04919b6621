#pragma once

#include "certificateauthority.h"
#include "core/endpoints.h"
#include "fakemall.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QStringList>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace crossma::sandbox {

// Every fake mall on one loopback server with its own run-time CA: what
// --sandbox and the tests talk to.
class SandboxMalls : public QObject
{
    Q_OBJECT
public:
    explicit SandboxMalls(QObject *parent = nullptr);
    // On a CA made beforehand (makeCertificateAuthority(), on any thread), or
    // still being made (beginCertificateAuthority()): the server listens at
    // once and the endpoints are ready, and both wait for the CA only when a
    // client connects or a request needs its certificate.
    explicit SandboxMalls(CertificateAuthority ca, QObject *parent = nullptr);
    static CertificateAuthority makeCertificateAuthority();
    static CertificateAuthority beginCertificateAuthority();
    ~SandboxMalls() override;

    // Listens, then installs every fake. Idempotent. A translated error on failure.
    bool start(QString *error);
    bool isStarted() const;
    using ScenarioTable = QHash<QString, QList<Scenario>>;  // per mall id
    // Runs every fake's slow set-up on a worker thread (see FakeMall::prepare),
    // then collects every mall's scenarios there too. Idempotent: later calls
    // return the same future.
    QFuture<ScenarioTable> prepareInBackground();
    // The same future, starting nothing: the app takes it when it makes its
    // window and starts the work once the window is up (an RSA key is a
    // second of a CPU that the first window would otherwise share).
    QFuture<ScenarioTable> scenariosWhenPrepared() const { return m_prepared->future(); }

    // Every endpoint key of every fake pointed at the server, plus the CA as trusted.
    Endpoints endpoints() const;

    // The CA certificate (public part only) in a file that lives as long as
    // this object, for child processes (--endpoints). Empty if it cannot be written.
    QString caPemPath() const;

    QList<Scenario> scenarios(const QString &mallId) const;  // empty id: every mall's
    QStringList mallIds() const;
    FakeMall *fake(const QString &mallId) const;
    // Every answer of `mallId`'s fake leaves `milliseconds` late at the
    // earliest (0: on time), as a slow mall would answer. After start().
    void setAnswerDelay(const QString &mallId, int milliseconds);
    Server &server() { return *m_server; }
    const CertificateAuthority &certificateAuthority() const { return m_ca; }

private:
    CertificateAuthority m_ca;
    Server *m_server = nullptr;
    std::vector<std::unique_ptr<FakeMall>> m_fakes;
    bool m_installed = false;
    QHash<QString, QStringList> m_paths;  // mall id -> the paths its fake routed
    // Shared with the worker, which fulfils it; cancelled if never started.
    std::shared_ptr<QPromise<ScenarioTable>> m_prepared;
    QFuture<void> m_preparing;  // the worker
    bool m_started = false;     // m_preparing was set
    mutable std::unique_ptr<QTemporaryDir> m_caDir;
    mutable QString m_caPath;
};

}  // namespace crossma::sandbox
