// サポート用情報: built after a real re-check of stored values (private
// keychain, sandbox malls), it names states, codes and endpoints and never a secret.
#include "test_wizard_support.h"

#include "aupay/sandbox/aupayfake.h"
#include "core/connector.h"
#include "core/secretredactor.h"
#include "diagnostics.h"
#include "recheckall.h"
#include "registry.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace crossma;

TEST_CASE(
    "Support information after a re-check names each mall's state and code and holds no secret",
    "[diagnostics]")
{
    test::SandboxFixture sandbox;
    test::RakutenValues rakuten;
    const Endpoints endpoints = test::acceptRakuten(sandbox, rakuten);
    test::TestStore t;
    const FieldValues aupay = sandbox::AupayFake::values(sandbox::AupayFake::Outcome::Accepted);
    const auto connectors = createConnectors();
    QList<const Connector *> list;
    const Connector *amazon = nullptr;
    for (const auto &c : connectors) {
        list.append(c.get());
        if (c->id() == QLatin1String("amazon"))
            amazon = c.get();
    }
    REQUIRE(amazon);
    const QList<sandbox::Scenario> amazonScenarios = sandbox.malls().scenarios(
        QStringLiteral("amazon"));
    REQUIRE_FALSE(amazonScenarios.isEmpty());
    FieldValues amazonSecrets, amazonPlain;
    const FieldValues amazonValues = amazonScenarios.first().values;  // the accepted one
    for (auto it = amazonValues.cbegin(); it != amazonValues.cend(); ++it)
        (amazon->field(it.key()).secret ? amazonSecrets : amazonPlain).insert(it.key(), it.value());
    REQUIRE_FALSE(amazonSecrets.isEmpty());

    QStringList secrets = {rakuten.secret, rakuten.license, aupay.value(QStringLiteral("apiKey"))};
    secrets += amazonSecrets.values();

    REQUIRE(test::storeSave(t.store, QStringLiteral("rakuten"),
                            {{QStringLiteral("serviceSecret"), rakuten.secret},
                             {QStringLiteral("licenseKey"), rakuten.license}},
                            {{QStringLiteral("shopUrl"), rakuten.shopUrl}})
                .outcome.ok());
    REQUIRE(test::storeSave(t.store, QStringLiteral("aupay"),
                            {{QStringLiteral("apiKey"), aupay.value(QStringLiteral("apiKey"))}},
                            {{QStringLiteral("shopId"), aupay.value(QStringLiteral("shopId"))}})
                .outcome.ok());
    REQUIRE(
        test::storeSave(t.store, QStringLiteral("amazon"), amazonSecrets, amazonPlain).outcome.ok());

    RecheckAll recheck(list, &t.store, endpoints);
    bool done = false;
    QObject::connect(&recheck, &RecheckAll::allFinished, [&] { done = true; });
    recheck.start();
    REQUIRE(test::waitFor([&] { return done; }, 30000));
    CHECK(recheck.result(QStringLiteral("rakuten")).ok());
    CHECK(recheck.result(QStringLiteral("aupay")).ok());
    INFO(recheck.result(QStringLiteral("amazon")).summary().toStdString());
    CHECK(recheck.result(QStringLiteral("amazon")).ok());

    Diagnostics::Keychain state = Diagnostics::Keychain::Failed;
    bool probed = false;
    QObject context;
    Diagnostics::probeKeychain(t.service, &context, [&](Diagnostics::Keychain s, const QString &) {
        state = s;
        probed = true;
    });
    REQUIRE(test::waitFor([&] { return probed; }, 15000));
    CHECK(state == Diagnostics::Keychain::Available);

    const QString text = diagnosticsText(list, t.store, endpoints, state);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral(CROSSMA_VERSION)));
    CHECK(text.contains(QString::fromLatin1(qVersion())));
    CHECK(text.contains(Diagnostics::keychainText(Diagnostics::Keychain::Available)));
    CHECK(text.contains(QStringLiteral("rakuten.api: ") + sandbox.baseUrl().toString()));
    CHECK(text.count(QStringLiteral(": OK")) >= 3);  // each mall's last result code
    CHECK(text.contains(QStringLiteral("licenseExpiry")));
    CHECK(text.contains(rakuten.shopUrl));  // plain values help support
    for (const QString &secret : secrets) {
        INFO(secret.toStdString());
        CHECK_FALSE(text.contains(secret));
        CHECK_FALSE(text.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
        CHECK_FALSE(t.files.bytes().contains(secret.toUtf8()));
    }

    // The masker still catches a secret if one ever slipped into the text.
    SecretRedactor redactor;
    redactor.add(rakuten.license);
    CHECK(redactor.apply(text + rakuten.license).endsWith(SecretRedactor::mask()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("support.txt"));
    QString error;
    REQUIRE(saveDiagnostics(path, text, &error));
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(saved.readAll()) == text);
    CHECK_FALSE(saveDiagnostics(dir.filePath(QStringLiteral("missing/folder/x.txt")), text, &error));
    CHECK_FALSE(error.isEmpty());

    for (const char *id : {"aupay", "amazon"})
        test::storeRemove(t.store, QString::fromLatin1(id));
}
