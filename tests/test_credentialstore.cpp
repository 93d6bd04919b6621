// CredentialStore against the real keychain: gnome-keyring on the private
// D-Bus session that `packaging/dev.sh test` starts. The keychain-less and
// hanging cases run this executable again in a child process on a bus of its
// own ("[store-child]", hidden from the normal run).
#include <catch2/catch.hpp>

#include "core/credentialstore.h"
#include "core/secretsentry.h"
#include "keychainprobe.h"
#include "privatebus.h"
#include "tempsettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>

using crossma::CredentialStore;
using crossma::FieldValues;
using crossma::KeychainAccess;
namespace SecretsEntry = crossma::SecretsEntry;
using namespace crossma::test;

namespace {

using Error = CredentialStore::Error;

// A pasted PEM block of the size a Yahoo private key has, random each run.
QString pemShaped(int bytes)
{
    QByteArray raw(bytes * 3 / 4, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    QByteArray base64 = raw.toBase64();
    QByteArray pem = "-----BEGIN PRIVATE KEY-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += "-----END PRIVATE KEY-----\n";
    return QString::fromLatin1(pem);
}

QString randomSecret(const char *prefix)
{
    return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::global()->generate64(), 16)
           + QString::number(QRandomGenerator::global()->generate64(), 16);
}

// Each test gets its own keychain service and settings file, and leaves
// nothing behind in the keychain.
struct Fixture {
    TempSettings files;
    std::unique_ptr<QSettings> settings = files.open();
    QString service = uniqueKeychainService();
    CredentialStore store{service, settings.get()};
    QStringList mallsToClean{QStringLiteral("rakuten"), QStringLiteral("amazon"),
                             QStringLiteral("yahoo")};

    Fixture() { store.setKeychainTimeout(15000); }
    ~Fixture()
    {
        files.makeWritable();
        for (const QString &mall : mallsToClean)
            storeRemove(store, mall);
    }
};

}  // namespace

TEST_CASE("saved secrets load back and the settings file holds only the non-secrets", "[store]")
{
    Fixture f;
    const FieldValues secrets{{QStringLiteral("serviceSecret"), randomSecret("SP")},
                              {QStringLiteral("licenseKey"), randomSecret("SL")}};
    const FieldValues plain{
        {QStringLiteral("shopUrl"), QStringLiteral("https://www.rakuten.co.jp/example-shop/")}};
    const QVariantMap facts{{QStringLiteral("expiryDate"), QStringLiteral("2027-02-25")}};

    bool calledInside = false;
    bool answered = false;
    f.store.save(QStringLiteral("rakuten"), secrets, plain, facts,
                 [&](const CredentialStore::Outcome &) { answered = true; });
    calledInside = answered;
    CHECK_FALSE(calledInside);  // callers always hear back later, from the event loop

    const StoreAnswer saved = storeSave(f.store, QStringLiteral("rakuten"), secrets, plain, facts);
    REQUIRE(saved.answered);
    INFO(saved.outcome.message.toStdString());
    REQUIRE(saved.outcome.ok());
    CHECK(answered);

    const StoreAnswer loaded = storeLoad(f.store, QStringLiteral("rakuten"));
    REQUIRE(loaded.outcome.ok());
    CHECK(loaded.secrets == secrets);

    const crossma::StoredMall mall = f.store.stored(QStringLiteral("rakuten"));
    CHECK(mall.linked);
    CHECK(mall.plainFields == plain);
    CHECK(mall.facts.value(QStringLiteral("expiryDate")).toString() == QStringLiteral("2027-02-25"));
    CHECK(mall.savedAt.isValid());
    CHECK(mall.lastResultCode == QStringLiteral("OK"));
    CHECK(f.store.linkedMalls() == QStringList{QStringLiteral("rakuten")});

    // The bytes on disk: the shop URL is there, no secret is.
    const QByteArray ini = f.files.bytes();
    CHECK(ini.contains("example-shop"));
    for (const QString &secret : secrets)
        CHECK_FALSE(ini.contains(secret.toUtf8()));

    // …and the secrets are in the keychain, in one entry under the mall's id.
    const KeychainAccess::Result entry = keychainRead(f.service, QStringLiteral("rakuten"));
    REQUIRE(entry.ok());
    for (const QString &secret : secrets)
        CHECK(entry.data.contains(secret.toUtf8()));

    // A fresh store on the same service and file sees the same.
    auto again = f.files.open();
    CredentialStore other(f.service, again.get());
    CHECK(storeLoad(other, QStringLiteral("rakuten")).secrets == secrets);
    CHECK(other.stored(QStringLiteral("rakuten")).plainFields == plain);
}

