#include "endpoints.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace crossma {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("crossma::Endpoints", text);
}

const QString kTrustedCaFile = QStringLiteral("trustedCaFile");
}  // namespace

bool Endpoints::fromJsonFile(const QString &path, const QStringList &knownKeys, Endpoints *out,
                             QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The endpoints file %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return fromJson(file.readAll(), QFileInfo(path).absolutePath(), knownKeys, out, error);
}

bool Endpoints::fromJson(const QByteArray &json, const QString &baseDir,
                         const QStringList &knownKeys, Endpoints *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("The endpoints file is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    Endpoints result;
    result.m_fromFile = true;
    const QJsonObject obj = doc.object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it.key() == kTrustedCaFile) {
            const QString caPath = QDir(baseDir).absoluteFilePath(it.value().toString());
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(caPath, QSsl::Pem);
            if (cas.isEmpty()) {
                *error = tr("trustedCaFile %1 holds no PEM certificate.").arg(caPath);
                return false;
            }
            for (const QSslCertificate &ca : cas)
                result.addTrustedCa(ca);
            continue;
        }
        if (!knownKeys.isEmpty() && !knownKeys.contains(it.key())) {
            *error = tr("Unknown endpoint key \"%1\". Known keys: %2")
                         .arg(it.key(), knownKeys.join(QStringLiteral(", ")));
            return false;
        }
        const QUrl base(it.value().toString(), QUrl::StrictMode);
        if (!base.isValid() || base.scheme() != QLatin1String("https") || base.host().isEmpty()
            || (!base.path().isEmpty() && base.path() != QLatin1String("/")) || base.hasQuery()
            || base.hasFragment()) {
            *error = tr("Endpoint \"%1\" must be https://host[:port] with no path; got \"%2\".")
                         .arg(it.key(), it.value().toString());
            return false;
        }
        result.setOverride(it.key(), base);
    }
    *out = result;
    return true;
}

void Endpoints::setOverride(const QString &key, const QUrl &base)
{
    Q_ASSERT(base.scheme() == QLatin1String("https"));
    QUrl clean;
    clean.setScheme(base.scheme());
    clean.setHost(base.host());
    clean.setPort(base.port());
    m_overrides.insert(key, clean);
}

void Endpoints::addTrustedCa(const QSslCertificate &ca)
{
    addTrustedCaPem(ca.toPem());
}

void Endpoints::addTrustedCaPem(const QByteArray &pem)
{
    if (!m_extraCaPems.contains(pem))
        m_extraCaPems.append(pem);
}

void Endpoints::addTrustedCaPem(std::shared_future<QByteArray> pendingPem)
{
    m_pendingCaPems.append(std::move(pendingPem));
}

QList<QSslCertificate> Endpoints::extraCaCertificates() const
{
    QList<QByteArray> pems = m_extraCaPems;
    for (const std::shared_future<QByteArray> &pending : m_pendingCaPems) {
        const QByteArray pem = pending.get();
        if (!pem.isEmpty() && !pems.contains(pem))
            pems.append(pem);
    }
    QList<QSslCertificate> cas;
    for (const QByteArray &pem : std::as_const(pems))
        cas += QSslCertificate::fromData(pem, QSsl::Pem);
    return cas;
}

QUrl Endpoints::url(const QString &key, const QUrl &productionBase, const QString &path,
                    const QUrlQuery &query) const
{
    QUrl url = m_overrides.value(key, productionBase);
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

bool Endpoints::overridesAny(const QStringList &keys) const
{
    for (const QString &key : keys) {
        if (m_overrides.contains(key))
            return true;
    }
    return false;
}

bool Endpoints::isOverriddenHost(const QUrl &url) const
{
    for (const QUrl &base : m_overrides) {
        if (base.scheme() == url.scheme() && base.host().compare(url.host(), Qt::CaseInsensitive) == 0
            && base.port(443) == url.port(443))
            return true;
    }
    return false;
}

QSslConfiguration Endpoints::sslConfiguration(const QUrl &url) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Setting the list also stops Qt from loading system roots on demand.
    if (hasTrustedCas() && isOverriddenHost(url))
        config.setCaCertificates(extraCaCertificates());
    return config;
}

QByteArray Endpoints::toJson(const QString &caFilePath) const
{
    QJsonObject obj;
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it)
        obj.insert(it.key(), it.value().toString());
    if (!caFilePath.isEmpty())
        obj.insert(kTrustedCaFile, caFilePath);
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

}  // namespace crossma
