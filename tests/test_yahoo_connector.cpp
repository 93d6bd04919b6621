#include <catch2/catch.hpp>

#include "problemfields.h"
#include "registry.h"
#include "testpki.h"
#include "yahoo/yahooconfig.h"
#include "yahoo/yahooconnector.h"
#include "yahoo/yahooverifyjob.h"

#include <QFile>
#include <QTemporaryDir>

using namespace crossma;
using crossma::test::problemFields;

namespace {
// A real 2048-bit RSA public key (SubjectPublicKeyInfo), as 暗号鍵管理 shows it.
QString publicKey()
{
    return QString::fromLatin1(testpki::Key::sharedRsa().publicKeyPem());
}

FieldValues base()
{
    return {{YahooField::storeAccount, QStringLiteral("my-store")},
            {YahooField::method, YahooField::methodPublicKey},
            {YahooField::publicKey, publicKey()},
            {YahooField::publicKeyVersion, QStringLiteral("2")},
            {YahooField::refreshToken, QStringLiteral("refresh")},
            {YahooField::clientId, QStringLiteral("client")},
            {YahooField::clientSecret, QStringLiteral("secret")}};
}

QList<FieldProblem> checkOf(const FieldValues &raw)
{
    YahooConnector connector;
    return connector.check(connector.normalise(raw));
}
}  // namespace

TEST_CASE("Yahoo page: title, fields and secrets", "[yahoo]")
{
    YahooConnector connector;
    CHECK(connector.id() == QLatin1String("yahoo"));
    CHECK(connector.pageTitle().toStdString() == "Yahoo!ショッピング設定");
    CHECK(connector.endpointKeys()
          == QStringList{QStringLiteral("yahoo.auth"), QStringLiteral("yahoo.api")});
    const QStringList secrets = connector.secretFieldIds();
    CHECK(secrets.contains(YahooField::refreshToken));
    CHECK(secrets.contains(YahooField::clientSecret));
    CHECK(secrets.contains(YahooField::certificateKeyPem));
    CHECK_FALSE(secrets.contains(YahooField::storeAccount));
    CHECK(connector.field(YahooField::certificateZip).kind == FieldSpec::Kind::File);
    CHECK(connector.field(YahooField::publicKey).kind == FieldSpec::Kind::Multiline);
    CHECK(connector.field(YahooField::refreshToken).kind == FieldSpec::Kind::Hidden);
    CHECK(connector.field(YahooField::clientId).advanced);
    CHECK(connector.field(YahooField::method).choices.size() == 2);
    const Procedure p = connector.procedure();
    CHECK(p.steps.size() == 4);
    CHECK(p.notes.size() == 3);
    CHECK(p.notes.first().kind == ProcedureNote::Kind::Warning);
}

TEST_CASE("Yahoo is registered between 楽天 and au PAY", "[yahoo]")
{
    QStringList ids;
    for (const auto &c : createConnectors())
        ids.append(c->id());
    REQUIRE(ids.contains(QStringLiteral("yahoo")));
    if (ids.contains(QStringLiteral("rakuten")))
        CHECK(ids.indexOf(QStringLiteral("rakuten")) < ids.indexOf(QStringLiteral("yahoo")));
    if (ids.contains(QStringLiteral("aupay")))
        CHECK(ids.indexOf(QStringLiteral("yahoo")) < ids.indexOf(QStringLiteral("aupay")));
    CHECK(allEndpointKeys().contains(QStringLiteral("yahoo.api")));
}

TEST_CASE("Yahoo test stores (snbx-) call the Store API's test host unless overridden", "[yahoo]")
{
    CHECK(YahooConnector::apiBaseFor(QStringLiteral("snbx-abc")).host().toStdString()
          == "test.circus.shopping.yahooapis.jp");
    CHECK(YahooConnector::apiBaseFor(QStringLiteral("my-store")).host().toStdString()
          == "circus.shopping.yahooapis.jp");
    Endpoints overridden;
    overridden.setOverride(QStringLiteral("yahoo.api"),
                           QUrl(QStringLiteral("https://127.0.0.1:4443")));
    CHECK(overridden
              .url(QStringLiteral("yahoo.api"), YahooConnector::apiBaseFor(QStringLiteral("snbx-abc")),
                   QStringLiteral("/ShoppingWebService/V1/orderCount"))
              .toString()
              .toStdString()
          == "https://127.0.0.1:4443/ShoppingWebService/V1/orderCount");
}

TEST_CASE("Yahoo: complete public-key values pass the offline check", "[yahoo]")
{
    CHECK(checkOf(base()).isEmpty());
}

TEST_CASE("Yahoo: store accounts are cleaned and checked", "[yahoo]")
{
    YahooConnector connector;
    FieldValues raw = base();
    raw.insert(YahooField::storeAccount, QStringLiteral(" ＭＹ－ｓｔｏｒｅ\n"));
    CHECK(connector.normalise(raw).value(YahooField::storeAccount) == QLatin1String("my-store"));
    CHECK(YahooConnector::isValidStoreAccount(QStringLiteral("snbx-abc_1")));
    CHECK_FALSE(YahooConnector::isValidStoreAccount(QString(129, QLatin1Char('a'))));
    const auto bad = GENERATE(as<QString>{}, "my store", "store.jp", "ストア", "");
    raw.insert(YahooField::storeAccount, bad);
    CHECK(problemFields(checkOf(raw)) == QStringList{YahooField::storeAccount});
}

