// One full run with known secrets — save, re-check every mall, support
// information, status and verify on the command line — and not one of the
// secrets may show up anywhere but the keychain.
#include "test_wizard_support.h"

#include "diagnostics.h"
#include "recheckall.h"
#include "registry.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <mutex>

using namespace crossma;

namespace {
// Every message Qt or the product logs during the run.
std::mutex g_logMutex;
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    std::lock_guard<std::mutex> lock(g_logMutex);
    g_log.append(message);
}

struct ChildRun {
    QByteArray out;
    int exitCode = -1;
};

ChildRun runApp(const QStringList &args, const QString &configHome, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CROSSMA_APP_BINARY), args);
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    // The sandbox answering the child lives in this process: keep the loop running.
    REQUIRE(test::waitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
    return {process.readAll(), process.exitCode()};
}
}  // namespace

TEST_CASE("Known secrets never reach the support information, settings, logs or command line output",
          "[diagnostics]")
{
    test::SandboxFixture sandbox;
    test::TestStore t;
    const auto connectors = createConnectors();
    QList<const Connector *> used;
    QStringList secrets;
    QHash<QString, FieldValues> valuesByMall;

    // Each mall's accepted sandbox values, saved as the wizard saves them.
    for (const auto &connector : connectors) {
        if (connector->id() == QLatin1String("yahoo"))
            continue;  // its sample values need a login flow; covered by its own tests
        const FieldValues values = connector->normalise(sandbox.malls().scenarios(connector->id()).first().values);
        FieldValues secret, plain;
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (connector->field(it.key()).secret) {
                secret.insert(it.key(), it.value());
                secrets.append(it.value());
            } else {
                plain.insert(it.key(), it.value());
            }
        }
        REQUIRE(test::storeSave(t.store, connector->id(), secret, plain).outcome.ok());
        used.append(connector.get());
        valuesByMall.insert(connector->id(), values);
    }
    REQUIRE(secrets.size() >= 5);

    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    RecheckAll recheck(used, &t.store, sandbox.endpoints());
    QHash<QString, VerifyResult> results;
    bool done = false;
    QObject::connect(&recheck, &RecheckAll::mallFinished,
                     [&](const QString &id, const VerifyResult &r) { results.insert(id, r); });
    QObject::connect(&recheck, &RecheckAll::allFinished, [&] { done = true; });
    recheck.start();
    const bool finished = test::waitFor([&] { return done; }, 60000);
    const QString diagnostics = diagnosticsText(used, t.store, sandbox.endpoints());
    qInstallMessageHandler(previous);
    REQUIRE(finished);
    for (const Connector *c : used)
        CHECK(results.value(c->id()).ok());

    // The command line: verify with the secrets on standard input, then status.
    QTemporaryDir config;
    const QString endpointsFile = config.filePath(QStringLiteral("endpoints.json"));
    {
        QFile file(endpointsFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(sandbox.endpoints().toJson(sandbox.malls().caPemPath()));
    }
    QByteArray cli;
    for (auto it = valuesByMall.begin(); it != valuesByMall.end(); ++it) {
        QJsonObject credentials;
        for (auto v = it.value().begin(); v != it.value().end(); ++v)
            credentials.insert(v.key(), v.value());
        const ChildRun verify = runApp({QStringLiteral("verify"), QStringLiteral("--mall"), it.key(),
                                        QStringLiteral("--credentials"), QStringLiteral("-"),
                                        QStringLiteral("--endpoints"), endpointsFile, QStringLiteral("--json")},
                                       config.path(), QJsonDocument(credentials).toJson());
        CHECK(verify.exitCode == 0);
        cli += verify.out;
    }
    cli += runApp({QStringLiteral("status"), QStringLiteral("--json")}, config.path()).out;

    const QByteArray settings = t.files.bytes();
    const QString log = g_log.join(QLatin1Char('\n'));
    REQUIRE_FALSE(diagnostics.isEmpty());
    REQUIRE_FALSE(settings.isEmpty());
    REQUIRE_FALSE(cli.isEmpty());
    for (const QString &secret : std::as_const(secrets)) {
        INFO("secret: " << secret.left(4).toStdString() << "…");
        const QByteArray encoded = QUrl::toPercentEncoding(secret);
        CHECK_FALSE(diagnostics.contains(secret));
        CHECK_FALSE(settings.contains(secret.toUtf8()));
        CHECK_FALSE(settings.contains(encoded));
        CHECK_FALSE(log.contains(secret));
        CHECK_FALSE(cli.contains(secret.toUtf8()));
        CHECK_FALSE(cli.contains(encoded));
    }
    for (const Connector *c : used)
        test::storeRemove(t.store, c->id());
}