TEST_CASE("saving again replaces every secret and field of the mall at once", "[store]")
{
    Fixture f;
    REQUIRE(storeSave(f.store, QStringLiteral("amazon"),
                      {{QStringLiteral("lwaClientSecret"), randomSecret("old-cs")},
                       {QStringLiteral("refreshToken"), randomSecret("Atzr|old")}},
                      {{QStringLiteral("sellerId"), QStringLiteral("AOLDSELLER1234")},
                       {QStringLiteral("marketplaceId"), QStringLiteral("A1VC38T7YXB528")}},
                      {{QStringLiteral("oldFact"), 1}})
                .outcome.ok());

    const FieldValues newer{{QStringLiteral("refreshToken"), randomSecret("Atzr|new")}};
    const FieldValues newerPlain{{QStringLiteral("sellerId"), QStringLiteral("ANEWSELLER5678")}};
    REQUIRE(storeSave(f.store, QStringLiteral("amazon"), newer, newerPlain).outcome.ok());

    CHECK(storeLoad(f.store, QStringLiteral("amazon")).secrets == newer);  // the old secret is gone
    const crossma::StoredMall mall = f.store.stored(QStringLiteral("amazon"));
    CHECK(mall.plainFields == newerPlain);
    CHECK(mall.facts.isEmpty());
    CHECK_FALSE(f.files.bytes().contains("AOLDSELLER1234"));
}

TEST_CASE("removing a mall touches only that mall", "[store]")
{
    Fixture f;
    const FieldValues rakuten{{QStringLiteral("serviceSecret"), randomSecret("SP")}};
    const FieldValues amazon{{QStringLiteral("refreshToken"), randomSecret("Atzr|")}};
    REQUIRE(storeSave(f.store, QStringLiteral("rakuten"), rakuten,
                      {{QStringLiteral("shopUrl"), QStringLiteral("https://www.rakuten.co.jp/a/")}})
                .outcome.ok());
    REQUIRE(storeSave(f.store, QStringLiteral("amazon"), amazon,
                      {{QStringLiteral("sellerId"), QStringLiteral("ASELLER123456")}})
                .outcome.ok());
    CHECK(f.store.linkedMalls() == QStringList{QStringLiteral("amazon"), QStringLiteral("rakuten")});

    const StoreAnswer removed = storeRemove(f.store, QStringLiteral("rakuten"));
    INFO(removed.outcome.message.toStdString());
    REQUIRE(removed.outcome.ok());

    CHECK(storeLoad(f.store, QStringLiteral("rakuten")).outcome.error == Error::NotFound);
    CHECK(keychainRead(f.service, QStringLiteral("rakuten")).kind == KeychainAccess::Result::NotFound);
    CHECK_FALSE(f.store.stored(QStringLiteral("rakuten")).linked);
    CHECK_FALSE(f.files.bytes().contains("rakuten.co.jp"));

    CHECK(storeLoad(f.store, QStringLiteral("amazon")).secrets == amazon);
    CHECK(f.store.stored(QStringLiteral("amazon")).plainFields.value(QStringLiteral("sellerId"))
          == QStringLiteral("ASELLER123456"));
    CHECK(f.store.linkedMalls() == QStringList{QStringLiteral("amazon")});

    // Removing what is not there is not an error.
    CHECK(storeRemove(f.store, QStringLiteral("rakuten")).outcome.ok());
}

