#include "diagnostics.h"

#include "core/connector.h"
#include "core/credentialstore.h"
#include "core/keychainaccess.h"
#include "core/secretredactor.h"
#include "core/sellertime.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QSaveFile>
#include <QSysInfo>

namespace crossma {

namespace {
QString dateOrDash(const QDateTime &when)
{
    return when.isValid() ? sellerDateTime(when) : QStringLiteral("-");
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
    case Keychain::Checking:
        return tr("still checking");
    case Keychain::Unknown:
        break;
    }
    return tr("unknown");
}

namespace {
QStringList headerLines(const Diagnostics::Situation &situation)
{
    QStringList lines;
    lines << Diagnostics::tr("Support information (crossma-setup)");
    lines << Diagnostics::tr("Created: %1 (all times are Japan time)")
                 .arg(sellerDateTime(QDateTime::currentDateTimeUtc()));
    lines << Diagnostics::tr("App version: %1").arg(QStringLiteral(CROSSMA_VERSION));
    lines << Diagnostics::tr("OS: %1 (%2, %3)")
                 .arg(QSysInfo::prettyProductName(),
                      QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion(),
                      QSysInfo::currentCpuArchitecture());
    lines << Diagnostics::tr("Qt: %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << Diagnostics::tr("Password store (keychain): %1")
                 .arg(Diagnostics::keychainText(situation.keychain));
    lines << Diagnostics::tr("Screen-share mode: %1")
                 .arg(situation.screenShare ? Diagnostics::tr("on (passwords and keys stay hidden)")
                                            : Diagnostics::tr("off"));
    return lines;
}

QStringList mallLines(const Connector &c, const StoredMall &s)
{
    QStringList lines;
    lines << QStringLiteral("  [%1] %2: %3")
                 .arg(c.id(), c.displayName(),
                      s.linked ? Diagnostics::tr("linked") : Diagnostics::tr("not set up"));
    if (!s.linked)
        return lines;
    const QString indent = QStringLiteral("    ");
    lines << indent + Diagnostics::tr("saved: %1").arg(dateOrDash(s.savedAt));
    lines << indent
                 + Diagnostics::tr("last check: %1, result code: %2")
                       .arg(dateOrDash(s.lastVerifiedAt),
                            s.lastResultCode.isEmpty() ? QStringLiteral("-") : s.lastResultCode);
    QStringList values;
    // Only fields the connector calls non-secret, even though the settings hold no other.
    for (auto it = s.plainFields.cbegin(); it != s.plainFields.cend(); ++it) {
        if (!c.field(it.key()).secret && !c.secretFieldIds().contains(it.key()))
            values << indent + QStringLiteral("%1: %2").arg(it.key(), it.value());
    }
    // A check records some fields again as facts (the seller ID it confirmed): once is enough.
    for (auto it = s.facts.cbegin(); it != s.facts.cend(); ++it)
        values << indent + QStringLiteral("%1: %2").arg(it.key(), sellerFactText(it.value()));
    values.removeDuplicates();
    return lines + values;
}

QStringList endpointLines(const QList<const Connector *> &connectors, const Endpoints &endpoints)
{
    QStringList keys;
    for (const Connector *c : connectors)
        keys += c->endpointKeys();
    keys.removeDuplicates();
    QStringList lines{Diagnostics::tr("Endpoints:")};
    for (const QString &key : std::as_const(keys)) {
        const QString where = endpoints.isOverridden(key)
                                  ? endpoints.overrides().value(key).toString(QUrl::RemoveUserInfo
                                                                              | QUrl::RemoveQuery)
                                  : Diagnostics::tr("production (default)");
        lines << QStringLiteral("  %1: %2").arg(key, where);
    }
    const auto cas = endpoints.extraCaCertificates();
    for (const QSslCertificate &ca : cas)
        lines << QStringLiteral("  ")
                     + Diagnostics::tr("extra trusted CA: %1 (SHA-256 %2)")
                           .arg(ca.subjectDisplayName(),
                                QString::fromLatin1(ca.digest(QCryptographicHash::Sha256).toHex()));
    return lines;
}
}  // namespace

QString Diagnostics::text(const QList<const Connector *> &connectors, const CredentialStore &store,
                          const Endpoints &endpoints, const Situation &situation,
                          const SecretRedactor *redactor)
{
    QStringList lines = headerLines(situation);
    lines << QString() << tr("Malls:");
    for (const Connector *c : connectors)
        lines += mallLines(*c, store.stored(c->id()));
    lines << QString();
    lines += endpointLines(connectors, endpoints);
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
