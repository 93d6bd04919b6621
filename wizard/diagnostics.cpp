#include "diagnostics.h"

#include "core/connector.h"
#include "core/credentialstore.h"
#include "core/keychainaccess.h"
#include "core/secretredactor.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QSaveFile>
#include <QSysInfo>

namespace crossma {

namespace {
QString isoOrDash(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}
}  // namespace

void Diagnostics::probeKeychain(const QString &service, QObject *context,
                                std::function<void(Keychain, const QString &)> done, int timeoutMs)
{
    auto *access = new KeychainAccess(service, context);
    access->setTimeout(timeoutMs);
    QPointer<QObject> guard(context);
    access->read(QStringLiteral("diagnostics-probe"),
                 [access, guard, done](const KeychainAccess::Result &r) {
                     access->deleteLater();
                     if (!guard)
                         return;
                     Keychain state = Keychain::Failed;
                     switch (r.kind) {
                     case KeychainAccess::Result::Ok:
                     case KeychainAccess::Result::NotFound:
                         state = Keychain::Available;
                         break;
                     case KeychainAccess::Result::Unavailable:
                         state = Keychain::Unavailable;
                         break;
                     case KeychainAccess::Result::Denied:
                         state = Keychain::Locked;
                         break;
                     case KeychainAccess::Result::TimedOut:
                         state = Keychain::Unknown;
                         break;
                     case KeychainAccess::Result::Failed:
                         break;
                     }
                     // Never the data: a probe entry could exist by chance.
                     done(state, r.detail);
                 });
}

QString Diagnostics::keychainText(Keychain state)
{
    switch (state) {
    case Keychain::Available:
        return tr("available");
    case Keychain::Unavailable:
        return tr("not available (no password store service)");
    case Keychain::Locked:
        return tr("locked or access refused");
    case Keychain::Failed:
        return tr("error");
    case Keychain::Unknown:
        break;
    }
    return tr("unknown");
}

QString Diagnostics::text(const QList<const Connector *> &connectors, const CredentialStore &store,
                          const Endpoints &endpoints, Keychain keychain,
                          const SecretRedactor *redactor)
{
    QStringList lines;
    lines << tr("Support information (crossma-setup)");
    lines << tr("Created: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    lines << tr("App version: %1").arg(QStringLiteral(CROSSMA_VERSION));
    lines << tr("OS: %1 (%2, %3)")
                 .arg(QSysInfo::prettyProductName(),
                      QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion(),
                      QSysInfo::currentCpuArchitecture());
    lines << tr("Qt: %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << tr("Password store (keychain): %1").arg(keychainText(keychain));
    lines << QString();

    lines << tr("Malls:");
    for (const Connector *c : connectors) {
        const StoredMall s = store.stored(c->id());
        lines << QStringLiteral("  [%1] %2: %3")
                     .arg(c->id(), c->displayName(), s.linked ? tr("linked") : tr("not set up"));
        if (!s.linked)
            continue;
        lines << QStringLiteral("    ") + tr("saved: %1").arg(isoOrDash(s.savedAt));
        lines << QStringLiteral("    ")
                     + tr("last check: %1, result code: %2")
                           .arg(isoOrDash(s.lastVerifiedAt),
                                s.lastResultCode.isEmpty() ? QStringLiteral("-") : s.lastResultCode);
        // Only fields the connector calls non-secret, even though the settings hold no other.
        for (auto it = s.plainFields.cbegin(); it != s.plainFields.cend(); ++it) {
            if (c->field(it.key()).secret || c->secretFieldIds().contains(it.key()))
                continue;
            lines << QStringLiteral("    %1: %2").arg(it.key(), it.value());
        }
        for (auto it = s.facts.cbegin(); it != s.facts.cend(); ++it)
            lines << QStringLiteral("    %1: %2").arg(it.key(), it.value().toString());
    }
    lines << QString();

    lines << tr("Endpoints:");
    for (const Connector *c : connectors) {
        for (const QString &key : c->endpointKeys()) {
            const QString where = endpoints.isOverridden(key)
                                      ? endpoints.overrides().value(key).toString(
                                          QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                      : tr("production (default)");
            lines << QStringLiteral("  %1: %2").arg(key, where);
        }
    }
    const auto cas = endpoints.extraCaCertificates();
    for (const QSslCertificate &ca : cas)
        lines << QStringLiteral("  ")
                     + tr("extra trusted CA: %1 (SHA-256 %2)")
                           .arg(ca.subjectDisplayName(),
                                QString::fromLatin1(ca.digest(QCryptographicHash::Sha256).toHex()));

    QString out = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return redactor ? redactor->apply(out) : SecretRedactor::session().apply(out);
}

bool Diagnostics::save(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = tr("The support information could not be saved to %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace crossma
