// The real crossma-setup binary, run as support staff and scripts run it,
// against loopback servers started in this process.
#include "apprun.h"
#include <catch2/catch.hpp>

#include "keychainprobe.h"
#include "sandboxfixture.h"
#include "waitfor.h"

#include "core/connector.h"
#include "core/credentialstore.h"
#include "registry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace crossma;

namespace {

using Run = test::AppRun;

// A child with its own settings directory, so nothing leaks between tests or
// into the real profile. The event loop keeps running while it works: the
// servers it talks to live in this process.
class App
{
public:
    App() { REQUIRE(m_config.isValid()); }

    Run run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 30000)
    {
        test::AppRunOptions options;
        options.configHome = m_config.path();
        options.lang = m_lang;
        options.platform = m_platform;
        options.input = input;
        options.timeoutMs = timeoutMs;
        return test::runApp(args, options);
    }

    // A file in this test's private directory.
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_config.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
        return path;
    }

    void setLanguage(const QString &lang) { m_lang = lang; }
    // A platform that does not exist: a QApplication would abort, so a command
    // that still works proves it never loads Widgets or a display.
    void forbidDisplay() { m_platform = QStringLiteral("no-such-platform"); }
    QString configDir() const { return m_config.path(); }

private:
    QTemporaryDir m_config;
    QString m_lang = QStringLiteral("en");
    QString m_platform = QStringLiteral("offscreen");
};

QByteArray toJson(const FieldValues &values)
{
    QJsonObject obj;
    for (auto it = values.begin(); it != values.end(); ++it)
        obj.insert(it.key(), it.value());
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

// Secret-looking values that pass 楽天's offline checks.
FieldValues rakutenValues()
{
    return {
        {QStringLiteral("serviceSecret"), QStringLiteral("SP338500_cliTestSecret0001")},
        {QStringLiteral("licenseKey"), QStringLiteral("SL338500_cliTestLicense0002")},
        {QStringLiteral("shopUrl"), QStringLiteral("https://www.rakuten.co.jp/cli-test-shop/")}};
}

void requireNoSecret(const Run &r, const FieldValues &values, const QString &mallId)
{
    for (const auto &connector : createConnectors()) {
        if (connector->id() != mallId)
            continue;
        for (const QString &id : connector->secretFieldIds()) {
            const QString secret = values.value(id);
            if (secret.isEmpty())
                continue;
            INFO("secret field " << id.toStdString() << " leaked");
            CHECK_FALSE(r.mentions(secret));
            CHECK_FALSE(r.mentions(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
        }
    }
}

// The fixed shape every --json answer has.
void requireShape(const QJsonObject &o, const QString &mallId)
{
    CHECK(o.value(QStringLiteral("mall")).toString() == mallId);
    CHECK(o.value(QStringLiteral("ok")).isBool());
    CHECK(!o.value(QStringLiteral("code")).toString().isEmpty());
    CHECK(!o.value(QStringLiteral("message")).toString().isEmpty());
    CHECK(o.value(QStringLiteral("mallCode")).isString());
    CHECK(o.value(QStringLiteral("mallMessage")).isString());
    CHECK(o.value(QStringLiteral("facts")).isObject());
}

QByteArray endpointsJson(const QString &rakutenBase, const QString &caFile = {})
{
    QJsonObject obj{{QStringLiteral("rakuten.api"), rakutenBase}};
    if (!caFile.isEmpty())
        obj.insert(QStringLiteral("trustedCaFile"), caFile);
    return QJsonDocument(obj).toJson();
}

}  // namespace

TEST_CASE("verify: usage errors exit 2 with one JSON object", "[cli]")
{
    App app;
    app.forbidDisplay();
    const FieldValues values = rakutenValues();

    SECTION("unknown mall")
    {
        const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                               QStringLiteral("nosuchmall"), QStringLiteral("--credentials"),
                               QStringLiteral("-"), QStringLiteral("--json")},
                              toJson(values));
        CHECK(r.exitCode == 2);
        const QJsonObject o = r.json();
        requireShape(o, QStringLiteral("nosuchmall"));
        CHECK(o.value(QStringLiteral("code")).toString() == QStringLiteral("USAGE"));
        CHECK(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("rakuten")));
        CHECK(r.err.isEmpty());
    }
    SECTION("missing --mall, human output on stderr")
    {
        const Run r = app.run({QStringLiteral("verify")});
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains("--mall"));
    }
    SECTION("unknown option")
    {
        const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                               QStringLiteral("rakuten"), QStringLiteral("--frobnicate"),
                               QStringLiteral("--json")});
        CHECK(r.exitCode == 2);
        CHECK(r.json().value(QStringLiteral("code")).toString() == QStringLiteral("USAGE"));
    }
    SECTION("unknown command, not echoed")
    {
        const Run r = app.run({values.value(QStringLiteral("serviceSecret"))});
        CHECK(r.exitCode == 2);
        requireNoSecret(r, values, QStringLiteral("rakuten"));
    }
    SECTION("bad timeout")
    {
        const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                               QStringLiteral("rakuten"), QStringLiteral("--timeout"),
                               QStringLiteral("soon"), QStringLiteral("--json")});
        CHECK(r.exitCode == 2);
        CHECK(r.json().value(QStringLiteral("code")).toString() == QStringLiteral("USAGE"));
    }
    SECTION("endpoints file with plain http")
    {
        const QString file = app.write(QStringLiteral("endpoints.json"),
                                       endpointsJson(QStringLiteral("http://127.0.0.1:1")));
        const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                               QStringLiteral("rakuten"), QStringLiteral("--credentials"),
                               QStringLiteral("-"), QStringLiteral("--endpoints"), file,
                               QStringLiteral("--json")},
                              toJson(values));
        CHECK(r.exitCode == 2);
        const QJsonObject o = r.json();
        requireShape(o, QStringLiteral("rakuten"));
        CHECK(o.value(QStringLiteral("code")).toString() == QStringLiteral("USAGE"));
        CHECK(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("https")));
    }
    SECTION("endpoints file with an unknown key")
    {
        const QString file = app.write(QStringLiteral("endpoints.json"),
                                       R"({"rakuten.apj": "https://127.0.0.1:1"})");
        const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                               QStringLiteral("rakuten"), QStringLiteral("--credentials"),
                               QStringLiteral("-"), QStringLiteral("--endpoints"), file},
                              toJson(values));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("rakuten.apj"));
    }
}

