#pragma once

#include "core/expiryfacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace crossma {

class Connector;
class CredentialStore;

// One stored expiry of a linked mall, worded for a reminder outside the app
// (a desktop notification, a calendar event). Titles and renewal steps come
// from the connector's expiry description; nothing here holds a key.
struct ExpiryReminder {
    Q_DECLARE_TR_FUNCTIONS(crossma::ExpiryReminder)
public:
    QString mallId;
    QString mallName;
    ExpiryFact fact;

    // "楽天市場: ライセンスキーの有効期限まで残り 5 日"
    QString title() const;
    // The date and days left, then where and how to renew.
    QString body() const;
    // For a calendar: "楽天市場: ライセンスキーの有効期限", and a text that
    // names the date instead of counting days (the event outlives today).
    QString calendarSummary() const;
    QString calendarDescription() const;
};

// Every expiry of every linked mall, soonest first, counted from `now`.
QList<ExpiryReminder> expiryReminders(const QList<const Connector *> &connectors,
                                      const CredentialStore &store, const QDateTime &now);

}  // namespace crossma
