#include "aupayfake.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace crossma::sandbox {

namespace {
const char *const kContext = "crossma::sandbox::AupayFake";

QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

// The mall's envelope: <response><result><status>…</status>[<error>…]</result>…</response>.
QByteArray envelope(int status, const QByteArray &code, const QByteArray &message,
                    const QByteArray &rest = {})
{
    QByteArray result = "<result><status>" + QByteArray::number(status) + "</status>";
    if (!code.isEmpty())
        result += "<error><code>" + code + "</code><message>" + message + "</message></error>";
    result += "</result>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>" + result + rest + "</response>\n";
}

Response mallError(const QByteArray &code, const QByteArray &message)
{
    // The API answers its refusals with HTTP 200 and status 1.
    return Response::xml(200, envelope(1, code, message));
}

QByteArray categories()
{
    return QByteArrayLiteral(
        "<shopCategoryInfo><ctgryId>1001</ctgryId><ctgryName>レディースファッション</ctgryName>"
        "<ctgryLevel>1</ctgryLevel></shopCategoryInfo>"
        "<shopCategoryInfo><ctgryId>1002</ctgryId><ctgryName>トップス</ctgryName>"
        "<ctgryLevel>2</ctgryLevel></shopCategoryInfo>"
        "<shopCategoryInfo><ctgryId>1003</ctgryId><ctgryName>雑貨</ctgryName>"
        "<ctgryLevel>1</ctgryLevel></shopCategoryInfo>");
}

QByteArray htmlPage(const QByteArray &title, const QByteArray &text)
{
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title
           + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>\n";
}
}  // namespace

const QString &AupayFake::shopId()
{
    static const QString id = QStringLiteral("58120347");
    return id;
}

QString AupayFake::apiKey(Outcome outcome)
{
    // 64 lowercase hex, the shape the mall issues, one per outcome.
    const QByteArray seed = "crossma-sandbox-aupay-" + QByteArray::number(int(outcome));
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

FieldValues AupayFake::values(Outcome outcome)
{
    const QString shop = outcome == Outcome::WrongShopId ? QStringLiteral("58120999") : shopId();
    const Outcome keyOf = outcome == Outcome::WrongShopId ? Outcome::Accepted : outcome;
    return {{QStringLiteral("shopId"), shop}, {QStringLiteral("apiKey"), apiKey(keyOf)}};
}

QList<AupayFake::Outcome> AupayFake::allOutcomes()
{
    return {Outcome::Accepted,
            Outcome::WrongShopId,
            Outcome::UnknownKey,
            Outcome::ExpiredKey,
            Outcome::AddressNotAllowed,
            Outcome::Unauthorized,
            Outcome::ForbiddenPage,
            Outcome::BadXml,
            Outcome::MaintenancePage,
            Outcome::ServiceDown,
            Outcome::Hang};
}

Response AupayFake::answer(const Request &request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return mallError("PME0101", "認証情報が指定されていません。")
            .withHeader("WWW-Authenticate", "Bearer");
    const QString key = QString::fromUtf8(authorization.mid(7));
    const QString shop = request.query.queryItemValue(QStringLiteral("shopId"));
    if (shop.isEmpty())
        return mallError("CME0001", "必須項目が入力されていません。(shopId)");

    Outcome outcome = Outcome::UnknownKey;
    for (Outcome candidate : allOutcomes()) {
        if (candidate != Outcome::WrongShopId && apiKey(candidate) == key)
            outcome = candidate;
    }
    switch (outcome) {
    case Outcome::Accepted:
        if (shop != shopId())
            return mallError("CME0022", "店舗IDが不正です。");
        return Response::xml(200, envelope(0, {}, {}, categories()));
    case Outcome::UnknownKey:
    case Outcome::WrongShopId:
        return mallError("PME0106", "認証に失敗しました。");
    case Outcome::ExpiredKey:
        return mallError("PME0107", "APIキーの有効期限が切れています。");
    case Outcome::AddressNotAllowed:
        return mallError("PME0108", "接続元IPアドレスが許可されていません。");
    case Outcome::Unauthorized:
        return Response::text(401, "text/plain; charset=utf-8", "Unauthorized")
            .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    case Outcome::ForbiddenPage:
        return Response::text(403, "text/html; charset=utf-8",
                              htmlPage("403 Forbidden", "You don't have permission to access this "
                                                        "resource."));
    case Outcome::BadXml:
        return Response::xml(200, envelope(0, {}, {}, categories()).left(120));
    case Outcome::MaintenancePage:
        return Response::text(200, "text/html; charset=utf-8",
                              htmlPage("メンテナンス中", "ただいまシステムメンテナンス中です。"));
    case Outcome::ServiceDown:
        return Response::text(503, "text/html; charset=utf-8",
                              htmlPage("503 Service Unavailable", "Service Unavailable"));
    case Outcome::Hang:
        return Response::hanging();
    }
    return mallError("PME0106", "認証に失敗しました。");
}

void AupayFake::install(Server &server)
{
    server.route("GET", QStringLiteral("/wmshopapi/searchShopCtgryInfos"), &AupayFake::answer);
}

QList<Scenario> AupayFake::scenarios() const
{
    struct Text {
        Outcome outcome;
        const char *title;
        const char *expected;
    };
    static const Text texts[] = {
        {Outcome::Accepted,
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "Correct member number and API key"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake",
                           "Connected, with the key's expiry date (90 days)")},
        {Outcome::WrongShopId,
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "Wrong member number (CME0022)"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake",
                           "Refused; a wrong member number is named first")},
        {Outcome::UnknownKey, QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "Mistyped API key"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "Refused; the likely causes are listed")},
        {Outcome::ExpiredKey,
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "API key older than 90 days"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake",
                           "Refused; the mall's code and message are quoted")},
        {Outcome::AddressNotAllowed,
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "Source address not registered"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake",
                           "Refused; registering the addresses is among the causes")},
        {Outcome::Unauthorized,
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "HTTP 401 without details"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "Refused: the API key was not accepted")},
        {Outcome::ForbiddenPage,
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "HTTP 403 error page"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake",
                           "Refused: the source address is probably not registered")},
        {Outcome::BadXml, QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "Broken XML answer"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake",
                           "No verdict: the answer could not be read")},
        {Outcome::MaintenancePage,
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "Maintenance page instead of the API"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "No verdict: a web page came back")},
        {Outcome::ServiceDown,
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "Mall server error (503)"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "No verdict: try again later")},
        {Outcome::Hang, QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "No answer at all"),
         QT_TRANSLATE_NOOP("crossma::sandbox::AupayFake", "No verdict after the time limit")},
    };
    QList<Scenario> list;
    for (const Text &t : texts)
        list.append({mallId(), tr(t.title), tr(t.expected), values(t.outcome)});
    return list;
}

}  // namespace crossma::sandbox
