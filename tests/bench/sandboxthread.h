// The sandbox malls on a thread of their own: the benches time the wizard and
// the command line, not the fakes' TLS handshakes and key making, so the
// fakes must not share the UI thread (or block while a child process runs).
#pragma once

#include "core/endpoints.h"
#include "core/sampleinput.h"
#include "httpmessage.h"

#include <QHash>
#include <QThread>

namespace crossma::sandbox {
class SandboxMalls;
}

namespace crossma::bench {

class SandboxThread
{
public:
    SandboxThread();
    ~SandboxThread();

    bool isStarted() const { return m_started; }
    QString error() const { return m_error; }
    Endpoints endpoints() const { return m_endpoints; }
    QString caPemPath() const { return m_caPath; }
    QStringList mallIds() const { return m_ids; }  // the wizard's order
    // The first sample of each mall: the one its fake accepts.
    SampleInput accepted(const QString &mallId) const { return m_samples.value(mallId).value(0); }
    QHash<QString, QList<SampleInput>> samples() const { return m_samples; }

    void setAnswerDelay(const QString &mallId, int milliseconds);
    void resetRequests();
    QList<sandbox::Request> requests();

private:
    template <typename F> void inThread(F f);

    QThread m_thread;
    QObject *m_home = nullptr;  // lives on m_thread
    sandbox::SandboxMalls *m_malls = nullptr;
    bool m_started = false;
    QString m_error;
    Endpoints m_endpoints;
    QString m_caPath;
    QStringList m_ids;
    QHash<QString, QList<SampleInput>> m_samples;
};

}  // namespace crossma::bench
