#include "verifyresult.h"

namespace crossma {

VerifyResult::Verdict VerifyResult::verdictForCode(const QString &code)
{
    if (code == QLatin1String(Code::Ok))
        return Verdict::Verified;
    if (code == QLatin1String(Code::InvalidInput))
        return Verdict::InvalidInput;
    static const QStringList noVerdict = {
        QString::fromLatin1(Code::Timeout),      QString::fromLatin1(Code::Network),
        QString::fromLatin1(Code::Tls),          QString::fromLatin1(Code::RateLimited),
        QString::fromLatin1(Code::ServiceError), QString::fromLatin1(Code::BadResponse),
        QString::fromLatin1(Code::Cancelled),    QString::fromLatin1(Code::LibraryMissing),
    };
    return noVerdict.contains(code) ? Verdict::NoVerdict : Verdict::Rejected;
}

VerifyResult VerifyResult::success(const QString &message, const QVariantMap &facts)
{
    VerifyResult r;
    r.message = message;
    r.facts = facts;
    return r;
}

VerifyResult VerifyResult::failure(const char *code, const QString &message, const QStringList &causes)
{
    VerifyResult r;
    r.code = QString::fromLatin1(code);
    r.message = message;
    r.causes = causes;
    return r;
}

VerifyResult &VerifyResult::withMall(const QString &code, const QString &message)
{
    mallCode = code;
    mallMessage = message;
    return *this;
}

QString VerifyResult::summary() const
{
    QString s = message;
    if (!mallCode.isEmpty() || !mallMessage.isEmpty())
        s += QStringLiteral(" [%1 %2]")
                 .arg(mallCode, mallMessage)
                 .replace(QLatin1String(" ]"), QLatin1String("]"));
    return s;
}

}  // namespace crossma
