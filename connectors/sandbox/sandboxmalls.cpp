#include "sandboxmalls.h"

#include <QtConcurrent/QtConcurrentRun>

#include "fakemall.h"
#include "registry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace crossma::sandbox {

SandboxMalls::SandboxMalls(QObject *parent) : SandboxMalls(makeCertificateAuthority(), parent)
{
}

namespace {
const QString kCaName = QStringLiteral("crossma-setup sandbox CA");
}

CertificateAuthority SandboxMalls::makeCertificateAuthority()
{
    return CertificateAuthority::create(kCaName);
}

CertificateAuthority SandboxMalls::beginCertificateAuthority()
{
    return CertificateAuthority::createInBackground(kCaName);
}

SandboxMalls::SandboxMalls(CertificateAuthority ca, QObject *parent)
    : QObject(parent), m_ca(std::move(ca)), m_server(new Server(m_ca, this)),
      m_fakes(createFakeMalls()), m_prepared(std::make_shared<QPromise<ScenarioTable>>())
{
    m_prepared->start();
}

SandboxMalls::~SandboxMalls()
{
    // The fakes must outlive their set-up on the worker thread.
    m_preparing.waitForFinished();
}

QFuture<SandboxMalls::ScenarioTable> SandboxMalls::prepareInBackground()
{
    if (m_started)
        return scenariosWhenPrepared();
    m_started = true;
    QList<FakeMall *> fakes;
    for (const auto &fake : m_fakes)
        fakes.append(fake.get());
    // Scenarios only read what prepare() made, so they are safe off this thread.
    m_preparing = QtConcurrent::run([fakes, prepared = m_prepared] {
        ScenarioTable table;
        for (FakeMall *fake : fakes) {
            fake->prepare();
            table[fake->mallId()] += fake->scenarios();
        }
        releaseThreadOpenSslState();
        prepared->addResult(table);
        prepared->finish();
    });
    return scenariosWhenPrepared();
}

bool SandboxMalls::start(QString *error)
{
    if (!m_server->listen(error))
        return false;
    if (!m_installed) {
        // After listen(): fakes may need baseUrl() (redirects, token URLs).
        for (const auto &fake : m_fakes) {
            const QStringList before = m_server->routedPaths();
            fake->install(*m_server);
            QStringList added = m_server->routedPaths();
            for (const QString &path : before)
                added.removeOne(path);
            m_paths[fake->mallId()] += added;
        }
        m_installed = true;
    }
    return true;
}

bool SandboxMalls::isStarted() const
{
    return m_installed && m_server->isListening();
}

Endpoints SandboxMalls::endpoints() const
{
    Endpoints endpoints;
    const QUrl base = m_server->baseUrl();
    for (const auto &fake : m_fakes) {
        const QStringList keys = fake->endpointKeys();
        for (const QString &key : keys)
            endpoints.setOverride(key, base);
    }
    endpoints.addTrustedCaPem(m_ca.certificatePemWhenMade());
    return endpoints;
}

QString SandboxMalls::caPemPath() const
{
    if (!m_caPath.isEmpty())
        return m_caPath;
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return {};
    const QString path = QDir(dir->path()).filePath(QStringLiteral("sandbox-ca.pem"));
    QFile file(path);
    // Only the public certificate: the CA's private key never leaves memory.
    if (!file.open(QIODevice::WriteOnly)
        || file.write(m_ca.certificatePem()) != m_ca.certificatePem().size())
        return {};
    file.close();
    m_caDir = std::move(dir);
    m_caPath = path;
    return m_caPath;
}

QList<Scenario> SandboxMalls::scenarios(const QString &mallId) const
{
    QList<Scenario> result;
    for (const auto &fake : m_fakes) {
        if (mallId.isEmpty() || fake->mallId() == mallId)
            result += fake->scenarios();
    }
    return result;
}

QStringList SandboxMalls::mallIds() const
{
    QStringList ids;
    for (const auto &fake : m_fakes)
        ids << fake->mallId();
    return ids;
}

void SandboxMalls::setAnswerDelay(const QString &mallId, int milliseconds)
{
    for (const QString &path : m_paths.value(mallId))
        m_server->setAnswerDelay(path, milliseconds);
}

FakeMall *SandboxMalls::fake(const QString &mallId) const
{
    for (const auto &fake : m_fakes) {
        if (fake->mallId() == mallId)
            return fake.get();
    }
    return nullptr;
}

}  // namespace crossma::sandbox
