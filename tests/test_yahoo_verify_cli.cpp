// `crossma-setup verify --mall yahoo` as support staff run it: a child process
// with the sandbox's endpoints file, credentials on standard input, the public
// key or a certificate ZIP given as a path (read inside the verify job).
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "sandboxfixture.h"
#include "waitfor.h"
#include "yahoo/sandbox/yahoofake.h"
#include "yahoo/yahooconnector.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace crossma;
using crossma::sandbox::YahooFake;

namespace {
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun runVerify(const QTemporaryDir &home, const QString &endpointsFile, const FieldValues &values)
{
    QJsonObject credentials;
    for (auto it = values.begin(); it != values.end(); ++it)
        credentials.insert(it.key(), it.value());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("CROSSMA_LANG"), QStringLiteral("ja"));
    process.setProcessEnvironment(env);
    process.start(crossma::test::appBinary(),
                  {QStringLiteral("verify"), QStringLiteral("--mall"), QStringLiteral("yahoo"),
                   QStringLiteral("--credentials"), QStringLiteral("-"),
                   QStringLiteral("--endpoints"), endpointsFile, QStringLiteral("--json")});
    REQUIRE(process.waitForStarted(10000));
    process.write(QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    // The fake answers from this process: keep its event loop running.
    REQUIRE(test::waitFor([&process] { return process.state() == QProcess::NotRunning; }, 40000));
    CliRun r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    return r;
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
