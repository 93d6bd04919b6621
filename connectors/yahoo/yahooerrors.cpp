#include "yahooerrors.h"

#include "core/payload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace crossma {

namespace {
QString headerParameter(const QByteArray &header, const QString &name)
{
    const QRegularExpression re(name + QStringLiteral("\\s*=\\s*\"([^\"]*)\""));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(header));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString errorMessage(const QByteArray &body)
{
    if (Payload::isXml(body, QStringLiteral("Error")))
        return Payload::xmlText(body, QStringLiteral("Message"));
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("Error")).toObject();
    return error.value(QLatin1String("Message")).toString().trimmed();
}

QString keyMenu()
{
    return YahooErrors::tr("Store Creator Pro > 設定 > 暗号鍵管理 > 「Web APIを利用する」");
}
}  // namespace

QString YahooErrors::storeApiCode(const QByteArray &body, const QByteArray &wwwAuthenticate)
{
    static const QRegularExpression re(QStringLiteral("px-\\d{5}"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &text : {body, wwwAuthenticate}) {
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(text));
        if (m.hasMatch())
            return m.captured(0).toLower();
    }
    return {};
}

QString YahooErrors::bearerError(const QByteArray &wwwAuthenticate)
{
    static const QRegularExpression re(QStringLiteral("error\\s*=\\s*\"?([A-Za-z_]+)\"?"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(wwwAuthenticate));
    return m.hasMatch() ? m.captured(1) : QString();
}

MallError YahooErrors::read(const QByteArray &body, const QByteArray &wwwAuthenticate)
{
    QString message = errorMessage(body);
    QString code = storeApiCode(message.toUtf8(), wwwAuthenticate);
    // "Please provide valid credentials. Bearer realm=…, error=…" quotes the
    // challenge in the message when the header is missing.
    if (code.isEmpty())
        code = bearerError(wwwAuthenticate);
    if (code.isEmpty() && message.contains(QLatin1String("Bearer")))
        code = bearerError(message.toLatin1());
    if (message.isEmpty())
        message = headerParameter(wwwAuthenticate, QStringLiteral("error_description"));
    if (code.isEmpty() && message.isEmpty())
        return MallError::oauth(body);  // YConnect's token endpoint
    return {code, message};
}

VerifyResult YahooErrors::requestForbidden()
{
    // The causes and their order are those of Yahoo!'s FAQ: none is in the
    // store's values, all are in the service's application.
    return VerifyResult::failure(
        YahooCode::RequestForbidden,
        tr("Yahoo! refused the request of the service's application (HTTP 403). Your store's "
           "values were not the reason; please copy the support information and contact "
           "support."),
        {tr("The application has used up its daily number of requests (50,000 without an "
            "increase): try again tomorrow."),
         tr("The service's application ID is unknown to Yahoo!: please contact support."),
         tr("The service's application ID is not approved for this API: please contact "
            "support.")});
}

VerifyResult YahooErrors::forPxCode(const QString &px, const Context &context, bool *known)
{
    *known = true;
    if (px == QLatin1String("px-04303")) {
        return VerifyResult::failure(
            Code::PermissionMissing,
            tr("The store is not allowed to use the order API with the service's application yet."),
            {tr("The application to use the Store API with the service is not approved yet: check "
                "it in Store Creator Pro, or ask support. Approval can take a few days."),
             tr("If the store applied again for a certificate or key, API access stops until the "
                "new application is approved.")});
    }
    if (px == QLatin1String("px-04306")) {
        return VerifyResult::failure(
            Code::IpNotAllowed,
            tr("Yahoo! refused the request because it came from an internet address not registered "
               "for the API."),
            {tr("This computer's address is not one of the addresses registered for the service's "
                "application: run the connection test from the registered network, or ask support."),
             tr("The service's registered addresses changed: please contact support.")});
    }
    if (px == QLatin1String("px-14303")) {
        return VerifyResult::failure(
            Code::KeyVersionWrong,
            tr("Yahoo! did not accept the public key and version %1.").arg(context.publicKeyVersion),
            {tr("The version entered is not the バージョン of the key set to 有効 (%1).").arg(keyMenu()),
             tr("The pasted key is not the key of that version: copy it again with コピー."),
             tr("This computer's clock is off by more than a few minutes: correct the date and "
                "time.")});
    }
    if (px == QLatin1String("px-04102") && context.legacyCertificate) {
        return VerifyResult::failure(
            Code::PublicKeyMissing,
            tr("Yahoo! did not accept the API certificate for the store %1: it needs a public key "
               "now.").arg(context.store),
            {tr("Yahoo! ended API certificates on 2023-07-27: issue a public key in %1 and choose "
                "the public key method.").arg(keyMenu()),
             tr("The certificate is not the one Yahoo! issued for this store: download the ZIP "
                "again.")});
    }
    if (px == QLatin1String("px-04102")) {
        return VerifyResult::failure(
            Code::PublicKeyMissing,
            tr("Yahoo! has no active public key for the store %1.").arg(context.store),
            {tr("No public key is issued or none is set to 有効: %1 > 公開鍵発行, then set it to "
                "有効.").arg(keyMenu()),
             tr("The store account is not the store the key was issued for.")});
    }
    *known = false;
    return {};
}

VerifyResult YahooErrors::forStoreApi(int status, const MallError &error, const Context &context)
{
    bool known = false;
    const VerifyResult byPx = forPxCode(error.code, context, &known);
    VerifyResult r;
    if (error.code == QLatin1String("insufficient_scope")) {
        r = VerifyResult::failure(
            YahooCode::InsufficientScope,
            tr("The login does not include the permissions the service needs."),
            {tr("Not every item was agreed to at the login: press ログイン, log in again and "
                "agree to all items."),
             tr("The service's application lacks the scope: please contact support.")});
    } else if (error.code == QLatin1String("invalid_token")) {
        r = VerifyResult::failure(
            Code::LoginRequired,
            tr("Yahoo! refused the login (the access token is expired or invalid). Press ログイン "
               "and log in again."),
            {tr("The login is older than its lifetime (28 days with a public key)."),
             tr("This computer's clock is off by more than a few minutes.")});
    } else if (known) {
        r = byPx;
    } else if (error.code == QLatin1String("px-04101")
               || error.message.contains(QLatin1String("seller"), Qt::CaseInsensitive)) {
        // Code and wording of a foreign sellerId are not documented: both are matched.
        r = VerifyResult::failure(
            Code::StoreMismatch,
            tr("The Yahoo! JAPAN ID you logged in with does not manage the store account %1.")
                .arg(context.store),
            {tr("The store account is mistyped: copy it from the top right of the Store Creator "
                "Pro top page."),
             tr("You logged in with another Yahoo! JAPAN ID: press ログイン and use the ID that "
                "manages this store.")});
    } else if (status == 403) {
        r = requestForbidden();
    } else if (status == 401) {
        r = VerifyResult::failure(
            Code::LoginRequired,
            tr("Yahoo! did not accept the login for this store (HTTP 401). Press ログイン and log "
               "in again."));
    } else {
        r = VerifyResult::failure(
            Code::AuthRejected,
            tr("Yahoo! refused the request (HTTP %1). Check the store account and the key, then "
               "try again; if it keeps happening, copy the support information and contact support.")
                .arg(status));
    }
    return r.withMall(error);
}

}  // namespace crossma
