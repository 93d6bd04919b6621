#pragma once

#include "core/fieldspec.h"
#include "core/verifyresult.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace crossma {

// Exit codes of `verify` (and of usage errors of every command).
enum class ExitCode : int { Verified = 0, Rejected = 1, Usage = 2, NoVerdict = 3 };

// How a verify outcome is printed: one JSON object for scripts, or a few
// translated lines for support staff. The same codes as the wizard shows.
class VerifyReport
{
    Q_DECLARE_TR_FUNCTIONS(crossma::VerifyReport)
public:
    // Codes for outcomes that never reached a mall (besides Code::InvalidInput).
    static constexpr char kUsage[] = "USAGE";
    static constexpr char kNotLinked[] = "NOT_LINKED";
    static constexpr char kKeychain[] = "KEYCHAIN";

    struct Problem {
        QString fieldId;
        QString label;    // translated
        QString message;  // translated
    };

    static ExitCode exitCode(const VerifyResult &result);

    static QJsonObject json(const QString &mallId, const VerifyResult &result);
    static QString text(const QString &mallName, const VerifyResult &result);

    // A verify stopped before asking the mall (usage, bad input, keychain).
    static QJsonObject problemJson(const QString &mallId, const char *code, const QString &message,
                                   const QList<Problem> &problems = {});
    static QString problemText(const QString &message, const QList<Problem> &problems = {});
};

}  // namespace crossma