TEST_CASE("verify: bad credentials exit 2 and never echo a value", "[cli]")
{
    App app;
    FieldValues values = rakutenValues();
    const QStringList args{QStringLiteral("verify"),  QStringLiteral("--mall"),
                           QStringLiteral("rakuten"), QStringLiteral("--credentials"),
                           QStringLiteral("-"),       QStringLiteral("--json")};

    SECTION("not JSON")
    {
        const QByteArray input = "{\"serviceSecret\": \""
                                 + values.value(QStringLiteral("serviceSecret")).toUtf8() + "\",";
        const Run r = app.run(args, input);
        CHECK(r.exitCode == 2);
        CHECK(r.json().value(QStringLiteral("code")).toString() == QStringLiteral("INVALID_INPUT"));
        requireNoSecret(r, values, QStringLiteral("rakuten"));
    }
    SECTION("empty standard input")
    {
        const Run r = app.run(args);
        CHECK(r.exitCode == 2);
        CHECK(r.json().value(QStringLiteral("code")).toString() == QStringLiteral("INVALID_INPUT"));
    }
    SECTION("a secret pasted as a key is not quoted back")
    {
        QJsonObject obj{{values.value(QStringLiteral("licenseKey")), QStringLiteral("x")}};
        const Run r = app.run(args, QJsonDocument(obj).toJson());
        CHECK(r.exitCode == 2);
        CHECK(
            r.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("licenseKey")));
        requireNoSecret(r, values, QStringLiteral("rakuten"));
    }
    SECTION("a value of the wrong type")
    {
        QJsonObject obj = QJsonDocument::fromJson(toJson(values)).object();
        obj.insert(QStringLiteral("shopUrl"), QJsonArray{1, 2});
        const Run r = app.run(args, QJsonDocument(obj).toJson());
        CHECK(r.exitCode == 2);
        CHECK(r.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("shopUrl")));
    }
    SECTION("missing and malformed fields come back per field")
    {
        values.remove(QStringLiteral("licenseKey"));
        values.insert(QStringLiteral("shopUrl"),
                      QStringLiteral("https://example.com/not-rakuten/"));
        const Run r = app.run(args, toJson(values));
        CHECK(r.exitCode == 2);
        const QJsonObject o = r.json();
        requireShape(o, QStringLiteral("rakuten"));
        CHECK(o.value(QStringLiteral("code")).toString() == QStringLiteral("INVALID_INPUT"));
        QStringList fields;
        for (const QJsonValue &p : o.value(QStringLiteral("problems")).toArray()) {
            fields << p.toObject().value(QStringLiteral("field")).toString();
            CHECK(!p.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        CHECK(fields.contains(QStringLiteral("licenseKey")));
        CHECK(fields.contains(QStringLiteral("shopUrl")));
        CHECK_FALSE(fields.contains(QStringLiteral("serviceSecret")));
        requireNoSecret(r, values, QStringLiteral("rakuten"));
    }
    SECTION("the same problems in Japanese text")
    {
        app.setLanguage(QStringLiteral("ja"));
        values.remove(QStringLiteral("licenseKey"));
        const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                               QStringLiteral("rakuten"), QStringLiteral("--credentials"),
                               QStringLiteral("-")},
                              toJson(values));
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains("入力内容をご確認ください"));
        // The field's label as this (Japanese) test process translates it.
        for (const auto &connector : createConnectors()) {
            if (connector->id() == QStringLiteral("rakuten"))
                CHECK(r.mentions(connector->field(QStringLiteral("licenseKey")).label));
        }
        requireNoSecret(r, values, QStringLiteral("rakuten"));
    }
}

