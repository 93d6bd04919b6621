#include "expiryreminders.h"

#include "core/connector.h"
#include "core/credentialstore.h"
#include "core/sellertime.h"

#include <algorithm>

namespace crossma {

QString ExpiryReminder::title() const
{
    if (fact.expired())
        return tr("%1: the %2 has passed").arg(mallName, fact.label);
    if (fact.daysLeft == 0)
        return tr("%1: the %2 is today").arg(mallName, fact.label);
    return tr("%1: %n day(s) left until the %2", nullptr, fact.daysLeft).arg(mallName, fact.label);
}

QString ExpiryReminder::body() const
{
    return fact.text() + QLatin1Char('\n') + fact.renewal;
}

QString ExpiryReminder::calendarSummary() const
{
    return tr("%1: %2").arg(mallName, fact.label);
}

QString ExpiryReminder::calendarDescription() const
{
    return tr("The %2 of %1 ends on %3.").arg(mallName, fact.label, sellerDate(fact.expiry))
           + QLatin1Char('\n') + fact.renewal;
}

QList<ExpiryReminder> expiryReminders(const QList<const Connector *> &connectors,
                                      const CredentialStore &store, const QDateTime &now)
{
    QList<ExpiryReminder> out;
    for (const Connector *connector : connectors) {
        const StoredMall stored = store.stored(connector->id());
        if (!stored.linked)
            continue;
        for (const ExpiryFact &fact : connector->expiryFacts(stored.facts, now))
            out.append({connector->id(), connector->displayName(), fact});
    }
    std::stable_sort(out.begin(), out.end(), [](const ExpiryReminder &a, const ExpiryReminder &b) {
        return a.fact.expiry < b.fact.expiry;
    });
    return out;
}

}  // namespace crossma
