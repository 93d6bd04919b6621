// CredentialStore against a keychain that answers after the store's
// deadline: a child process of this executable, on a D-Bus of its own, whose
// org.freedesktop.secrets is crossma_slow_secret_service in front of the real
// gnome-keyring of this test run. The chosen write or delete reaches the
// keychain only after the deadline has passed, as behind an unlock prompt.
// Afterwards a fresh store must read the old or the new values whole, with
// the settings describing the same values, and no chunk left behind.
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "core/credentialstore.h"
#include "core/secretsentry.h"
#include "keychainprobe.h"
#include "privatebus.h"
#include "tempsettings.h"
#include "waitfor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using crossma::CredentialStore;
using crossma::FieldValues;
using crossma::KeychainAccess;
namespace SecretsEntry = crossma::SecretsEntry;
using namespace crossma::test;

namespace {

const char ScenarioVar[] = "CROSSMA_FAULT_SCENARIO";
const char ChunkVar[] = "CROSSMA_FAULT_CHUNK";
const char UpstreamVar[] = "CROSSMA_FAULT_UPSTREAM";
const char ResultVar[] = "CROSSMA_FAULT_RESULT";
const char WorkVar[] = "CROSSMA_FAULT_WORK";
const char SettingsVar[] = "CROSSMA_FAULT_SETTINGS";
const char ServiceVar[] = "CROSSMA_FAULT_SERVICE";

constexpr int StoreDeadlineMs = 1500;
const QString Mall = QStringLiteral("yahoo");

// Fixed values, so the child can tell old from new by content alone.
FieldValues secretsOf(const char *which)
{
    QString key = QStringLiteral("-----BEGIN PRIVATE KEY-----\n");
    for (int line = 0; line < 10; ++line)
        key += QStringLiteral("%1-line-%2-")
                   .arg(QLatin1String(which))
                   .arg(line)
                   .leftJustified(64, QLatin1Char('x'))
               + QLatin1Char('\n');
    key += QStringLiteral("-----END PRIVATE KEY-----\n");
    return {{QStringLiteral("privateKey"), key},
            {QStringLiteral("clientSecret"),
             QStringLiteral("%1-client-secret").arg(QLatin1String(which))}};
}

FieldValues plainOf(const char *which)
{
    return {{QStringLiteral("storeAccount"), QStringLiteral("%1-store").arg(QLatin1String(which))}};
}

QString whichSecrets(const FieldValues &secrets)
{
    if (secrets == secretsOf("old"))
        return QStringLiteral("old");
    if (secrets == secretsOf("new"))
        return QStringLiteral("new");
    return secrets.isEmpty() ? QStringLiteral("none") : QStringLiteral("mixed");
}

QString whichPlain(const crossma::StoredMall &mall)
{
    if (!mall.linked)
        return QStringLiteral("none");
    if (mall.plainFields == plainOf("old"))
        return QStringLiteral("old");
    if (mall.plainFields == plainOf("new"))
        return QStringLiteral("new");
    return QStringLiteral("mixed");
}

struct Fault {
    const char *scenario;
    int chunkSize;
};

}  // namespace

TEST_CASE("a keychain that answers after the deadline leaves the old or the new values whole",
          "[store][keychain-faults]")
{
    const Fault fault = GENERATE(Fault{"save", 128}, Fault{"save", 4096}, Fault{"rollback", 128},
                                 Fault{"rollback", 4096}, Fault{"unlink", 128},
                                 Fault{"unlink", 4096});
    const QString scenario = QString::fromLatin1(fault.scenario);
    INFO("scenario " << fault.scenario << ", chunk size " << fault.chunkSize);

    const QByteArray upstream = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    REQUIRE_FALSE(upstream.isEmpty());  // the run's own bus, with an unlocked gnome-keyring

    TempSettings files;
    QTemporaryDir work;
    QProcessEnvironment extra;
    extra.insert(QString::fromLatin1(ScenarioVar), scenario);
    extra.insert(QString::fromLatin1(ChunkVar), QString::number(fault.chunkSize));
    extra.insert(QString::fromLatin1(UpstreamVar), QString::fromLatin1(upstream));
    extra.insert(QString::fromLatin1(ResultVar), work.path() + QStringLiteral("/result.json"));
    extra.insert(QString::fromLatin1(WorkVar), work.path());

    PrivateBus bus(PrivateBus::SecretService::Absent);
    const PrivateBus::Run run = bus.runSelf({QStringLiteral("[keychain-fault-child]")}, extra, 90000);
    INFO(run.output.toStdString());
    REQUIRE(run.finished);
    REQUIRE(run.exitCode == 0);
    QFile resultFile(work.path() + QStringLiteral("/result.json"));
    REQUIRE(resultFile.open(QIODevice::ReadOnly));
    const QJsonObject result = QJsonDocument::fromJson(resultFile.readAll()).object();
    INFO(QJsonDocument(result).toJson().toStdString());

    // The caller heard back at the deadline, and was told the truth: not known yet.
    CHECK(result.value(QStringLiteral("answeredMs")).toInt() < StoreDeadlineMs + 1500);
    CHECK(result.value(QStringLiteral("answeredError")).toInt()
          == int(CredentialStore::Error::KeychainTimeout));
    const QString message = result.value(QStringLiteral("answeredMessage")).toString();
    CHECK(message.contains(QStringLiteral("応答を待っています")));
    CHECK_FALSE(message.contains(QStringLiteral("保存していません")));
    CHECK_FALSE(message.contains(QStringLiteral("削除していません")));
    CHECK(result.value(QStringLiteral("settled")).toBool());

    // Read afresh: the values are the old or the new ones, whole, and the
    // settings describe those same values.
    const QString secrets = result.value(QStringLiteral("secrets")).toString();
    const QString plain = result.value(QStringLiteral("plain")).toString();
    CHECK((secrets == QStringLiteral("old") || secrets == QStringLiteral("new")
           || (scenario == QStringLiteral("unlink") && secrets == QStringLiteral("none"))));
    CHECK(plain == secrets);
    if (scenario == QStringLiteral("save"))
        CHECK(secrets == QStringLiteral("new"));  // the write landed, and its save completed
    if (scenario == QStringLiteral("rollback"))
        CHECK(secrets == QStringLiteral("old"));  // the settings failed: the old head is back
    if (scenario == QStringLiteral("unlink"))
        CHECK(secrets == QStringLiteral("none"));
    CHECK(result.value(QStringLiteral("leftoverChunks")).toInt() == 0);
}