TEST_CASE("verify: no verdict without an answer exits 3", "[cli]")
{
    App app;
    const FieldValues values = rakutenValues();

    SECTION("nothing listens")
    {
        const QString file = app.write(QStringLiteral("endpoints.json"),
                                       endpointsJson(QStringLiteral("https://127.0.0.1:1")));
        const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                               QStringLiteral("rakuten"), QStringLiteral("--credentials"),
                               QStringLiteral("-"), QStringLiteral("--endpoints"), file,
                               QStringLiteral("--json")},
                              toJson(values));
        CHECK(r.exitCode == 3);
        const QJsonObject o = r.json();
        requireShape(o, QStringLiteral("rakuten"));
        CHECK(o.value(QStringLiteral("ok")).toBool() == false);
        CHECK(o.value(QStringLiteral("code")).toString() == QStringLiteral("NETWORK"));
        requireNoSecret(r, values, QStringLiteral("rakuten"));
    }
    SECTION("a server that accepts but never answers, with --timeout")
    {
        QTcpServer silent;
        REQUIRE(silent.listen(QHostAddress::LocalHost));
        const QString file = app.write(
            QStringLiteral("endpoints.json"),
            endpointsJson(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort())));
        const QString credentials = app.write(QStringLiteral("credentials.json"), toJson(values));
        QElapsedTimer clock;
        clock.start();
        const Run r = app.run(
            {QStringLiteral("verify"), QStringLiteral("--mall"), QStringLiteral("rakuten"),
             QStringLiteral("--credentials"), credentials, QStringLiteral("--endpoints"), file,
             QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--json")});
        CHECK(r.exitCode == 3);
        CHECK(r.json().value(QStringLiteral("code")).toString() == QStringLiteral("TIMEOUT"));
        CHECK(clock.elapsed() < 15000);
        CHECK(silent.hasPendingConnections());
        requireNoSecret(r, values, QStringLiteral("rakuten"));
    }
    SECTION("a server whose certificate is not trusted")
    {
        test::SandboxFixture sandbox;
        // No trustedCaFile: the sandbox's CA is unknown to the child.
        const QString file = app.write(QStringLiteral("endpoints.json"),
                                       endpointsJson(sandbox.baseUrl().toString()));
        const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                               QStringLiteral("rakuten"), QStringLiteral("--credentials"),
                               QStringLiteral("-"), QStringLiteral("--endpoints"), file,
                               QStringLiteral("--json")},
                              toJson(values));
        CHECK(r.exitCode == 3);
        CHECK(r.json().value(QStringLiteral("code")).toString() == QStringLiteral("TLS"));
        CHECK(sandbox.server().requestCount() == 0);
        requireNoSecret(r, values, QStringLiteral("rakuten"));
    }
}

