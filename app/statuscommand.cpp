#include "statuscommand.h"

#include "appprofile.h"
#include "notifycommand.h"
#include "reminderrecord.h"

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

namespace {
QJsonObject mallJson(const Connector &connector, const QSettings &settings,
                     const StoredMall &stored, const FieldValues &plain)
{
    QJsonObject fields;
    for (auto it = plain.begin(); it != plain.end(); ++it)
        fields.insert(it.key(), it.value());
    // Each expiry with whether the daily check would notify it now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray expiries;
    for (const ExpiryFact &fact : connector.expiryFacts(stored.facts, now)) {
        const QDateTime last = ReminderRecord::lastNotified(settings, connector.id(), fact.key);
        expiries.append(QJsonObject{
            {QStringLiteral("fact"), fact.key},
            {QStringLiteral("expiresAt"), isoTime(fact.expiry)},
            {QStringLiteral("daysLeft"), fact.daysLeft},
            {QStringLiteral("warningDays"), fact.warningDays},
            {QStringLiteral("notify"),
             ReminderRecord::stateName(ReminderRecord::state(fact, last, now))},
            {QStringLiteral("lastNotifiedAt"), isoTime(last)},
        });
    }
    return QJsonObject{
        {QStringLiteral("mall"), connector.id()},
        {QStringLiteral("name"), connector.displayName()},
        {QStringLiteral("linked"), stored.linked},
        {QStringLiteral("savedAt"), isoTime(stored.savedAt)},
        {QStringLiteral("lastVerifiedAt"), isoTime(stored.lastVerifiedAt)},
        {QStringLiteral("lastResultCode"), stored.lastResultCode},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("facts"), QJsonObject::fromVariantMap(stored.facts)},
        {QStringLiteral("expiries"), stored.linked ? expiries : QJsonArray()},
    };
}

QStringList mallLines(const Connector &connector, const StoredMall &stored, const FieldValues &plain)
{
    const QDate today = QDate::currentDate();
    QStringList lines;
    lines << QStringLiteral("%1: %2").arg(connector.displayName(),
                                          stored.linked ? StatusCommand::tr("linked")
                                                        : StatusCommand::tr("not set up"));
    if (stored.savedAt.isValid())
        lines << QStringLiteral("  ")
                     + StatusCommand::tr("Saved: %1").arg(sellerDateTime(stored.savedAt));
    if (stored.lastVerifiedAt.isValid())
        lines << QStringLiteral("  ")
                     + StatusCommand::tr("Last connection test: %1 (%2)")
                           .arg(sellerDateTime(stored.lastVerifiedAt), stored.lastResultCode);
    for (auto it = plain.begin(); it != plain.end(); ++it) {
        const QString label = connector.field(it.key()).label;
        lines << QStringLiteral("  %1: %2").arg(label.isEmpty() ? it.key() : label, it.value());
    }
    for (auto it = stored.facts.begin(); it != stored.facts.end(); ++it) {
        const QDate expiry = StatusCommand::expiryDate(it.key(), it.value());
        if (expiry.isValid()) {
            lines << QStringLiteral("  ")
                         + StatusCommand::tr("Expiry date (%1): %2 (%3)")
                               .arg(expiryLabel(connector, it.key()), expiry.toString(Qt::ISODate),
                                    StatusCommand::daysLeftText(expiry, today));
        }
    }
    return lines;
}

// Settings never hold secrets, but a field declared secret is left out even if
// an older or edited file had one.
FieldValues plainFields(const Connector &connector, const StoredMall &stored)
{
    const QStringList secretIds = connector.secretFieldIds();
    FieldValues plain;
    for (auto it = stored.plainFields.begin(); it != stored.plainFields.end(); ++it) {
        if (!secretIds.contains(it.key()))
            plain.insert(it.key(), it.value());
    }
    return plain;
}

struct Report {
    QJsonArray malls;
    QStringList lines;
};

Report collect(const QList<const Connector *> &connectors, const QSettings &settings,
               const CredentialStore &store)
{
    Report report;
    for (const Connector *connector : connectors) {
        const StoredMall stored = store.stored(connector->id());
        const FieldValues plain = plainFields(*connector, stored);
        report.malls.append(mallJson(*connector, settings, stored, plain));
        report.lines << mallLines(*connector, stored, plain);
    }
    return report;
}

QList<const Connector *> pointers(const std::vector<std::unique_ptr<Connector>> &connectors)
{
    QList<const Connector *> list;
    for (const auto &c : connectors)
        list.append(c.get());
    return list;
}
}  // namespace

int StatusCommand::run(bool sandbox, CliOutput &out)
{
    const auto settings = AppProfile::createSettings(sandbox);
    const CredentialStore store(AppProfile::keychainService(sandbox), settings.get());
    const auto connectors = createConnectors();
    const Report report = collect(pointers(connectors), *settings, store);
    out.object(QJsonObject{{QStringLiteral("malls"), report.malls}});
    out.text(report.lines.join(QLatin1Char('\n')));
    return 0;
}

int StatusCommand::runWithNotify(bool sandbox, CliOutput &out)
{
    const auto settings = AppProfile::createSettings(sandbox);
    const auto connectors = createConnectors();
    const QList<const Connector *> list = pointers(connectors);
    const auto notifier = createDesktopNotifier();
    NotifyCommand::Options options;
    options.sandbox = sandbox;
    options.profile = AppProfile::keychainService(sandbox);
    NotifyCommand notify(list, settings.get(), AppProfile::keychainService(sandbox), notifier.get(),
                         options);
    QString error;
    const int exitCode = notify.send(&error);

    const CredentialStore store(AppProfile::keychainService(sandbox), settings.get());
    Report report = collect(list, *settings, store);
    QJsonObject object{{QStringLiteral("malls"), report.malls},
                       {QStringLiteral("notified"), notify.sentJson()}};
    if (!error.isEmpty())
        object.insert(QStringLiteral("notifyError"), error);
    out.object(object);
    for (const QString &title : notify.sentTitles())
        report.lines << tr("Notified: %1").arg(title);
    out.text(report.lines.join(QLatin1Char('\n')));
    if (!error.isEmpty())
        out.error(error);
    notify.waitForClicks();
    return exitCode;
}

}  // namespace crossma
