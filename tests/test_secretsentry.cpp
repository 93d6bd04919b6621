// The keychain layout of one mall's secrets, without a keychain.
#include <catch2/catch.hpp>

#include "core/secretsentry.h"

using crossma::FieldValues;
namespace SecretsEntry = crossma::SecretsEntry;

TEST_CASE("small secrets stay in one entry under the mall's key", "[store]")
{
    const FieldValues secrets{{QStringLiteral("licenseKey"), QStringLiteral("SL123")},
                              {QStringLiteral("serviceSecret"), QStringLiteral("SP456")}};
    const SecretsEntry::Plan plan = SecretsEntry::plan(QStringLiteral("rakuten"), secrets, 2048,
                                                       QStringLiteral("ab"));
    CHECK(plan.chunks.isEmpty());
    const SecretsEntry::Head head = SecretsEntry::parseHead(QStringLiteral("rakuten"), plan.head);
    REQUIRE(head.valid);
    CHECK_FALSE(head.chunked);
    CHECK(head.secrets == secrets);
}

TEST_CASE("large secrets are cut into numbered chunks within the size limit", "[store]")
{
    const int size = GENERATE(128, 500, 2048);
    const QString value = QString(5000, QLatin1Char('k')) + QStringLiteral("日本語\n\"quoted\"");
    const FieldValues secrets{{QStringLiteral("privateKey"), value}};
    const SecretsEntry::Plan plan = SecretsEntry::plan(QStringLiteral("yahoo"), secrets, size,
                                                       QStringLiteral("c0ffee"));

    REQUIRE(plan.chunks.size() >= 2);
    CHECK(plan.head.size() <= size);
    QList<QByteArray> parts;
    for (int i = 0; i < plan.chunks.size(); ++i) {
        CHECK(plan.chunks.at(i).first == QStringLiteral("yahoo#c0ffee.%1").arg(i));
        CHECK(plan.chunks.at(i).second.size() <= size);
        parts << plan.chunks.at(i).second;
    }
    const SecretsEntry::Head head = SecretsEntry::parseHead(QStringLiteral("yahoo"), plan.head);
    REQUIRE(head.valid);
    REQUIRE(head.chunked);
    CHECK(head.chunkKeys == plan.chunkKeys());
    const auto joined = SecretsEntry::joinChunks(parts, head.bytes);
    REQUIRE(joined.has_value());
    CHECK(*joined == secrets);

    // A chunk missing or cut short is noticed, never half a key.
    parts.removeLast();
    CHECK_FALSE(SecretsEntry::joinChunks(parts, head.bytes).has_value());
}

TEST_CASE("a chunk size below the minimum is raised so the manifest still fits", "[store]")
{
    const FieldValues secrets{{QStringLiteral("privateKey"), QString(400, QLatin1Char('x'))}};
    const SecretsEntry::Plan plan = SecretsEntry::plan(QStringLiteral("yahoo"), secrets, 1,
                                                       QStringLiteral("1"));
    CHECK(plan.head.size() <= SecretsEntry::MinimumChunkSize);
    REQUIRE(plan.chunks.size() >= 2);
    CHECK(plan.chunks.first().second.size() == SecretsEntry::MinimumChunkSize);
}

TEST_CASE("damaged or foreign keychain entries are not taken for secrets", "[store]")
{
    const QString key = QStringLiteral("yahoo");
    CHECK_FALSE(SecretsEntry::parseHead(key, QByteArray()).valid);
    CHECK_FALSE(SecretsEntry::parseHead(key, "not json").valid);
    CHECK_FALSE(SecretsEntry::parseHead(key, R"({"secrets":{"a":"b"}})").valid);  // no version
    CHECK_FALSE(
        SecretsEntry::parseHead(key, R"({"v":2,"secrets":{"a":"b"}})").valid);  // unknown version
    CHECK_FALSE(SecretsEntry::parseHead(key, R"({"v":1,"secrets":{"a":1}})").valid);  // not text
    CHECK_FALSE(
        SecretsEntry::parseHead(key, R"({"v":1,"generation":"../x","chunks":2,"bytes":9})").valid);
    CHECK_FALSE(
        SecretsEntry::parseHead(key, R"({"v":1,"generation":"ab","chunks":0,"bytes":9})").valid);
    CHECK_FALSE(
        SecretsEntry::parseHead(key, R"({"v":1,"generation":"ab","chunks":100000,"bytes":9})").valid);
    CHECK_FALSE(SecretsEntry::joinChunks({"[1,2]"}, 5).has_value());
    CHECK(SecretsEntry::parseHead(key, R"({"v":1,"generation":"ab","chunks":2,"bytes":9})").chunkKeys
          == QStringList{QStringLiteral("yahoo#ab.0"), QStringLiteral("yahoo#ab.1")});
}

TEST_CASE("every save gets a new chunk generation", "[store]")
{
    const QString a = SecretsEntry::newGeneration();
    const QString b = SecretsEntry::newGeneration();
    CHECK(a != b);
    CHECK(SecretsEntry::parseHead(
              QStringLiteral("m"),
              QStringLiteral(R"({"v":1,"generation":"%1","chunks":1,"bytes":1})").arg(a).toUtf8())
              .valid);
}