TEST_CASE("status: nothing linked in a fresh profile, one JSON object, no display", "[cli]")
{
    App app;
    app.forbidDisplay();
    const Run r = app.run({QStringLiteral("status"), QStringLiteral("--json")});
    CHECK(r.exitCode == 0);
    const QJsonObject o = r.json();
    const QJsonArray malls = o.value(QStringLiteral("malls")).toArray();
    QStringList ids;
    for (const QJsonValue &m : malls) {
        ids << m.toObject().value(QStringLiteral("mall")).toString();
        CHECK(m.toObject().value(QStringLiteral("linked")).toBool() == false);
    }
    QStringList expected;
    for (const auto &connector : createConnectors())
        expected << connector->id();
    CHECK(ids == expected);

    app.setLanguage(QStringLiteral("ja"));
    const Run text = app.run({QStringLiteral("status")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains("未設定"));
}

TEST_CASE("help and version need no display", "[cli]")
{
    App app;
    app.forbidDisplay();
    const Run help = app.run({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("verify"));
    CHECK_FALSE(help.out.contains("exit-after-first-page"));
    const Run verifyHelp = app.run({QStringLiteral("verify"), QStringLiteral("--help")});
    CHECK(verifyHelp.exitCode == 0);
    CHECK(verifyHelp.out.contains("--credentials"));
    const Run version = app.run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(CROSSMA_VERSION));
}

namespace {
Connector *findConnector(const std::vector<std::unique_ptr<Connector>> &connectors, const QString &id)
{
    for (const auto &connector : connectors) {
        if (connector->id() == id)
            return connector.get();
    }
    return nullptr;
}

// What the library itself concludes for these values, run in this process:
// the command line must reach the same verdict.
VerifyResult verifyInProcess(const Connector &connector, const FieldValues &raw,
                             const Endpoints &endpoints, int timeoutMs)
{
    const FieldValues values = connector.normalise(raw);
    if (!connector.check(values).isEmpty())
        return VerifyResult::failure(Code::InvalidInput, QStringLiteral("offline check"));
    QObject owner;
    VerifyJob *job = connector.verify(values, endpoints, &owner);
    job->setTimeout(timeoutMs);
    job->start();
    REQUIRE(test::waitFor([job] { return job->isFinished(); }, timeoutMs + 10000));
    return job->result();
}

int expectedExit(const VerifyResult &r)
{
    switch (r.verdict()) {
    case VerifyResult::Verdict::Verified:
        return 0;
    case VerifyResult::Verdict::Rejected:
        return 1;
    case VerifyResult::Verdict::InvalidInput:
        return 2;
    case VerifyResult::Verdict::NoVerdict:
        break;
    }
    return 3;
}
}  // namespace

TEST_CASE("verify: every 楽天 sandbox scenario gets the library's verdict and exit code", "[cli]")
{
    test::SandboxFixture sandbox;
    const QList<sandbox::Scenario> scenarios = sandbox.malls().scenarios(QStringLiteral("rakuten"));
    REQUIRE_FALSE(scenarios.isEmpty());
    const auto connectors = createConnectors();
    Connector *rakuten = findConnector(connectors, QStringLiteral("rakuten"));
    REQUIRE(rakuten);

    App app;
    const QString caFile = sandbox.malls().caPemPath();
    REQUIRE_FALSE(caFile.isEmpty());
    const QString endpoints = app.write(QStringLiteral("endpoints.json"),
                                        sandbox.endpoints().toJson(caFile));
    const int timeoutMs = 3000;

    QSet<int> exits;
    for (const sandbox::Scenario &scenario : scenarios) {
        INFO("scenario: " << scenario.title.toStdString());
        const VerifyResult expected = verifyInProcess(*rakuten, scenario.values,
                                                      sandbox.endpoints(), timeoutMs);
        const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                               QStringLiteral("rakuten"), QStringLiteral("--credentials"),
                               QStringLiteral("-"), QStringLiteral("--endpoints"), endpoints,
                               QStringLiteral("--json"), QStringLiteral("--timeout"),
                               QString::number(timeoutMs / 1000)},
                              toJson(scenario.values));
        const QJsonObject o = r.json();
        requireShape(o, QStringLiteral("rakuten"));
        CHECK(o.value(QStringLiteral("code")).toString() == expected.code);
        CHECK(o.value(QStringLiteral("ok")).toBool() == expected.ok());
        CHECK(r.exitCode == expectedExit(expected));
        if (expected.verdict() != VerifyResult::Verdict::InvalidInput) {
            CHECK(o.value(QStringLiteral("mallCode")).toString() == expected.mallCode);
            CHECK(o.value(QStringLiteral("facts")).toObject().keys()
                  == QJsonObject::fromVariantMap(expected.facts).keys());
        }
        CHECK(r.err.isEmpty());
        requireNoSecret(r, scenario.values, QStringLiteral("rakuten"));
        exits.insert(r.exitCode);
    }
    // The scenarios cover both answers a mall can give.
    CHECK(exits.contains(0));
    CHECK(exits.contains(1));
}

