#pragma once

#include "sellertime.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace crossma {

// Fewer days left than this deserve a warning, unless the mall says otherwise.
inline constexpr int kExpirySoonDays = 14;

// Something a mall lets expire and the seller must renew, as its connector
// describes it: which fact of a verify result holds the date, what it means,
// how early to warn and how to renew it (with the mall's menu path).
struct ExpirySpec {
    QString factKey;  // "licenseExpiry"
    QString label;    // translated: "License key expiry"
    int warningDays = kExpirySoonDays;
    QString renewal;  // translated: where to renew it, then "with Edit"
};

// One expiry date among a mall's stored facts, with the days left counted in
// the expiry's own time zone: "ライセンスキーの有効期限: 2027-02-25（残り 41 日）".
struct ExpiryFact {
    QString key;      // "licenseExpiry"
    QString label;    // translated: "License key expiry"
    QString renewal;  // translated, from the spec (a generic sentence otherwise)
    QDateTime expiry;
    int daysLeft = 0;
    int warningDays = kExpirySoonDays;
    bool expired() const { return daysLeft < 0; }
    bool soon() const { return !expired() && daysLeft <= warningDays; }
    bool needsAttention() const { return expired() || soon(); }
    QString text() const;  // translated, one line
};

// The parseable dates among `facts` whose key is one of `specs` or ends in
// "Expiry" (those show with generic words), soonest first.
QList<ExpiryFact> expiryFacts(const QList<ExpirySpec> &specs, const QVariantMap &facts,
                              const QDateTime &now);

}  // namespace crossma
