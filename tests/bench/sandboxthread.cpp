#include "sandboxthread.h"

#include "sandboxmalls.h"

#include <QMetaObject>

namespace crossma::bench {

template <typename F> void SandboxThread::inThread(F f)
{
    QMetaObject::invokeMethod(m_home, f, Qt::BlockingQueuedConnection);
}

SandboxThread::SandboxThread()
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_thread.start();
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    inThread([this] {
        m_malls = new sandbox::SandboxMalls(m_home);
        m_started = m_malls->start(&m_error);
        if (!m_started)
            return;
        m_ids = m_malls->mallIds();
        for (const QString &id : std::as_const(m_ids)) {
            if (sandbox::FakeMall *fake = m_malls->fake(id))
                fake->prepare();  // keys made now, not during a timed run
            m_samples.insert(id, m_malls->scenarios(id));
        }
        m_endpoints = m_malls->endpoints();
        m_caPath = m_malls->caPemPath();
    });
}

SandboxThread::~SandboxThread()
{
    inThread([this] { delete m_home; });
    m_thread.quit();
    m_thread.wait();
}

void SandboxThread::setAnswerDelay(const QString &mallId, int milliseconds)
{
    inThread([this, mallId, milliseconds] { m_malls->setAnswerDelay(mallId, milliseconds); });
}

void SandboxThread::resetRequests()
{
    inThread([this] { m_malls->server().resetCounts(); });
}

QList<sandbox::Request> SandboxThread::requests()
{
    QList<sandbox::Request> list;
    inThread([this, &list] { list = m_malls->server().requests(); });
    return list;
}

}  // namespace crossma::bench
