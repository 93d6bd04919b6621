#include "rakutenerrors.h"

#include "core/payload.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace crossma {

namespace {
MallError resultsForm(const QByteArray &body)
{
    const QJsonObject results =
        QJsonDocument::fromJson(body).object().value(QLatin1String("Results")).toObject();
    return {results.value(QLatin1String("errorCode")).toString().trimmed(),
            results.value(QLatin1String("message")).toString().trimmed()};
}

struct Causes {
    QString wrongKey = RakutenErrors::tr(
        "The service secret or the license key is wrong or incomplete: copy both again from RMS "
        "> WEB API service > 2-1 WEB API.");
    QString expired = RakutenErrors::tr(
        "The license key has expired (it is valid for 90 days): issue a new one in 2-1 WEB API "
        "and enter it here.");
    QString notEnabled = RakutenErrors::tr(
        "The API functions are not enabled yet: in 2-1 WEB API > 利用機能編集 set every function "
        "to 利用する, then wait 1 to 1.5 hours.");
    QString justIssued = RakutenErrors::tr(
        "The license key was issued only minutes ago and Rakuten Ichiba does not know it yet: "
        "wait about 30 minutes and run the connection test again.");
};
}  // namespace

MallError RakutenErrors::read(const QByteArray &body)
{
    MallError error = resultsForm(body);
    if (error.isEmpty())
        error = MallError::firstOfErrorsArray(body);
    if (error.isEmpty() && Payload::isXml(body)) {
        error = {Payload::xmlText(body, QStringLiteral("systemStatus")),
                 Payload::xmlText(body, QStringLiteral("message"))};
    }
    return error;
}

bool RakutenErrors::isRateLimit(int status, const MallError &error)
{
    return status == 429 || error.code == QLatin1String("QPSLimit");
}

VerifyResult RakutenErrors::rateLimited(const MallError &error)
{
    return VerifyResult::failure(
               Code::RateLimited,
               tr("Rakuten Ichiba is receiving too many requests for this shop right now. Wait a "
                  "minute and run the connection test again."))
        .withMall(error);
}

std::optional<VerifyResult> RakutenErrors::forLicenseCheck(int status, const MallError &error)
{
    if (isRateLimit(status, error))
        return rateLimited(error);
    const Causes c;
    const QString rejected = tr("Rakuten Ichiba did not accept these values (HTTP %1).").arg(status);
    if (error.code == QLatin1String("GA0001")) {
        // Seen for an expired key.
        return VerifyResult::failure(Code::KeyExpired, rejected,
                                     {c.expired, c.wrongKey, c.notEnabled})
            .withMall(error);
    }
    if (error.code == QLatin1String("ES04-01")) {
        return VerifyResult::failure(
                   Code::PermissionMissing,
                   tr("Rakuten Ichiba did not accept the request for this license key (HTTP %1).")
                       .arg(status),
                   {c.justIssued, c.notEnabled, c.expired, c.wrongKey})
            .withMall(error);
    }
    if (status >= 500) {
        return VerifyResult::failure(
                   Code::ServiceError,
                   tr("Rakuten Ichiba is having trouble right now (HTTP %1). Your values were not "
                      "judged; please try the connection test again later.")
                       .arg(status))
            .withMall(error);
    }
    // ES01-01 Un-Authorised, the XML AuthError, or any refusal with a code:
    // no distinct code tells the three causes apart, a wrong key is likeliest.
    if (status == 401 || status == 403 || error.code.startsWith(QLatin1String("ES01"))
        || error.message == QLatin1String("AuthError")) {
        return VerifyResult::failure(Code::AuthRejected, rejected,
                                     {c.wrongKey, c.expired, c.notEnabled, c.justIssued})
            .withMall(error);
    }
    if (error.isEmpty())
        return std::nullopt;
    return VerifyResult::failure(Code::AuthRejected, rejected, {c.wrongKey, c.notEnabled, c.expired})
        .withMall(error);
}

VerifyResult RakutenErrors::forShopCheck(int status, const MallError &error)
{
    if (isRateLimit(status, error))
        return rateLimited(error);
    return VerifyResult::failure(
               Code::PermissionMissing,
               tr("The license key is valid, but Rakuten Ichiba refused the shop information (HTTP "
                  "%1).")
                   .arg(status),
               {tr("The API functions are not enabled yet: in RMS > WEB API service > 2-1 WEB API "
                   "> 利用機能編集 set every function to 利用する (scroll to the very bottom), "
                   "press "
                   "確認する and 登録する."),
                tr("The change was registered less than 1 to 1.5 hours ago: wait and try again.")})
        .withMall(error);
}

}  // namespace crossma
