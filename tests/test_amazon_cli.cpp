// `crossma-setup verify --mall amazon` (the real binary) against the sandbox's
// Amazon fake: the exit codes and JSON support staff and scripts rely on.
#include "apprun.h"
#include <catch2/catch.hpp>

#include "amazon/amazonverifyjob.h"
#include "amazon/sandbox/amazonfake.h"
#include "sandboxfixture.h"
#include "waitfor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace crossma;
using crossma::sandbox::AmazonFake;

namespace {
test::AppRun runVerify(const QString &configDir, const QString &endpointsFile,
                       const FieldValues &values)
{
    QJsonObject credentials;
    for (auto it = values.begin(); it != values.end(); ++it)
        credentials.insert(it.key(), it.value());
    test::AppRunOptions options;
    options.configHome = configDir;
    options.input = QJsonDocument(credentials).toJson(QJsonDocument::Compact);
    return test::runApp({QStringLiteral("verify"), QStringLiteral("--mall"),
                         QStringLiteral("amazon"), QStringLiteral("--credentials"),
                         QStringLiteral("-"), QStringLiteral("--endpoints"), endpointsFile,
                         QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3")},
                        options);
}
}  // namespace

TEST_CASE("Amazon on the command line: exit 0, 1 and 3 with the codes, no secret printed",
          "[amazon]")
{
    test::SandboxFixture sandbox;
    QTemporaryDir config;
    REQUIRE(config.isValid());
    const QString caFile = sandbox.malls().caPemPath();
    REQUIRE_FALSE(caFile.isEmpty());
    const QString endpointsFile = config.filePath(QStringLiteral("endpoints.json"));
    {
        QFile file(endpointsFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(sandbox.endpoints().toJson(caFile));
    }

    struct Case {
        const char *behaviour;
        int exit;
        QString code;
    };
    const QList<Case> cases = {
        {"ok", 0, QStringLiteral("OK")},
        {"revoked", 1, QString::fromLatin1(AmazonVerifyJob::kRefreshTokenRejected)},
        {"notselling", 1, QStringLiteral("NOT_PARTICIPATING")},
        {"throttled", 3, QStringLiteral("RATE_LIMITED")},
    };
    for (const Case &c : cases) {
        const FieldValues values{
            {QStringLiteral("sellerId"), AmazonFake::sellerId()},
            {QStringLiteral("lwaClientId"), AmazonFake::clientId()},
            {QStringLiteral("lwaClientSecret"), AmazonFake::clientSecret()},
            {QStringLiteral("refreshToken"), AmazonFake::refreshToken(QLatin1String(c.behaviour))}};
        const test::AppRun r = runVerify(config.path(), endpointsFile, values);
        INFO(c.behaviour << " stdout: " << r.out.toStdString() << " stderr: " << r.err.toStdString());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        CHECK(r.exitCode == c.exit);
        CHECK(o.value(QStringLiteral("mall")).toString() == QStringLiteral("amazon"));
        CHECK(o.value(QStringLiteral("code")).toString() == c.code);
        for (const QString &secret :
             {AmazonFake::clientSecret(), values.value(QStringLiteral("refreshToken"))}) {
            CHECK_FALSE(r.out.contains(secret.toUtf8()));
            CHECK_FALSE(r.err.contains(secret.toUtf8()));
        }
        CHECK_FALSE(r.out.contains("Atza|"));
        if (c.exit == 0) {
            // The marketplace was left out: the default Amazon.co.jp is used.
            CHECK(o.value(QStringLiteral("facts"))
                      .toObject()
                      .value(QStringLiteral("marketplaceName"))
                      .toString()
                  == QStringLiteral("Amazon.co.jp"));
        }
    }
}
