#pragma once

#include "clioutput.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

namespace crossma {

// `crossma-setup status`: what is linked, when it was last verified with which
// result, and what expires when. Reads the settings file only, so it never
// opens the keychain and can never print a secret.
class StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(crossma::StatusCommand)
public:
    static int run(bool sandbox, CliOutput &out);
    // With --notify: first the desktop notifications that are due (see
    // NotifyCommand), then the status with each expiry's notify state.
    static int runWithNotify(bool sandbox, CliOutput &out);

    // The date in a fact that names an expiry ("licenseExpiry", "tokenExpiresAt"…),
    // or an invalid date when the fact is something else.
    static QDate expiryDate(const QString &factName, const QVariant &value);
    // "残り 41 日" / "期限切れ", counted from `today`.
    static QString daysLeftText(const QDate &expiry, const QDate &today);
};

}  // namespace crossma
