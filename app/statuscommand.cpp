#include "statuscommand.h"

#include "appprofile.h"

#include "core/connector.h"
#include "core/credentialstore.h"
#include "core/sellertime.h"
#include "registry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace crossma {

namespace {
QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// The mall's own words for an expiry fact, else its key.
QString expiryLabel(const Connector &connector, const QString &factKey)
{
    for (const ExpirySpec &spec : connector.expiries()) {
        if (spec.factKey == factKey)
            return spec.label;
    }
    return factKey;
}
}  // namespace

QDate StatusCommand::expiryDate(const QString &factName, const QVariant &value)
{
    const QString name = factName.toLower();
    if (!name.contains(QLatin1String("expir")) || name.contains(QLatin1String("days")))
        return {};
    const QString text = value.toString();
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid())
        return dt.date();
    return QDate::fromString(text, Qt::ISODate);
}

QString StatusCommand::daysLeftText(const QDate &expiry, const QDate &today)
{
    const qint64 days = today.daysTo(expiry);
    if (days < 0)
        return tr("expired");
    return tr("%n day(s) left", nullptr, int(days));
}

int StatusCommand::run(bool sandbox, CliOutput &out)
{
    const auto settings = AppProfile::createSettings(sandbox);
    const CredentialStore store(AppProfile::keychainService(sandbox), settings.get());
    const QDate today = QDate::currentDate();

    QJsonArray malls;
    QStringList lines;
    for (const auto &connector : createConnectors()) {
        const StoredMall stored = store.stored(connector->id());
        // Settings never hold secrets, but a field declared secret is left out
        // even if an older or edited file had one.
        const QStringList secretIds = connector->secretFieldIds();
        FieldValues plain;
        for (auto it = stored.plainFields.begin(); it != stored.plainFields.end(); ++it) {
            if (!secretIds.contains(it.key()))
                plain.insert(it.key(), it.value());
        }

        QJsonObject fields;
        for (auto it = plain.begin(); it != plain.end(); ++it)
            fields.insert(it.key(), it.value());
        malls.append(QJsonObject{
            {QStringLiteral("mall"), connector->id()},
            {QStringLiteral("name"), connector->displayName()},
            {QStringLiteral("linked"), stored.linked},
            {QStringLiteral("savedAt"), isoTime(stored.savedAt)},
            {QStringLiteral("lastVerifiedAt"), isoTime(stored.lastVerifiedAt)},
            {QStringLiteral("lastResultCode"), stored.lastResultCode},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("facts"), QJsonObject::fromVariantMap(stored.facts)},
        });

        lines << QStringLiteral("%1: %2").arg(connector->displayName(),
                                              stored.linked ? tr("linked") : tr("not set up"));
        if (stored.savedAt.isValid())
            lines << QStringLiteral("  ") + tr("Saved: %1").arg(sellerDateTime(stored.savedAt));
        if (stored.lastVerifiedAt.isValid())
            lines << QStringLiteral("  ")
                         + tr("Last connection test: %1 (%2)")
                               .arg(sellerDateTime(stored.lastVerifiedAt), stored.lastResultCode);
        for (auto it = plain.begin(); it != plain.end(); ++it) {
            const QString label = connector->field(it.key()).label;
            lines << QStringLiteral("  %1: %2").arg(label.isEmpty() ? it.key() : label, it.value());
        }
        for (auto it = stored.facts.begin(); it != stored.facts.end(); ++it) {
            const QDate expiry = expiryDate(it.key(), it.value());
            if (expiry.isValid()) {
                lines << QStringLiteral("  ")
                             + tr("Expiry date (%1): %2 (%3)")
                                   .arg(expiryLabel(*connector, it.key()),
                                        expiry.toString(Qt::ISODate), daysLeftText(expiry, today));
            }
        }
    }
    out.object(QJsonObject{{QStringLiteral("malls"), malls}});
    out.text(lines.join(QLatin1Char('\n')));
    return 0;
}

}  // namespace crossma