TEST_CASE("large secrets are split into numbered entries and read back whole", "[store]")
{
    Fixture f;
    const int chunkSize = GENERATE(128, SecretsEntry::DefaultChunkSize);
    f.store.setChunkSize(chunkSize);
    const FieldValues big{{QStringLiteral("privateKey"), pemShaped(3 * chunkSize)},
                          {QStringLiteral("clientSecret"), randomSecret("ys")}};
    REQUIRE(storeSave(f.store, QStringLiteral("yahoo"), big).outcome.ok());

    // The head is a manifest, every chunk is within the limit, none holds it all.
    const KeychainAccess::Result head = keychainRead(f.service, QStringLiteral("yahoo"));
    REQUIRE(head.ok());
    CHECK(head.data.size() <= chunkSize);
    const SecretsEntry::Head manifest = SecretsEntry::parseHead(QStringLiteral("yahoo"), head.data);
    REQUIRE(manifest.valid);
    REQUIRE(manifest.chunked);
    CHECK(manifest.chunkKeys.size() >= 3);
    for (const QString &key : manifest.chunkKeys) {
        const KeychainAccess::Result chunk = keychainRead(f.service, key);
        REQUIRE(chunk.ok());
        CHECK(chunk.data.size() <= chunkSize);
        CHECK(chunk.data.size() > 0);
    }

    CHECK(storeLoad(f.store, QStringLiteral("yahoo")).secrets == big);

    // Saving something small puts it back in one entry and drops the old chunks.
    const FieldValues small{{QStringLiteral("clientSecret"), randomSecret("ys")}};
    REQUIRE(storeSave(f.store, QStringLiteral("yahoo"), small).outcome.ok());
    CHECK(storeLoad(f.store, QStringLiteral("yahoo")).secrets == small);
    for (const QString &key : manifest.chunkKeys)
        CHECK(keychainRead(f.service, key).kind == KeychainAccess::Result::NotFound);

    // And removing a chunked mall leaves no chunk behind.
    REQUIRE(storeSave(f.store, QStringLiteral("yahoo"), big).outcome.ok());
    const SecretsEntry::Head second = SecretsEntry::parseHead(
        QStringLiteral("yahoo"), keychainRead(f.service, QStringLiteral("yahoo")).data);
    REQUIRE(second.chunked);
    CHECK(second.chunkKeys != manifest.chunkKeys);  // a new generation, never overwriting in place
    REQUIRE(storeRemove(f.store, QStringLiteral("yahoo")).outcome.ok());
    for (const QString &key : second.chunkKeys)
        CHECK(keychainRead(f.service, key).kind == KeychainAccess::Result::NotFound);
}

TEST_CASE("a missing chunk is reported as damage, not as nothing saved", "[store]")
{
    Fixture f;
    f.store.setChunkSize(128);
    REQUIRE(storeSave(f.store, QStringLiteral("yahoo"),
                      {{QStringLiteral("privateKey"), pemShaped(600)}})
                .outcome.ok());
    const SecretsEntry::Head head = SecretsEntry::parseHead(
        QStringLiteral("yahoo"), keychainRead(f.service, QStringLiteral("yahoo")).data);
    REQUIRE(head.chunked);
    REQUIRE(keychainRemove(f.service, head.chunkKeys.at(1)).ok());

    const StoreAnswer loaded = storeLoad(f.store, QStringLiteral("yahoo"));
    CHECK(loaded.outcome.error == Error::KeychainFailed);
    CHECK(loaded.secrets.isEmpty());
    CHECK_FALSE(loaded.outcome.message.isEmpty());
}