TEST_CASE("verify: a passing 楽天 scenario in Japanese text, credentials from a file", "[cli]")
{
    test::SandboxFixture sandbox;
    const auto connectors = createConnectors();
    Connector *rakuten = findConnector(connectors, QStringLiteral("rakuten"));
    REQUIRE(rakuten);
    App app;
    app.setLanguage(QStringLiteral("ja"));
    const QString endpoints = app.write(QStringLiteral("endpoints.json"),
                                        sandbox.endpoints().toJson(sandbox.malls().caPemPath()));
    bool found = false;
    for (const sandbox::Scenario &scenario : sandbox.malls().scenarios(QStringLiteral("rakuten"))) {
        if (!verifyInProcess(*rakuten, scenario.values, sandbox.endpoints(), 5000).ok())
            continue;
        found = true;
        const QString credentials = app.write(QStringLiteral("credentials.json"),
                                              toJson(scenario.values));
        const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                               QStringLiteral("rakuten"), QStringLiteral("--credentials"),
                               credentials, QStringLiteral("--endpoints"), endpoints});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("接続できました"));
        requireNoSecret(r, scenario.values, QStringLiteral("rakuten"));
        break;
    }
    REQUIRE(found);
}

TEST_CASE("wizard: --exit-after-first-page shows the first page and prints nothing", "[cli]")
{
    App app;
    const Run plain = app.run({QStringLiteral("--exit-after-first-page")});
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.isEmpty());

    const Run sandboxed = app.run({QStringLiteral("--sandbox"), QStringLiteral("--screen-share"),
                                   QStringLiteral("--lang"), QStringLiteral("ja"),
                                   QStringLiteral("--exit-after-first-page")});
    CHECK(sandboxed.exitCode == 0);
    CHECK(sandboxed.out.isEmpty());

    const Run badLang = app.run({QStringLiteral("--lang"), QStringLiteral("fr"),
                                 QStringLiteral("--exit-after-first-page")});
    CHECK(badLang.exitCode == 2);
    CHECK(badLang.err.contains("--lang"));

    const QString file = app.write(QStringLiteral("endpoints.json"),
                                   R"({"rakuten.api": "ftp://127.0.0.1"})");
    const Run badEndpoints = app.run(
        {QStringLiteral("--endpoints"), file, QStringLiteral("--exit-after-first-page")});
    CHECK(badEndpoints.exitCode == 2);
    CHECK(badEndpoints.err.contains("rakuten.api"));
}