TEST_CASE("Yahoo public key method: key and version are required and must be sound", "[yahoo]")
{
    FieldValues raw = base();
    SECTION("no key, no version")
    {
        raw.remove(YahooField::publicKey);
        raw.remove(YahooField::publicKeyVersion);
        CHECK(problemFields(checkOf(raw))
              == QStringList{YahooField::publicKey, YahooField::publicKeyVersion});
    }
    SECTION("BEGIN/END lines lost in the copy are restored by normalise")
    {
        QString body = publicKey();
        body.remove(QStringLiteral("-----BEGIN PUBLIC KEY-----\n"));
        body.remove(QStringLiteral("-----END PUBLIC KEY-----\n"));
        raw.insert(YahooField::publicKey, body);
        YahooConnector connector;
        const FieldValues values = connector.normalise(raw);
        CHECK(values.value(YahooField::publicKey)
                  .startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----")));
        CHECK(connector.check(values).isEmpty());
    }
    SECTION("half a key")
    {
        raw.insert(YahooField::publicKey, publicKey().left(200));
        CHECK(problemFields(checkOf(raw)) == QStringList{YahooField::publicKey});
    }
    SECTION("a version that is no number")
    {
        raw.insert(YahooField::publicKeyVersion, QStringLiteral("v2"));
        CHECK(problemFields(checkOf(raw)) == QStringList{YahooField::publicKeyVersion});
        raw.insert(YahooField::publicKeyVersion, QStringLiteral("０"));
        CHECK(problemFields(checkOf(raw)) == QStringList{YahooField::publicKeyVersion});
    }
    SECTION("full-width version digits are fine")
    {
        raw.insert(YahooField::publicKeyVersion, QStringLiteral("１２"));
        CHECK(checkOf(raw).isEmpty());
    }
}

TEST_CASE("Yahoo certificate method: a ZIP path or the imported pair is required", "[yahoo]")
{
    FieldValues raw = base();
    raw.insert(YahooField::method, YahooField::methodCertificate);
    raw.remove(YahooField::publicKey);
    raw.remove(YahooField::publicKeyVersion);
    CHECK(problemFields(checkOf(raw)) == QStringList{YahooField::certificateZip});
    raw.insert(YahooField::certificateZip, QStringLiteral("/nonexistent/SHP-my-store.zip"));
    const QList<FieldProblem> missing = checkOf(raw);
    REQUIRE(problemFields(missing) == QStringList{YahooField::certificateZip});
    CHECK(missing.first().message.contains(QLatin1String("/nonexistent/SHP-my-store.zip")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cert.zip"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PK");
    file.close();
    raw.insert(YahooField::certificateZip, path);
    CHECK(checkOf(raw).isEmpty());  // the ZIP itself is read by the verify job
    raw.remove(YahooField::certificateZip);
    raw.insert(YahooField::certificatePem,
               QStringLiteral("-----BEGIN CERTIFICATE-----\nA\n-----END CERTIFICATE-----"));
    raw.insert(YahooField::certificateKeyPem,
               QStringLiteral("-----BEGIN PRIVATE KEY-----\nB\n-----END PRIVATE KEY-----"));
    CHECK(checkOf(raw).isEmpty());
    YahooConnector connector;
    // PEM blocks keep their lines.
    CHECK(connector.normalise(raw).value(YahooField::certificatePem).count(QLatin1Char('\n')) == 2);
}

TEST_CASE("Yahoo: the login and the application are required", "[yahoo]")
{
    FieldValues raw = base();
    raw.remove(YahooField::refreshToken);
    CHECK(problemFields(checkOf(raw)) == QStringList{YahooField::refreshToken});
    raw = base();
    raw.remove(YahooField::clientSecret);
    CHECK(problemFields(checkOf(raw)) == QStringList{YahooField::clientSecret});
    raw.insert(YahooField::clientSecret, QStringLiteral("has space"));
    CHECK(problemFields(checkOf(raw)) == QStringList{YahooField::clientSecret});
}

TEST_CASE("Yahoo application config: placeholders count as missing", "[yahoo]")
{
    const YahooAppConfig placeholder = YahooAppConfig::fromServiceJson(
        R"({"yahoo":{"clientId":"<YConnect client ID>","clientSecret":"","redirectUri":"http://127.0.0.1:53682/yahoo/callback"}})");
    CHECK_FALSE(placeholder.isComplete());
    CHECK(placeholder.redirectUri.port() == 53682);
    const YahooAppConfig real = YahooAppConfig::withOverrides(
        placeholder, {{YahooField::clientId, QStringLiteral("id")},
                      {YahooField::clientSecret, QStringLiteral("s")}});
    CHECK(real.isComplete());
    CHECK(real.redirectUri == placeholder.redirectUri);
}

TEST_CASE("Yahoo Store API errors: px codes and Bearer errors are found", "[yahoo]")
{
    CHECK(YahooVerifyJob::storeApiCode("<Error><Message>PX-04303 : Not exist</Message></Error>", {})
          == QLatin1String("px-04303"));
    CHECK(YahooVerifyJob::storeApiCode({}, "Bearer error=\"px-14303\"") == QLatin1String("px-14303"));
    CHECK(YahooVerifyJob::storeApiCode("<Error/>", {}).isEmpty());
    CHECK(YahooVerifyJob::bearerError(
              "Bearer error=\"invalid_token\", error_description=\"expired token\"")
          == QLatin1String("invalid_token"));
    CHECK(YahooVerifyJob::bearerError("Bearer realm=\"x\", error=insufficient_scope")
          == QLatin1String("insufficient_scope"));
}