TEST_CASE("when the settings cannot be written the keychain is put back as it was", "[store]")
{
    Fixture f;
    const FieldValues before{{QStringLiteral("serviceSecret"), randomSecret("SP-before")}};
    REQUIRE(storeSave(
                f.store, QStringLiteral("rakuten"), before,
                {{QStringLiteral("shopUrl"), QStringLiteral("https://www.rakuten.co.jp/before/")}})
                .outcome.ok());
    const QByteArray iniBefore = f.files.bytes();
    const QByteArray headBefore = keychainRead(f.service, QStringLiteral("rakuten")).data;

    // Fails only where neither permissions (non-root) nor the immutable flag
    // (root) can stop writes, e.g. root on a file system without that flag.
    REQUIRE(f.files.makeUnwritable());
    const FieldValues after{{QStringLiteral("serviceSecret"), randomSecret("SP-after")}};
    const StoreAnswer failed = storeSave(
        f.store, QStringLiteral("rakuten"), after,
        {{QStringLiteral("shopUrl"), QStringLiteral("https://www.rakuten.co.jp/after/")}});
    REQUIRE(failed.answered);
    CHECK(failed.outcome.error == Error::SettingsFailed);
    CHECK(failed.outcome.message.contains(QStringLiteral("crossma-setup.ini")));

    // The keychain holds exactly what it held, and the store reads it so.
    CHECK(keychainRead(f.service, QStringLiteral("rakuten")).data == headBefore);
    CHECK(storeLoad(f.store, QStringLiteral("rakuten")).secrets == before);
    CHECK(f.store.stored(QStringLiteral("rakuten")).plainFields.value(QStringLiteral("shopUrl"))
          == QStringLiteral("https://www.rakuten.co.jp/before/"));

    // A mall never saved before: its new (chunked) entries are removed again.
    f.store.setChunkSize(128);
    const StoreAnswer fresh = storeSave(f.store, QStringLiteral("yahoo"),
                                        {{QStringLiteral("privateKey"), pemShaped(600)}});
    CHECK(fresh.outcome.error == Error::SettingsFailed);
    CHECK(keychainRead(f.service, QStringLiteral("yahoo")).kind == KeychainAccess::Result::NotFound);
    CHECK(storeLoad(f.store, QStringLiteral("yahoo")).outcome.error == Error::NotFound);

    // Removing fails the same way and keeps the keychain entry.
    CHECK(storeRemove(f.store, QStringLiteral("rakuten")).outcome.error == Error::SettingsFailed);
    CHECK(storeLoad(f.store, QStringLiteral("rakuten")).secrets == before);

    f.files.makeWritable();
    CHECK(f.files.bytes() == iniBefore);

    // Once the file is writable again, saving works (no error sticks).
    REQUIRE(storeSave(f.store, QStringLiteral("rakuten"), after).outcome.ok());
    CHECK(storeLoad(f.store, QStringLiteral("rakuten")).secrets == after);
}

TEST_CASE("operations on one store run one after another, in the order asked", "[store]")
{
    Fixture f;
    const FieldValues first{{QStringLiteral("serviceSecret"), randomSecret("SP-1")}};
    const FieldValues second{{QStringLiteral("serviceSecret"), randomSecret("SP-2")},
                             {QStringLiteral("licenseKey"), randomSecret("SL-2")}};
    QStringList order;
    f.store.save(QStringLiteral("rakuten"), first, {}, {}, [&](const CredentialStore::Outcome &o) {
        order << (o.ok() ? "first" : "first failed");
    });
    f.store.save(QStringLiteral("rakuten"), second, {}, {}, [&](const CredentialStore::Outcome &o) {
        order << (o.ok() ? "second" : "second failed");
    });
    const StoreAnswer loaded = storeLoad(f.store, QStringLiteral("rakuten"));  // queued behind both
    CHECK(order == QStringList{QStringLiteral("first"), QStringLiteral("second")});
    CHECK(loaded.secrets == second);
}

