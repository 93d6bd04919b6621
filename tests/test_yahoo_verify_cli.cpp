// `crossma-setup verify --mall yahoo` as support staff run it: a child process
// with the sandbox's endpoints file, credentials on standard input, the public
// key or a certificate ZIP given as a path (read inside the verify job).
#include "apprun.h"
#include <catch2/catch.hpp>

#include "sandboxfixture.h"
#include "waitfor.h"
#include "yahoo/sandbox/yahoofake.h"
#include "yahoo/yahooconnector.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace crossma;
using crossma::sandbox::YahooFake;

namespace {
using CliRun = test::AppRun;

CliRun runVerify(const QTemporaryDir &home, const QString &endpointsFile, const FieldValues &values)
{
    QJsonObject credentials;
    for (auto it = values.begin(); it != values.end(); ++it)
        credentials.insert(it.key(), it.value());
    test::AppRunOptions options;
    options.configHome = home.path();
    options.input = QJsonDocument(credentials).toJson(QJsonDocument::Compact);
    options.timeoutMs = 40000;
    return test::runApp({QStringLiteral("verify"), QStringLiteral("--mall"), QStringLiteral("yahoo"),
                         QStringLiteral("--credentials"), QStringLiteral("-"),
                         QStringLiteral("--endpoints"), endpointsFile, QStringLiteral("--json")},
                        options);
}

void requireNoSecrets(const CliRun &r, const FieldValues &values)
{
    YahooConnector connector;
    for (const QString &id : connector.secretFieldIds()) {
        const QString secret = values.value(id);
        if (secret.size() < 8)
            continue;
        INFO("secret field " << id.toStdString());
        CHECK_FALSE(r.out.contains(secret.toUtf8()));
        CHECK_FALSE(r.err.contains(secret.toUtf8()));
    }
}
}  // namespace

TEST_CASE("verify --mall yahoo: public key, certificate ZIP path and a refusal, exit codes",
          "[yahoo]")
{
    test::SandboxFixture sandbox;
    auto *fake = dynamic_cast<YahooFake *>(sandbox.malls().fake(QStringLiteral("yahoo")));
    REQUIRE(fake);
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString endpoints = home.filePath(QStringLiteral("endpoints.json"));
    {
        QFile file(endpoints);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(sandbox.endpoints().toJson(sandbox.malls().caPemPath()));
    }
    const FieldValues common = {
        {YahooField::refreshToken, QString::fromLatin1(YahooFake::kRefreshToken)},
        {YahooField::clientId, QString::fromLatin1(YahooFake::kClientId)},
        {YahooField::clientSecret, QString::fromLatin1(YahooFake::kClientSecret)}};

    SECTION("public key: verified, exit 0")
    {
        FieldValues v = common;
        v.insert(YahooField::storeAccount, QStringLiteral("snbx-crossma"));
        v.insert(YahooField::publicKey, QString::fromLatin1(fake->publicKeyPem()));
        v.insert(YahooField::publicKeyVersion, QString::number(YahooFake::kKeyVersion));
        const CliRun r = runVerify(home, endpoints, v);
        CHECK(r.exitCode == 0);
        CHECK(r.json().value(QStringLiteral("code")).toString().toStdString() == "OK");
        CHECK(fake->lastSignaturePlaintext().startsWith("snbx-crossma:"));
        requireNoSecrets(r, v);
    }
    SECTION("wrong version: rejected, exit 1, the mall's code")
    {
        FieldValues v = common;
        v.insert(YahooField::storeAccount, QStringLiteral("snbx-crossma"));
        v.insert(YahooField::publicKey, QString::fromLatin1(fake->publicKeyPem()));
        v.insert(YahooField::publicKeyVersion, QStringLiteral("1"));
        const CliRun r = runVerify(home, endpoints, v);
        CHECK(r.exitCode == 1);
        CHECK(r.json().value(QStringLiteral("code")).toString().toStdString() == "KEY_VERSION_WRONG");
        CHECK(r.json().value(QStringLiteral("mallCode")).toString().toStdString() == "px-14303");
    }
    SECTION("certificate ZIP as a path: read by the job, client certificate on the call")
    {
        const QString zip = home.filePath(QStringLiteral("snbx-legacy.zip"));
        {
            QFile file(zip);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(fake->certificateZip());
        }
        FieldValues v = common;
        v.insert(YahooField::storeAccount, QStringLiteral("snbx-legacy"));
        v.insert(YahooField::method, YahooField::methodCertificate);
        v.insert(YahooField::certificateZip, zip);
        const CliRun r = runVerify(home, endpoints, v);
        CHECK(r.exitCode == 0);
        const QJsonObject o = r.json();
        CHECK(o.value(QStringLiteral("code")).toString().toStdString() == "OK");
        CHECK(
            o.value(QStringLiteral("facts")).toObject().contains(QStringLiteral("certificateExpiry")));
        // The private key never reaches the output.
        CHECK_FALSE(r.out.contains("PRIVATE KEY"));
        CHECK_FALSE(r.out.contains(fake->certificateKeyPem().mid(40, 40)));
    }
}
