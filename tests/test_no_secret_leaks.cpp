// One full run with known secrets — save, re-check every mall, support
// information, status and verify on the command line — and not one of the
// secrets may show up anywhere but the keychain.
#include "apprun.h"
#include "test_wizard_support.h"

#include "amazon/amazonverifyjob.h"
#include "aupay/aupayverifyjob.h"
#include "core/secretredactor.h"
#include "diagnostics.h"
#include "recheckall.h"
#include "registry.h"
#include "resultpanel.h"
#include "sandboxfixture.h"
#include "verifyreport.h"
#include "verifyrunner.h"

#include <QLabel>

#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

// stdout and stderr together: a secret must reach neither.
test::AppRun runApp(const QStringList &args, const QString &configHome, const QByteArray &input = {})
{
    test::AppRunOptions options;
    options.configHome = configHome;
    options.lang = QString::fromLocal8Bit(qgetenv("CROSSMA_LANG"));
    options.input = input;
    options.timeoutMs = 60000;
    options.mergeChannels = true;
    return test::runApp(args, options);
}
}  // namespace

TEST_CASE(
    "Known secrets never reach the support information, settings, logs or command line output",
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
        const FieldValues values = connector->normalise(
            sandbox.malls().scenarios(connector->id()).first().values);
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
    REQUIRE(secrets.size() >= 7);  // Yahoo!'s refresh token and client secret among them

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
        const test::AppRun verify = runApp({QStringLiteral("verify"), QStringLiteral("--mall"),
                                            it.key(), QStringLiteral("--credentials"),
                                            QStringLiteral("-"), QStringLiteral("--endpoints"),
                                            endpointsFile, QStringLiteral("--json")},
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

namespace {
// A mall that echoes what it was sent back in its documented error form: a
// lying or careless server must not get a secret onto the screen, the
// clipboard, support information, the log or the command line's output.
struct EchoRoute {
    QByteArray method;
    QString path;
    bool xml;
    int status;
    QByteArray before;  // the documented form up to the mall's message
    QByteArray after;   // and from its end
};

QList<EchoRoute> echoRoutes(const QString &mallId)
{
    if (mallId == QLatin1String("amazon")) {
        return {{"POST", AmazonVerifyJob::tokenPath(), false, 401,
                 R"({"error":"invalid_client","error_description":"Client authentication failed for )",
                 R"("})"}};
    }
    if (mallId == QLatin1String("rakuten")) {
        return {{"GET", QStringLiteral("/es/1.0/license-management/license-key/expiry-date"), false,
                 401, R"({"Results":{"errorCode":"ES01-01","message":"Un-Authorised )", R"("}})"}};
    }
    if (mallId == QLatin1String("aupay")) {
        return {
            {"GET", AupayVerifyJob::path(), true,
             200, "<response><result><status>1</status><error><code>PME0106</code><message>認証に失敗しました ",
             "</message></error></result></response>"}};
    }
    return {{"POST", QStringLiteral("/yconnect/v2/token"), false, 400,
             R"({"error":"invalid_grant","error_description":"refresh token )", R"("})"}};
}

// What the seller, support and the log get from one result.
QString everythingShown(const QString &mallId, const QString &mallName, const VerifyResult &r)
{
    ResultPanel panel(mallId, mallName);
    panel.showResult(r);
    const auto *text = panel.findChild<QLabel *>(QStringLiteral("resultText"));
    const auto *mallText = panel.findChild<QLabel *>(QStringLiteral("resultMallText"));
    REQUIRE(text);
    REQUIRE(mallText);
    return QStringList{text->text(),
                       mallText->text(),
                       panel.supportInformation(),
                       QString::fromUtf8(QJsonDocument(VerifyReport::json(mallId, r)).toJson()),
                       VerifyReport::text(mallName, r),
                       r.summary()}
        .join(QLatin1Char('\n'));
}
}  // namespace

TEST_CASE("A server that echoes the secrets in its error answer gets none of them shown, copied, "
          "logged or printed",
          "[diagnostics]")
{
    test::SandboxFixture sandbox;
    const auto connectors = createConnectors();
    QList<QPair<const Connector *, FieldValues>> cases;
    for (const auto &connector : connectors) {
        const QList<sandbox::Scenario> scenarios = sandbox.malls().scenarios(connector->id());
        cases.append({connector.get(), scenarios.first().values});
        // Yahoo!'s old method carries the API certificate's private key.
        for (const sandbox::Scenario &s : scenarios) {
            if (s.values.value(QStringLiteral("method")) == QLatin1String("certificate")) {
                cases.append({connector.get(), s.values});
                break;
            }
        }
    }
    REQUIRE(cases.size() == 5);
    for (const auto &[connector, raw] : std::as_const(cases)) {
        const QString id = connector->id();
        const FieldValues values = connector->normalise(raw);
        QStringList secrets;
        QByteArray echoed;
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (connector->field(it.key()).secret && it.value().size() >= SecretRedactor::kMinLength) {
                secrets.append(it.value());
                // Multi-line values (PEM) are echoed by their longest line.
                QString part = it.value();
                if (part.contains(QLatin1Char('\n'))) {
                    const QStringList lines = part.split(QLatin1Char('\n'));
                    part = *std::max_element(
                        lines.begin(), lines.end(),
                        [](const QString &a, const QString &b) { return a.size() < b.size(); });
                }
                echoed += part.toUtf8() + ' ';
            }
        }
        REQUIRE_FALSE(secrets.isEmpty());
        for (const EchoRoute &route : echoRoutes(id)) {
            const QByteArray body = route.before + echoed.trimmed() + route.after;
            sandbox.server().route(route.method, route.path, [route, body](const sandbox::Request &) {
                return route.xml ? sandbox::Response::xml(route.status, body)
                                 : sandbox::Response::json(route.status, body);
            });
        }

        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        SecretRedactor::installLogFilter();
        const VerifyResult r = test::runVerify(*connector, values, sandbox.endpoints(), 15000);
        qWarning() << "verify of" << id << "ended:" << r.summary() << r.mallMessage;
        // Even a line that quotes the planted answer itself reaches the log masked.
        qWarning() << "answer was:" << QString::fromUtf8(echoed);
        const QString shown = everythingShown(id, connector->displayName(), r);
        ResultPanel notice(id, connector->displayName());
        notice.showNotice(
            QStringLiteral("The keychain refused to save: ") + secrets.join(QLatin1Char(' ')), true);
        const auto *noticeText = notice.findChild<QLabel *>(QStringLiteral("resultText"));
        REQUIRE(noticeText);
        qInstallMessageHandler(previous);
        const QString log = g_log.join(QLatin1Char('\n'));

        // The same secrets in a body of no documented form: nothing of it is quoted.
        for (const EchoRoute &route : echoRoutes(id)) {
            const QByteArray odd = "unexpected failure for " + echoed;
            sandbox.server().route(route.method, route.path, [odd](const sandbox::Request &) {
                return sandbox::Response::text(400, "text/plain", odd);
            });
        }
        const VerifyResult unclear = test::runVerify(*connector, values, sandbox.endpoints(), 15000);
        const QString shownUnclear = everythingShown(id, connector->displayName(), unclear);
        CHECK(unclear.code == QLatin1String(Code::BadResponse));
        CHECK_FALSE(shownUnclear.contains(QStringLiteral("unexpected failure")));

        INFO(id.toStdString() << ": " << r.code.toStdString());
        // The mall did answer in its documented form: it was read, and refused.
        CHECK(r.verdict() == VerifyResult::Verdict::Rejected);
        CHECK_FALSE(r.mallCode.isEmpty());
        CHECK(r.mallMessage.contains(SecretRedactor::mask()));
        for (const QString &secret : std::as_const(secrets)) {
            INFO("secret: " << secret.left(4).toStdString() << "…");
            const QString line = secret.contains(QLatin1Char('\n'))
                                     ? secret.split(QLatin1Char('\n')).value(1).trimmed()
                                     : secret;
            CHECK_FALSE(shown.contains(line));
            CHECK_FALSE(log.contains(line));
            CHECK_FALSE(noticeText->text().contains(line));
            CHECK_FALSE(shownUnclear.contains(line));
        }
    }
}
