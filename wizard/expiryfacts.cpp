#include "expiryfacts.h"

#include <QCoreApplication>

namespace crossma {

namespace {
QString labelFor(const QString &key)
{
    // Known facts get their own words; any other "…Expiry" still shows, generically.
    if (key == QLatin1String("licenseExpiry"))
        return QCoreApplication::translate("crossma::ExpiryFacts", "License key expiry");
    if (key == QLatin1String("apiKeyExpiry"))
        return QCoreApplication::translate("crossma::ExpiryFacts", "API key expiry");
    if (key == QLatin1String("certificateExpiry"))
        return QCoreApplication::translate("crossma::ExpiryFacts", "Certificate expiry");
    if (key == QLatin1String("publicKeyExpiry"))
        return QCoreApplication::translate("crossma::ExpiryFacts", "Public key expiry");
    if (key == QLatin1String("refreshTokenExpiry"))
        return QCoreApplication::translate("crossma::ExpiryFacts", "Login (refresh token) expiry");
    return QCoreApplication::translate("crossma::ExpiryFacts", "Expiry");
}
}  // namespace

QString ExpiryFact::text() const
{
    const QString date = expiry.toString(QStringLiteral("yyyy-MM-dd"));
    if (expired())
        return QCoreApplication::translate("crossma::ExpiryFacts", "%1: %2 (expired)").arg(label, date);
    return QCoreApplication::translate("crossma::ExpiryFacts", "%1: %2 (%n day(s) left)", nullptr, daysLeft)
        .arg(label, date);
}

QList<ExpiryFact> expiryFacts(const QVariantMap &facts, const QDateTime &now)
{
    QList<ExpiryFact> out;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String("Expiry")))
            continue;
        QDateTime expiry = QDateTime::fromString(it.value().toString(), Qt::ISODate);
        if (!expiry.isValid()) {
            const QDate date = QDate::fromString(it.value().toString(), Qt::ISODate);
            if (!date.isValid())
                continue;
            expiry = QDateTime(date, QTime(23, 59, 59));
        }
        ExpiryFact fact;
        fact.key = it.key();
        fact.label = labelFor(it.key());
        fact.expiry = expiry;
        // Calendar days where the expiry lives (JST for the malls), not 24-hour blocks.
        const QDateTime there = expiry.timeSpec() == Qt::LocalTime ? now.toLocalTime()
                                                                   : now.toOffsetFromUtc(expiry.offsetFromUtc());
        fact.daysLeft = expiry < now ? -1 : int(there.date().daysTo(expiry.date()));
        out.append(fact);
    }
    return out;
}

}  // namespace crossma
