#include "yahooerrors.h"

#include "core/payload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

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

namespace {
using Context = YahooErrors::Context;

VerifyResult permissionMissing(int, const Context &)
{
    return VerifyResult::failure(
        Code::PermissionMissing,
        YahooErrors::tr(
            "The store is not allowed to use the order API with the service's application yet."),
        {YahooErrors::tr(
             "The application to use the Store API with the service is not approved yet: check "
             "it in Store Creator Pro, or ask support. Approval can take a few days."),
         YahooErrors::tr(
             "If the store applied again for a certificate or key, API access stops until the "
             "new application is approved.")});
}

VerifyResult addressNotAllowed(int, const Context &)
{
    return VerifyResult::failure(
        Code::IpNotAllowed,
        YahooErrors::tr(
            "Yahoo! refused the request because it came from an internet address not registered "
            "for the API."),
        {YahooErrors::tr(
             "This computer's address is not one of the addresses registered for the service's "
             "application: run the connection test from the registered network, or ask support."),
         YahooErrors::tr("The service's registered addresses changed: please contact support.")});
}

VerifyResult keyVersionWrong(int, const Context &context)
{
    return VerifyResult::failure(
        Code::KeyVersionWrong,
        YahooErrors::tr("Yahoo! did not accept the public key and version %1.")
            .arg(context.publicKeyVersion),
        {YahooErrors::tr("The version entered is not the バージョン of the key set to 有効 (%1).")
             .arg(keyMenu()),
         YahooErrors::tr(
             "The pasted key is not the key of that version: copy it again with コピー."),
         YahooErrors::tr(
             "This computer's clock is off by more than a few minutes: correct the date and "
             "time.")});
}

VerifyResult publicKeyMissing(int, const Context &context)
{
    if (context.legacyCertificate) {
        return VerifyResult::failure(
            Code::PublicKeyMissing,
            YahooErrors::tr(
                "Yahoo! did not accept the API certificate for the store %1: it needs a public key "
                "now.")
                .arg(context.store),
            {YahooErrors::tr(
                 "Yahoo! ended API certificates on 2023-07-27: issue a public key in %1 and choose "
                 "the public key method.")
                 .arg(keyMenu()),
             YahooErrors::tr(
                 "The certificate is not the one Yahoo! issued for this store: download the ZIP "
                 "again.")});
    }
    return VerifyResult::failure(
        Code::PublicKeyMissing,
        YahooErrors::tr("Yahoo! has no active public key for the store %1.").arg(context.store),
        {YahooErrors::tr(
             "No public key is issued or none is set to 有効: %1 > 公開鍵発行, then set it to "
             "有効.")
             .arg(keyMenu()),
         YahooErrors::tr("The store account is not the store the key was issued for.")});
}

VerifyResult insufficientScope(int, const Context &)
{
    return VerifyResult::failure(
        YahooCode::InsufficientScope,
        YahooErrors::tr("The login does not include the permissions the service needs."),
        {YahooErrors::tr(
             "Not every item was agreed to at the login: press ログイン, log in again and "
             "agree to all items."),
         YahooErrors::tr("The service's application lacks the scope: please contact support.")});
}

VerifyResult loginExpired(int, const Context &)
{
    return VerifyResult::failure(
        Code::LoginRequired,
        YahooErrors::tr(
            "Yahoo! refused the login (the access token is expired or invalid). Press ログイン "
            "and log in again."),
        {YahooErrors::tr("The login is older than its lifetime (28 days with a public key)."),
         YahooErrors::tr("This computer's clock is off by more than a few minutes.")});
}

VerifyResult foreignStore(int, const Context &context)
{
    return VerifyResult::failure(
        Code::StoreMismatch,
        YahooErrors::tr(
            "The Yahoo! JAPAN ID you logged in with does not manage the store account %1.")
            .arg(context.store),
        {YahooErrors::tr(
             "The store account is mistyped: copy it from the top right of the Store Creator "
             "Pro top page."),
         YahooErrors::tr(
             "You logged in with another Yahoo! JAPAN ID: press ログイン and use the ID that "
             "manages this store.")});
}

VerifyResult requestForbidden(int, const Context &)
{
    // The causes and their order are those of Yahoo!'s FAQ: none is in the
    // store's values, all are in the service's application.
    return VerifyResult::failure(
        YahooCode::RequestForbidden,
        YahooErrors::tr(
            "Yahoo! refused the request of the service's application (HTTP 403). Your store's "
            "values were not the reason; please copy the support information and contact "
            "support."),
        {YahooErrors::tr(
             "The application has used up its daily number of requests (50,000 without an "
             "increase): try again tomorrow."),
         YahooErrors::tr(
             "The service's application ID is unknown to Yahoo!: please contact support."),
         YahooErrors::tr(
             "The service's application ID is not approved for this API: please contact "
             "support.")});
}

VerifyResult loginRefused(int, const Context &)
{
    return VerifyResult::failure(
        Code::LoginRequired,
        YahooErrors::tr(
            "Yahoo! did not accept the login for this store (HTTP 401). Press ログイン and log "
            "in again."));
}

VerifyResult refusedOtherwise(int status, const Context &)
{
    return VerifyResult::failure(
        Code::AuthRejected,
        YahooErrors::tr(
            "Yahoo! refused the request (HTTP %1). Check the store account and the key, then "
            "try again; if it keeps happening, copy the support information and contact support.")
            .arg(status));
}

// One row per documented refusal; the first row that fits answers, so codes
// come before statuses and the catch-all is last.
struct Refusal {
    const char *code;  // the px-NNNNN code or Bearer error it answers; nullptr: by status
    int status;        // with no code: the HTTP status it answers; 0: any
    VerifyResult (*result)(int status, const Context &context);
};

const Refusal kRefusals[] = {
    {"insufficient_scope", 0, insufficientScope},
    {"invalid_token", 0, loginExpired},
    {"px-04303", 0, permissionMissing},
    {"px-04306", 0, addressNotAllowed},
    {"px-14303", 0, keyVersionWrong},
    {"px-04102", 0, publicKeyMissing},
    {"px-04101", 0, foreignStore},
    {nullptr, 403, requestForbidden},
    {nullptr, 401, loginRefused},
    {nullptr, 0, refusedOtherwise},
};

bool hasRow(const QString &code)
{
    return std::any_of(std::begin(kRefusals), std::end(kRefusals), [&](const Refusal &row) {
        return row.code && code == QLatin1String(row.code);
    });
}
}  // namespace

VerifyResult YahooErrors::forStoreApi(int status, const MallError &error, const Context &context)
{
    QString code = error.code;
    // The code and wording of a foreign sellerId are not documented: both are matched.
    if (!hasRow(code) && error.message.contains(QLatin1String("seller"), Qt::CaseInsensitive))
        code = QStringLiteral("px-04101");
    for (const Refusal &row : kRefusals) {
        const bool fits = row.code ? code == QLatin1String(row.code)
                                   : (row.status == 0 || row.status == status);
        if (fits)
            return row.result(status, context).withMall(error);
    }
    Q_UNREACHABLE();  // the last row fits every answer
}

}  // namespace crossma
