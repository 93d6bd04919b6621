#include "expiryfacts.h"

#include "sellertime.h"

#include <QCoreApplication>

#include <algorithm>

namespace crossma {

namespace {
// Any other "…Expiry" fact still shows, with generic words.
ExpirySpec specFor(const QList<ExpirySpec> &specs, const QString &key)
{
    for (const ExpirySpec &spec : specs) {
        if (spec.factKey == key)
            return spec;
    }
    return {
        key, QCoreApplication::translate("crossma::ExpiryFacts", "Expiry"), kExpirySoonDays,
        QCoreApplication::translate("crossma::ExpiryFacts",
                                    "Renew it at the mall, then enter the new value with Edit.")};
}

QDateTime parseExpiry(const QString &text)
{
    // A bare date is a mall's day, which ends in Japan. Asked first: Qt 6
    // also reads "2026-12-06" as a date-time, at local midnight.
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(23, 59, 59), japanTime());
    return QDateTime::fromString(text, Qt::ISODate);
}
}  // namespace

QString ExpiryFact::text() const
{
    const QString date = sellerDate(expiry);
    if (expired())
        return QCoreApplication::translate("crossma::ExpiryFacts", "%1: %2 (expired)").arg(label, date);
    return QCoreApplication::translate("crossma::ExpiryFacts", "%1: %2 (%n day(s) left)", nullptr,
                                       daysLeft)
        .arg(label, date);
}

QList<ExpiryFact> expiryFacts(const QList<ExpirySpec> &specs, const QVariantMap &facts,
                              const QDateTime &now)
{
    QList<ExpiryFact> out;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        const bool known = std::any_of(specs.cbegin(), specs.cend(),
                                       [&](const ExpirySpec &s) { return s.factKey == it.key(); });
        if (!known && !it.key().endsWith(QLatin1String("Expiry")))
            continue;
        const QDateTime expiry = parseExpiry(it.value().toString());
        if (!expiry.isValid())
            continue;
        const ExpirySpec spec = specFor(specs, it.key());
        ExpiryFact fact;
        fact.key = it.key();
        fact.label = spec.label;
        fact.renewal = spec.renewal;
        fact.warningDays = spec.warningDays;
        fact.expiry = expiry;
        // Calendar days where the expiry lives (JST for the malls), not 24-hour blocks.
        const QDateTime there = expiry.timeSpec() == Qt::LocalTime
                                    ? now.toLocalTime()
                                    : now.toOffsetFromUtc(expiry.offsetFromUtc());
        fact.daysLeft = expiry < now ? -1 : int(there.date().daysTo(expiry.date()));
        out.append(fact);
    }
    std::sort(out.begin(), out.end(),
              [](const ExpiryFact &a, const ExpiryFact &b) { return a.expiry < b.expiry; });
    return out;
}

}  // namespace crossma
