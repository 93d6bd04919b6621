#pragma once

#include "mallerror.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace crossma {

// Stable machine codes shared by the GUI, the command line and diagnostics.
namespace Code {
inline constexpr char Ok[] = "OK";
inline constexpr char InvalidInput[] = "INVALID_INPUT";
inline constexpr char AuthRejected[] = "AUTH_REJECTED";
inline constexpr char KeyExpired[] = "KEY_EXPIRED";
inline constexpr char PermissionMissing[] = "PERMISSION_MISSING";
inline constexpr char IpNotAllowed[] = "IP_NOT_ALLOWED";
inline constexpr char NotParticipating[] = "NOT_PARTICIPATING";
inline constexpr char MarketplaceMissing[] = "MARKETPLACE_MISSING";
inline constexpr char CertKeyMismatch[] = "CERT_KEY_MISMATCH";
inline constexpr char CertExpired[] = "CERT_EXPIRED";
inline constexpr char StoreMismatch[] = "STORE_MISMATCH";
inline constexpr char LoginRequired[] = "LOGIN_REQUIRED";
inline constexpr char KeyVersionWrong[] = "KEY_VERSION_WRONG";
inline constexpr char PublicKeyMissing[] = "PUBLIC_KEY_MISSING";
inline constexpr char Timeout[] = "TIMEOUT";
inline constexpr char Network[] = "NETWORK";
inline constexpr char Tls[] = "TLS";
inline constexpr char RateLimited[] = "RATE_LIMITED";
inline constexpr char ServiceError[] = "SERVICE_ERROR";
inline constexpr char BadResponse[] = "BAD_RESPONSE";
inline constexpr char Cancelled[] = "CANCELLED";
inline constexpr char LibraryMissing[] = "LIBRARY_MISSING";  // the install is damaged
}  // namespace Code

// What a verify routine concluded. `code` is the machine verdict; everything
// else is for people. The mall's own code and text are kept verbatim.
struct VerifyResult {
    enum class Verdict {
        Verified = 0,      // the mall said yes
        Rejected = 1,      // the mall said no
        InvalidInput = 2,  // never sent: the values are malformed
        NoVerdict = 3,     // network, TLS, timeout, service error, cancelled
    };

    QString code = QString::fromLatin1(Code::Ok);
    QString message;     // translated: what happened and what to do
    QStringList causes;  // translated: likely causes, most likely first
    // The mall's own code and message, parsed from a form it documents
    // (MallError); never raw bytes of an answer. Either may be empty.
    QString mallCode;
    QString mallMessage;
    QStringList warnings;  // translated: success, but look at this
    QVariantMap facts;     // e.g. {"expiryDate": "2027-02-25", "daysLeft": 41}

    bool ok() const { return code == QLatin1String(Code::Ok); }
    Verdict verdict() const { return verdictForCode(code); }
    static Verdict verdictForCode(const QString &code);

    static VerifyResult success(const QString &message, const QVariantMap &facts = {});
    static VerifyResult failure(const char *code, const QString &message,
                                const QStringList &causes = {});
    VerifyResult &withMall(const QString &code, const QString &message);
    VerifyResult &withMall(const MallError &error) { return withMall(error.code, error.message); }

    // The one-line text a status bar or the command line shows.
    QString summary() const;
};

}  // namespace crossma