TEST_CASE("a check's result is recorded without touching the keychain", "[store]")
{
    Fixture f;
    REQUIRE(storeSave(f.store, QStringLiteral("rakuten"),
                      {{QStringLiteral("serviceSecret"), randomSecret("SP")}}, {},
                      {{QStringLiteral("expiryDate"), QStringLiteral("2027-02-25")}})
                .outcome.ok());
    const QByteArray entry = keychainRead(f.service, QStringLiteral("rakuten")).data;

    f.store.recordVerification(QStringLiteral("rakuten"), QStringLiteral("OK"),
                               {{QStringLiteral("expiryDate"), QStringLiteral("2027-05-01")}});
    crossma::StoredMall mall = f.store.stored(QStringLiteral("rakuten"));
    CHECK(mall.lastResultCode == QStringLiteral("OK"));
    CHECK(mall.facts.value(QStringLiteral("expiryDate")).toString() == QStringLiteral("2027-05-01"));

    // A failed check is remembered, and the last known facts are kept.
    f.store.recordVerification(QStringLiteral("rakuten"), QStringLiteral("KEY_EXPIRED"));
    mall = f.store.stored(QStringLiteral("rakuten"));
    CHECK(mall.lastResultCode == QStringLiteral("KEY_EXPIRED"));
    CHECK(mall.lastVerifiedAt.isValid());
    CHECK(mall.linked);
    CHECK(mall.facts.value(QStringLiteral("expiryDate")).toString() == QStringLiteral("2027-05-01"));
    CHECK(f.files.bytes().contains("KEY_EXPIRED"));  // on disk, not only in memory

    CHECK(keychainRead(f.service, QStringLiteral("rakuten")).data == entry);
}

// ---------------------------------------------------------------- no keychain

namespace {

const char ChildSettingsVar[] = "CROSSMA_STORE_CHILD_SETTINGS";
const char ChildResultVar[] = "CROSSMA_STORE_CHILD_RESULT";
const char ChildTimeoutVar[] = "CROSSMA_STORE_CHILD_TIMEOUT_MS";

struct ChildOutcomes {
    QJsonArray outcomes;  // save, load, remove: {"error":N,"message":…}
    QByteArray iniAfter;
    PrivateBus::Run run;
};

// Seeds a settings file as an earlier successful save left it, then lets a
// child process try save, load and remove on the given bus.
ChildOutcomes runChild(PrivateBus::SecretService secretService, int storeTimeoutMs,
                       QByteArray *iniBefore)
{
    TempSettings files;
    {
        auto settings = files.open();
        settings->setValue(QStringLiteral("malls/rakuten/linked"), true);
        settings->setValue(QStringLiteral("malls/rakuten/fields/shopUrl"),
                           QStringLiteral("https://www.rakuten.co.jp/earlier/"));
        settings->sync();
    }
    *iniBefore = files.bytes();

    QTemporaryDir resultDir;
    const QString resultFile = resultDir.path() + QStringLiteral("/result.json");
    QProcessEnvironment extra;
    extra.insert(QString::fromLatin1(ChildSettingsVar), files.fileName());
    extra.insert(QString::fromLatin1(ChildResultVar), resultFile);
    extra.insert(QString::fromLatin1(ChildTimeoutVar), QString::number(storeTimeoutMs));

    PrivateBus bus(secretService);
    ChildOutcomes child;
    if (!bus.ready())
        return child;
    child.run = bus.runSelf({QStringLiteral("[store-child]")}, extra, 60000);
    QFile result(resultFile);
    if (result.open(QIODevice::ReadOnly))
        child.outcomes = QJsonDocument::fromJson(result.readAll()).array();
    child.iniAfter = files.bytes();
    return child;
}

}  // namespace

