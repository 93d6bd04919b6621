// An endpoints file is a way to point the app at any server ("support sent me
// this file"). The values a seller saved must never follow it.
#include "apprun.h"
#include <catch2/catch.hpp>

#include "core/credentialstore.h"
#include "hostileserver.h"
#include "keychainprobe.h"
#include "rakuten/rakutenconnector.h"
#include "waitfor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

using namespace crossma;

TEST_CASE("verify with an endpoints file refuses to send the saved values there", "[cli][hostile]")
{
    const auto ca = sandbox::CertificateAuthority::create(QStringLiteral("lure CA"));
    test::HostileServer lure(ca, test::HostileServer::Fault::Answer);
    REQUIRE(lure.listen());

    QTemporaryDir home;
    REQUIRE(home.isValid());
    QFile caFile(home.filePath(QStringLiteral("ca.pem")));
    REQUIRE(caFile.open(QIODevice::WriteOnly));
    caFile.write(ca.certificatePem());
    caFile.close();
    const QString endpointsFile = home.filePath(QStringLiteral("endpoints.json"));
    QFile endpoints(endpointsFile);
    REQUIRE(endpoints.open(QIODevice::WriteOnly));
    endpoints.write(
        QJsonDocument(QJsonObject{{QStringLiteral("rakuten.api"), lure.httpsUrl().toString()},
                                  {QStringLiteral("trustedCaFile"), caFile.fileName()}})
            .toJson());
    endpoints.close();

    // Saved in the real profile, the way the wizard saves.
    const QString secret = QStringLiteral("SP338500_savedSecretValue");
    QSettings settings(home.filePath(QStringLiteral("crossma/crossma-setup.conf")),
                       QSettings::IniFormat);
    CredentialStore store(QStringLiteral("crossma-setup"), &settings);
    const test::StoreAnswer saved = test::storeSave(
        store, QStringLiteral("rakuten"),
        {{QStringLiteral("serviceSecret"), secret},
         {QStringLiteral("licenseKey"), QStringLiteral("SL338500_savedKey")}},
        {{QStringLiteral("shopUrl"), QStringLiteral("crossma-demo")}});
    REQUIRE(saved.outcome.ok());
    settings.sync();
    const QString lastCode = store.stored(QStringLiteral("rakuten")).lastResultCode;

    test::AppRunOptions options;
    options.configHome = home.path();
    // The lure answers from this process: runApp keeps its event loop running.
    const test::AppRun run = test::runApp({QStringLiteral("verify"), QStringLiteral("--mall"),
                                           QStringLiteral("rakuten"), QStringLiteral("--endpoints"),
                                           endpointsFile, QStringLiteral("--json"),
                                           QStringLiteral("--timeout"), QStringLiteral("3")},
                                          options);
    const QByteArray &out = run.out;
    const QByteArray &err = run.err;
    CHECK(run.exitCode == 2);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    CHECK(json.value(QStringLiteral("code")).toString() == QStringLiteral("USAGE"));
    CHECK(json.value(QStringLiteral("message")).toString().contains(QStringLiteral("--credentials")));
    CHECK(lure.connections() == 0);
    CHECK_FALSE(out.contains(secret.toUtf8()));
    CHECK_FALSE(err.contains(secret.toUtf8()));
    // Nothing was judged, so nothing was recorded.
    settings.sync();
    CHECK(store.stored(QStringLiteral("rakuten")).lastResultCode == lastCode);

    CHECK(test::storeRemove(store, QStringLiteral("rakuten")).outcome.ok());
}
