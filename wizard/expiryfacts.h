#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace crossma {

// The expiry dates among a mall's stored facts (keys ending in "Expiry", ISO
// dates), with the days left counted in the expiry's own time zone, for the
// summary page: "ライセンスキーの有効期限: 2027-02-25（残り 41 日）".
struct ExpiryFact {
    QString key;    // "licenseExpiry"
    QString label;  // translated: "License key expiry"
    QDateTime expiry;
    int daysLeft = 0;
    bool expired() const { return daysLeft < 0; }
    QString text() const;  // translated, one line
};

QList<ExpiryFact> expiryFacts(const QVariantMap &facts, const QDateTime &now);

// Fewer days left than this deserve a warning on the summary.
inline constexpr int kExpirySoonDays = 14;

}  // namespace crossma