TEST_CASE("without a Secret Service nothing is saved and the seller is told why", "[store]")
{
    QByteArray iniBefore;
    const ChildOutcomes child = runChild(PrivateBus::SecretService::Absent, 15000, &iniBefore);
    INFO(child.run.output.toStdString());
    REQUIRE(child.run.started);
    REQUIRE(child.run.finished);
    REQUIRE(child.run.exitCode == 0);
    REQUIRE(child.outcomes.size() == 3);

    for (const QJsonValue &value : child.outcomes) {
        const QJsonObject outcome = value.toObject();
        INFO(QJsonDocument(outcome).toJson().toStdString());
        CHECK(outcome.value(QStringLiteral("error")).toInt() == int(Error::KeychainUnavailable));
        const QString message = outcome.value(QStringLiteral("message")).toString();
        CHECK(message.contains(
            QStringLiteral("パスワード保管庫（キーチェーン）")));  // in the seller's language
        CHECK(message.contains(QStringLiteral("org.freedesktop.secrets")));  // the system's own words
    }
    CHECK(child.outcomes.at(0)
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("保存していません")));
    // The earlier state is untouched, byte for byte.
    CHECK(child.iniAfter == iniBefore);
}

TEST_CASE("a keychain that never answers gives up at the deadline", "[store]")
{
    QByteArray iniBefore;
    const ChildOutcomes child = runChild(PrivateBus::SecretService::Hanging, 1500, &iniBefore);
    INFO(child.run.output.toStdString());
    REQUIRE(child.run.finished);
    REQUIRE(child.run.exitCode == 0);
    REQUIRE(child.outcomes.size() == 3);
    for (const QJsonValue &value : child.outcomes)
        CHECK(value.toObject().value(QStringLiteral("error")).toInt() == int(Error::KeychainTimeout));
    CHECK(child.run.elapsedMs < 30000);  // three calls of 1.5 s each, plus start-up
    CHECK(child.iniAfter == iniBefore);
}

TEST_CASE("a locked keychain that cannot ask for its password refuses, and nothing changes",
          "[store]")
{
    QByteArray iniBefore;
    const ChildOutcomes child = runChild(PrivateBus::SecretService::Locked, 15000, &iniBefore);
    INFO(child.run.output.toStdString());
    REQUIRE(child.run.finished);
    REQUIRE(child.run.exitCode == 0);
    REQUIRE(child.outcomes.size() == 3);
    for (const QJsonValue &value : child.outcomes) {
        const QJsonObject outcome = value.toObject();
        INFO(QJsonDocument(outcome).toJson().toStdString());
        CHECK(outcome.value(QStringLiteral("error")).toInt() == int(Error::KeychainDenied));
    }
    CHECK(child.iniAfter == iniBefore);
}

// Runs only as the child of the tests above, on the bus they chose.
TEST_CASE("store child: save, load and remove on the bus given", "[.][store-child]")
{
    const QString settingsFile = qEnvironmentVariable(ChildSettingsVar);
    const QString resultFile = qEnvironmentVariable(ChildResultVar);
    REQUIRE_FALSE(settingsFile.isEmpty());
    REQUIRE_FALSE(resultFile.isEmpty());

    QSettings settings(settingsFile, QSettings::IniFormat);
    CredentialStore store(QStringLiteral("crossma-setup-test-child"), &settings);
    store.setKeychainTimeout(qEnvironmentVariableIntValue(ChildTimeoutVar));

    QJsonArray outcomes;
    auto record = [&](const StoreAnswer &answer) {
        outcomes.append(QJsonObject{{QStringLiteral("answered"), answer.answered},
                                    {QStringLiteral("error"), int(answer.outcome.error)},
                                    {QStringLiteral("message"), answer.outcome.message},
                                    {QStringLiteral("detail"), answer.outcome.detail}});
    };
    record(storeSave(
        store, QStringLiteral("rakuten"),
        {{QStringLiteral("serviceSecret"), QStringLiteral("SP-child-secret")}},
        {{QStringLiteral("shopUrl"), QStringLiteral("https://www.rakuten.co.jp/child/")}}));
    record(storeLoad(store, QStringLiteral("rakuten")));
    record(storeRemove(store, QStringLiteral("rakuten")));

    QFile result(resultFile);
    REQUIRE(result.open(QIODevice::WriteOnly));
    result.write(QJsonDocument(outcomes).toJson());
}
