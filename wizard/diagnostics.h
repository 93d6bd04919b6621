#pragma once

#include "core/endpoints.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace crossma {

class Connector;
class CredentialStore;
class SecretRedactor;

// 「サポート用情報」: what support staff need to help (versions, the keychain's
// state, screen-share mode, each mall's state and last result code, the
// endpoints in use; times as sellers read them, in Japan time) and
// never a secret: it is built from the settings file only, which holds none,
// and every line still passes the secret masker when one is given.
class Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(crossma::Diagnostics)
public:
    enum class Keychain { Unknown, Available, Unavailable, Locked, Failed, Checking };

    // What the window knows besides the settings file.
    struct Situation {
        Keychain keychain = Keychain::Unknown;
        bool screenShare = false;
    };

    // Asks the keychain for an entry that does not exist: "not found" proves it
    // answers, and reading asks for no unlock or permission (a write would).
    // Asynchronous with a deadline; `done` runs once, on `context`'s thread,
    // unless `context` is gone.
    static void probeKeychain(const QString &service, QObject *context,
                              std::function<void(Keychain state, const QString &detail)> done,
                              int timeoutMs = 5000);
    static QString keychainText(Keychain state);  // translated

    static QString text(const QList<const Connector *> &connectors, const CredentialStore &store,
                        const Endpoints &endpoints, const Situation &situation,
                        const SecretRedactor *redactor = nullptr);
    static QString text(const QList<const Connector *> &connectors, const CredentialStore &store,
                        const Endpoints &endpoints, Keychain keychain = Keychain::Unknown,
                        const SecretRedactor *redactor = nullptr)
    {
        return text(connectors, store, endpoints, Situation{keychain, false}, redactor);
    }

    // Writes atomically (a half-written file never replaces an older one).
    // On failure `error` gets a translated reason.
    static bool save(const QString &path, const QString &text, QString *error);
};

inline QString diagnosticsText(const QList<const Connector *> &connectors,
                               const CredentialStore &store, const Endpoints &endpoints,
                               Diagnostics::Keychain keychain = Diagnostics::Keychain::Unknown,
                               const SecretRedactor *redactor = nullptr)
{
    return Diagnostics::text(connectors, store, endpoints, keychain, redactor);
}

inline QString diagnosticsText(const QList<Connector *> &connectors, const CredentialStore &store,
                               const Endpoints &endpoints,
                               Diagnostics::Keychain keychain = Diagnostics::Keychain::Unknown,
                               const SecretRedactor *redactor = nullptr)
{
    return Diagnostics::text(QList<const Connector *>(connectors.cbegin(), connectors.cend()),
                             store, endpoints, keychain, redactor);
}

inline QString diagnosticsText(const QList<Connector *> &connectors, const CredentialStore &store,
                               const Endpoints &endpoints, const Diagnostics::Situation &situation)
{
    return Diagnostics::text(QList<const Connector *>(connectors.cbegin(), connectors.cend()),
                             store, endpoints, situation);
}

inline bool saveDiagnostics(const QString &path, const QString &text, QString *error)
{
    return Diagnostics::save(path, text, error);
}

}  // namespace crossma
