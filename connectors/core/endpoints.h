#pragma once

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <future>

namespace crossma {

// Where each mall API lives. Connectors pass their production base; an
// override (from --endpoints FILE, or the sandbox) replaces scheme-host-port
// only, so paths stay exactly as the malls document them. Only https is
// accepted and TLS verification is never switched off: extra trust comes from
// an added CA certificate.
class Endpoints
{
public:
    // Parses {"rakuten.api": "https://127.0.0.1:4443", "trustedCaFile": "ca.pem"}.
    // `knownKeys` (from the connector registry) catches typos; empty accepts any.
    // Returns false with a translated message when the file is unusable.
    static bool fromJsonFile(const QString &path, const QStringList &knownKeys, Endpoints *out,
                             QString *error);
    static bool fromJson(const QByteArray &json, const QString &baseDir,
                         const QStringList &knownKeys, Endpoints *out, QString *error);

    void setOverride(const QString &key, const QUrl &base);  // https only; asserts
    void addTrustedCa(const QSslCertificate &ca);
    // The same from PEM, which needs no TLS back end yet (see m_extraCaPems).
    void addTrustedCaPem(const QByteArray &pem);
    // The same, from a CA still being made: waited for by the first request
    // that needs it, so that --sandbox can open its window meanwhile.
    void addTrustedCaPem(std::shared_future<QByteArray> pendingPem);

    // The URL to call: `productionBase` unless `key` is overridden, with `path`
    // and `query` appended unchanged.
    QUrl url(const QString &key, const QUrl &productionBase, const QString &path,
             const QUrlQuery &query = {}) const;

    // The TLS configuration for a request to `url`, peer verification always on.
    // A host this file overrides trusts only the file's CA when it names one
    // (a test server must not pass with a public certificate); every other host
    // trusts the system store only (the file's CA never vouches for a mall).
    QSslConfiguration sslConfiguration(const QUrl &url) const;

    bool isOverridden(const QString &key) const { return m_overrides.contains(key); }
    bool hasOverrides() const { return !m_overrides.isEmpty(); }
    bool overridesAny(const QStringList &keys) const;
    // Read from a file (--endpoints), which anyone can hand a seller, rather
    // than made by the sandbox, whose own profile holds only sandbox values.
    bool isFromFile() const { return m_fromFile; }
    // Whether values a seller saved may be sent for a mall with these keys:
    // not when a file points any of them somewhere else.
    bool allowsStoredSecrets(const QStringList &keys) const
    {
        return !m_fromFile || !overridesAny(keys);
    }
    // Whether `url` goes to scheme-host-port that this file put in place of a mall's.
    bool isOverriddenHost(const QUrl &url) const;
    QHash<QString, QUrl> overrides() const { return m_overrides; }
    bool hasTrustedCas() const { return !m_extraCaPems.isEmpty() || !m_pendingCaPems.isEmpty(); }
    // Waits for a CA still being made (see addTrustedCaPem).
    QList<QSslCertificate> extraCaCertificates() const;

    // JSON for diagnostics and for handing to a child process; holds no secret.
    QByteArray toJson(const QString &caFilePath = {}) const;

private:
    QHash<QString, QUrl> m_overrides;
    // PEM until a request needs them: the first QSslCertificate of a process
    // starts Qt's TLS back end (libssl loaded, ~5 ms), which --sandbox would
    // otherwise pay before its window opens.
    QList<QByteArray> m_extraCaPems;
    QList<std::shared_future<QByteArray>> m_pendingCaPems;
    bool m_fromFile = false;
};

}  // namespace crossma