namespace {
int leftoverChunks(const QString &service, const QStringList &generations);
QStringList journaledGenerations(const QString &settingsFile);
}  // namespace

TEST_CASE("chunks of a save that never finished are removed by the next save or unlink",
          "[store][keychain-faults]")
{
    const bool thenSave = GENERATE(true, false);
    INFO((thenSave ? "then save" : "then unlink"));
    const QByteArray upstream = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    REQUIRE_FALSE(upstream.isEmpty());

    // A process saves chunked values and ends while the head is on its way:
    // the chunks are in the keychain, the head never arrives.
    TempSettings files;
    const QString service = uniqueKeychainService();
    QTemporaryDir work;
    QProcessEnvironment extra;
    extra.insert(QString::fromLatin1(ScenarioVar), QStringLiteral("abandon"));
    extra.insert(QString::fromLatin1(ChunkVar), QStringLiteral("128"));
    extra.insert(QString::fromLatin1(UpstreamVar), QString::fromLatin1(upstream));
    extra.insert(QString::fromLatin1(WorkVar), work.path());
    extra.insert(QString::fromLatin1(SettingsVar), files.fileName());
    extra.insert(QString::fromLatin1(ServiceVar), service);
    PrivateBus bus(PrivateBus::SecretService::Absent);
    const PrivateBus::Run run = bus.runSelf({QStringLiteral("[keychain-fault-child]")}, extra, 90000);
    INFO(run.output.toStdString());
    REQUIRE(run.finished);
    REQUIRE(run.exitCode == 0);
    const QStringList generations = journaledGenerations(files.fileName());
    REQUIRE(generations.size() == 1);
    REQUIRE(leftoverChunks(service, generations) > 0);

    auto settings = files.open();
    CredentialStore store(service, settings.get());
    store.setChunkSize(128);
    store.setKeychainTimeout(15000);
    if (thenSave) {
        REQUIRE(storeSave(store, Mall, secretsOf("new"), plainOf("new")).outcome.ok());
        CHECK(storeLoad(store, Mall).secrets == secretsOf("new"));
    } else {
        REQUIRE(storeRemove(store, Mall).outcome.ok());
        CHECK(storeLoad(store, Mall).outcome.error == CredentialStore::Error::NotFound);
    }
    CHECK(leftoverChunks(service, generations) == 0);
    CHECK(journaledGenerations(files.fileName()).isEmpty());
    storeRemove(store, Mall);
}

// ------------------------------------------------------------------ child

namespace {

void writeRules(const QString &file, const QByteArray &rules)
{
    QFile out(file);
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    out.write(rules);
}

bool startSlowSecretService(QProcess &helper, const QString &rules)
{
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(crossma::test::slowSecretServiceBinary(),
                 {qEnvironmentVariable(UpstreamVar), rules});
    return waitFor(
        [] {
            return QDBusConnection::sessionBus()
                .interface()
                ->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
                .value();
        },
        10000);
}

QStringList journaledGenerations(const QString &settingsFile)
{
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("keychain/") + Mall);
    return settings.childGroups();
}