TEST_CASE(
    "verify without --credentials tests the saved values, and status shows them without secrets",
    "[cli]")
{
    test::SandboxFixture sandbox;
    const auto connectors = createConnectors();
    Connector *rakuten = findConnector(connectors, QStringLiteral("rakuten"));
    REQUIRE(rakuten);
    FieldValues values;
    for (const sandbox::Scenario &scenario : sandbox.malls().scenarios(QStringLiteral("rakuten"))) {
        if (verifyInProcess(*rakuten, scenario.values, sandbox.endpoints(), 5000).ok()) {
            values = rakuten->normalise(scenario.values);
            break;
        }
    }
    REQUIRE_FALSE(values.isEmpty());

    App app;
    const QString endpoints = app.write(QStringLiteral("endpoints.json"),
                                        sandbox.endpoints().toJson(sandbox.malls().caPemPath()));
    // Saved the way the wizard saves, into the child's sandbox profile: the
    // settings file under its XDG_CONFIG_HOME and the sandbox keychain service.
    QSettings settings(app.configDir() + QStringLiteral("/crossma/crossma-setup-sandbox.conf"),
                       QSettings::IniFormat);
    CredentialStore store(QStringLiteral("crossma-setup-sandbox"), &settings);
    FieldValues secrets, plain;
    for (auto it = values.begin(); it != values.end(); ++it)
        (rakuten->secretFieldIds().contains(it.key()) ? secrets : plain).insert(it.key(), it.value());
    const test::StoreAnswer saved = test::storeSave(store, QStringLiteral("rakuten"), secrets, plain);
    INFO(saved.outcome.message.toStdString());
    REQUIRE(saved.outcome.ok());
    settings.sync();

    const Run r = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                           QStringLiteral("rakuten"), QStringLiteral("--sandbox"),
                           QStringLiteral("--endpoints"), endpoints, QStringLiteral("--json")});
    CHECK(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("code")).toString() == QStringLiteral("OK"));
    requireNoSecret(r, values, QStringLiteral("rakuten"));

    const Run status = app.run(
        {QStringLiteral("status"), QStringLiteral("--sandbox"), QStringLiteral("--json")});
    CHECK(status.exitCode == 0);
    requireNoSecret(status, values, QStringLiteral("rakuten"));
    QJsonObject entry;
    for (const QJsonValue &m : status.json().value(QStringLiteral("malls")).toArray()) {
        if (m.toObject().value(QStringLiteral("mall")).toString() == QStringLiteral("rakuten"))
            entry = m.toObject();
    }
    CHECK(entry.value(QStringLiteral("linked")).toBool());
    CHECK(entry.value(QStringLiteral("lastResultCode")).toString() == QStringLiteral("OK"));
    CHECK(!entry.value(QStringLiteral("lastVerifiedAt")).toString().isEmpty());
    CHECK(entry.value(QStringLiteral("fields")).toObject().value(QStringLiteral("shopUrl")).toString()
          == values.value(QStringLiteral("shopUrl")));
    CHECK_FALSE(entry.value(QStringLiteral("facts")).toObject().isEmpty());

    app.setLanguage(QStringLiteral("ja"));
    const Run text = app.run({QStringLiteral("status"), QStringLiteral("--sandbox")});
    CHECK(text.out.contains("連携済み"));
    CHECK(text.out.contains("有効期限"));
    requireNoSecret(text, values, QStringLiteral("rakuten"));

    // The real profile is another file and another keychain service.
    const Run real = app.run({QStringLiteral("verify"), QStringLiteral("--mall"),
                              QStringLiteral("rakuten"), QStringLiteral("--endpoints"), endpoints,
                              QStringLiteral("--json")});
    CHECK(real.exitCode == 2);
    CHECK(real.json().value(QStringLiteral("code")).toString() == QStringLiteral("NOT_LINKED"));

    CHECK(test::storeRemove(store, QStringLiteral("rakuten")).outcome.ok());
}