// Chunks of `generations` that are still in the keychain but not named by its head.
int leftoverChunks(const QString &service, const QStringList &generations)
{
    const KeychainAccess::Result head = keychainRead(service, Mall);
    const QString current = head.ok() ? SecretsEntry::parseHead(Mall, head.data).generation
                                      : QString();
    int leftovers = 0;
    for (const QString &generation : generations) {
        if (generation == current)
            continue;
        for (int i = 0; i < 16; ++i) {
            if (keychainRead(service, SecretsEntry::chunkKey(Mall, generation, i)).ok())
                ++leftovers;
        }
    }
    return leftovers;
}

}  // namespace

TEST_CASE("keychain fault child: one operation behind a late keychain", "[.][keychain-fault-child]")
{
    const QString scenario = qEnvironmentVariable(ScenarioVar);
    const int chunkSize = qEnvironmentVariableIntValue(ChunkVar);
    const QString rules = qEnvironmentVariable(WorkVar) + QStringLiteral("/rules");
    writeRules(rules, {});
    QProcess helper;
    REQUIRE(startSlowSecretService(helper, rules));

    if (scenario == QStringLiteral("abandon")) {
        // Chunks go through, the head is held long; the process ends meanwhile.
        QSettings settings(qEnvironmentVariable(SettingsVar), QSettings::IniFormat);
        CredentialStore store(qEnvironmentVariable(ServiceVar), &settings);
        store.setChunkSize(chunkSize);
        const int chunks = int(
            SecretsEntry::plan(Mall, secretsOf("old"), chunkSize, QStringLiteral("0")).chunks.size());
        writeRules(rules, QStringLiteral("CreateItem %1 1 60000 late\n").arg(chunks).toLatin1());
        store.save(Mall, secretsOf("old"), plainOf("old"), {}, nullptr);
        REQUIRE(waitFor([&] { return !journaledGenerations(settings.fileName()).isEmpty(); }, 10000));
        waitFor([] { return false; }, 2000);  // the chunks are written
        helper.kill();
        helper.waitForFinished(5000);
        return;
    }

    TempSettings files;
    auto settings = files.open();
    const QString service = uniqueKeychainService();
    CredentialStore store(service, settings.get());
    store.setChunkSize(chunkSize);
    store.setKeychainTimeout(StoreDeadlineMs);
    REQUIRE(storeSave(store, Mall, secretsOf("old"), plainOf("old")).outcome.ok());
    QStringList generations = journaledGenerations(files.fileName());
    generations << SecretsEntry::parseHead(Mall, keychainRead(service, Mall).data).generation;

    // The chunks of a save go through; its head (and, for the rollback, the
    // restored old head) or the removal of the head reach the keychain late.
    const int chunks = int(
        SecretsEntry::plan(Mall, secretsOf("new"), chunkSize, QStringLiteral("0")).chunks.size());
    if (scenario == QStringLiteral("save"))
        writeRules(rules, QStringLiteral("CreateItem %1 1 4000 late\n").arg(chunks).toLatin1());
    else if (scenario == QStringLiteral("rollback"))
        writeRules(rules, QStringLiteral("CreateItem %1 2 3000 late\n").arg(chunks).toLatin1());
    else
        writeRules(rules, "Delete 0 1 4000 late\n");
    if (scenario == QStringLiteral("rollback"))  // the settings fail while the head is on its way
        QTimer::singleShot(2000, [&files] { files.makeUnwritable(); });

    bool settled = false;
    QObject::connect(&store, &CredentialStore::settled, [&settled] { settled = true; });
    QElapsedTimer clock;
    clock.start();
    const StoreAnswer answered = scenario == QStringLiteral("unlink")
                                     ? storeRemove(store, Mall)
                                     : storeSave(store, Mall, secretsOf("new"), plainOf("new"));
    const qint64 answeredMs = clock.elapsed();
    generations += journaledGenerations(files.fileName());
    waitFor([&store] { return store.isIdle(); }, 30000);
    files.makeWritable();
    writeRules(rules, {});

    // A fresh store on the same files reads what is really there.
    auto again = files.open();
    CredentialStore fresh(service, again.get());
    fresh.setKeychainTimeout(15000);
    const StoreAnswer loaded = storeLoad(fresh, Mall);
    generations.removeDuplicates();
    const QJsonObject result{
        {QStringLiteral("answeredMs"), answeredMs},
        {QStringLiteral("answeredError"), int(answered.outcome.error)},
        {QStringLiteral("answeredMessage"), answered.outcome.message},
        {QStringLiteral("settled"), settled},
        {QStringLiteral("loadError"), int(loaded.outcome.error)},
        {QStringLiteral("secrets"), whichSecrets(loaded.secrets)},
        {QStringLiteral("plain"), whichPlain(fresh.stored(Mall))},
        {QStringLiteral("leftoverChunks"), leftoverChunks(service, generations)},
        {QStringLiteral("generations"), generations.join(QLatin1Char(','))},
    };
    storeRemove(fresh, Mall);
    QFile out(qEnvironmentVariable(ResultVar));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(result).toJson());
    helper.kill();
    helper.waitForFinished(5000);
}
