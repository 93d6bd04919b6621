// Which field of which mall a pasted value belongs to, from its shape alone:
// every field the seller copies from a mall's screen, with the damage copying
// does (spaces of any width, full-width characters, line breaks, lost PEM lines),
// values of another field and of another mall. Shapes: MALLS.md.
#include <catch2/catch.hpp>

#include "amazon/amazonconnector.h"
#include "aupay/aupayconnector.h"
#include "core/shaperecognition.h"
#include "rakuten/rakutenconnector.h"
#include "testpki.h"
#include "yahoo/yahooconnector.h"

using namespace crossma;
using Verdict = ShapeAnswer::Verdict;

namespace {

struct Malls {
    AmazonConnector amazon;
    RakutenConnector rakuten;
    YahooConnector yahoo;
    AupayConnector aupay;
    QList<const Connector *> all() const { return {&amazon, &rakuten, &yahoo, &aupay}; }
};

const QString kHex64 = QStringLiteral(
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
const QString kSellerId = QStringLiteral("A1Q2W3E4R5T6Y7");
const QString kClientId = QStringLiteral(
    "amzn1.application-oa2-client.4f1a9b0c2d3e4f5a6b7c8d9e0f1a2b3c");
const QString kClientSecret = QStringLiteral("amzn1.oa2-cs.v1.") + kHex64;
const QString kRefreshToken = QStringLiteral(
    "Atzr|IwEBIHk3Qe0Jx1f0m8oWmYzM0l3dGm9kQ1BvZ2h0c2VjcmV0dmFsdWVfZm9yX3Rlc3RzX29ubHlfMDEyMzQ1Njc4"
    "OWFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6");
const QString kServiceSecret = QStringLiteral("SP338500_7XaPq2LmNc0RtY4b");
const QString kLicenseKey = QStringLiteral("SL338500_k3JfW9sQpZ2vHn8d");
const QString kShopUrl = QStringLiteral("https://www.rakuten.co.jp/crossma-demo/");
const QString kTestStore = QStringLiteral("snbx-crossma");
const QString kMemberNumber = QStringLiteral("12345678");

QString publicKeyPem()
{
    return QString::fromLatin1(testpki::Key::sharedRsa(0).publicKeyPem());
}

// The key's base64 lines only: what is left when BEGIN and END were not copied.
QString withoutBeginEnd(const QString &pem)
{
    QStringList lines = pem.trimmed().split(QLatin1Char('\n'));
    lines.removeFirst();
    lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString toFullWidth(const QString &ascii)
{
    QString out;
    for (QChar c : ascii)
        out.append(c.unicode() > 0x20 && c.unicode() < 0x7f ? QChar(c.unicode() + 0xFEE0) : c);
    return out;
}

struct Row {
    const char *what;
    QString pasted;
    QString mall;  // expected unique match; empty: not unique
    QString field;
};

}  // namespace

TEST_CASE("Every field's real-looking value is recognised as that field of that mall",
          "[paste][shapes]")
{
    Malls malls;
    const QList<Row> rows = {
        {"Amazon seller ID", kSellerId, "amazon", "sellerId"},
        {"Amazon LWA client ID", kClientId, "amazon", "lwaClientId"},
        {"Amazon LWA client secret", kClientSecret, "amazon", "lwaClientSecret"},
        {"Amazon refresh token", kRefreshToken, "amazon", "refreshToken"},
        {"楽天 service secret", kServiceSecret, "rakuten", "serviceSecret"},
        {"楽天 license key", kLicenseKey, "rakuten", "licenseKey"},
        {"楽天 shop URL", kShopUrl, "rakuten", "shopUrl"},
        {"Yahoo public key (PEM)", publicKeyPem(), "yahoo", "publicKey"},
        {"Yahoo test store account", kTestStore, "yahoo", "storeAccount"},
        {"au PAY member number", kMemberNumber, "aupay", "shopId"},
        {"au PAY API key", kHex64, "aupay", "apiKey"},
    };
    for (const Row &row : rows) {
        INFO(row.what << ": " << row.pasted.left(40).toStdString());
        const ShapeAnswer answer = ShapeRecognition::recognise(malls.all(), row.pasted);
        REQUIRE(answer.verdict == Verdict::Unique);
        CHECK(answer.best().mallId == row.mall);
        CHECK(answer.best().fieldId == row.field);
        CHECK_FALSE(answer.best().fieldLabel.isEmpty());
        CHECK_FALSE(answer.best().mallName.isEmpty());
    }
}

TEST_CASE("Pasted damage does not hide a value's shape, and the value comes out clean",
          "[paste][shapes]")
{
    Malls malls;
    const QString pem = publicKeyPem();
    const QString halfClientId = kClientId.left(40);
    const QList<Row> rows = {
        {"spaces of any width around",
         QStringLiteral("\u3000 ") + kRefreshToken + QStringLiteral("\u00a0\t"), "amazon",
         "refreshToken"},
        {"zero-width space before", QStringLiteral("\u200b") + kLicenseKey, "rakuten", "licenseKey"},
        {"a line break inside a token", halfClientId + QStringLiteral("\r\n") + kClientId.mid(40),
         "amazon", "lwaClientId"},
        {"trailing line break", kServiceSecret + QStringLiteral("\n"), "rakuten", "serviceSecret"},
        {"full-width license key", toFullWidth(kLicenseKey), "rakuten", "licenseKey"},
        {"full-width member number", toFullWidth(kMemberNumber), "aupay", "shopId"},
        {"full-width seller ID", toFullWidth(kSellerId), "amazon", "sellerId"},
        {"shop URL without scheme, with an item path",
         QStringLiteral("www.rakuten.co.jp/crossma-demo/item-123/"), "rakuten", "shopUrl"},
        {"PEM without BEGIN/END lines", withoutBeginEnd(pem), "yahoo", "publicKey"},
        {"PEM without the END line", pem.trimmed().section(QLatin1Char('\n'), 0, -2), "yahoo",
         "publicKey"},
        {"PEM with CRLF and trailing spaces",
         QString(pem).replace(QLatin1Char('\n'), QStringLiteral("  \r\n")), "yahoo", "publicKey"},
        {"API key with spaces around", QStringLiteral("  ") + kHex64 + QStringLiteral(" \n"),
         "aupay", "apiKey"},
    };
    for (const Row &row : rows) {
        INFO(row.what);
        const ShapeAnswer answer = ShapeRecognition::recognise(malls.all(), row.pasted);
        REQUIRE(answer.verdict == Verdict::Unique);
        CHECK(answer.best().mallId == row.mall);
        CHECK(answer.best().fieldId == row.field);
        // What goes into the field is what the mall's own normalise makes of it.
        const Connector *owner = nullptr;
        for (const Connector *c : malls.all())
            owner = c->id() == row.mall ? c : owner;
        REQUIRE(owner);
        CHECK(answer.best().value == owner->normalise({{row.field, row.pasted}}).value(row.field));
        const QString value = answer.best().value;
        CHECK(value == value.trimmed());
        CHECK_FALSE(value.contains(QLatin1Char('\r')));
        CHECK_FALSE(value.contains(QStringLiteral("  ")));
    }
    // The lost BEGIN/END lines come back in the value entered.
    const ShapeAnswer bare = ShapeRecognition::recognise(malls.all(), withoutBeginEnd(pem));
    CHECK(bare.best().value.startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
    CHECK(ShapeRecognition::recognise(malls.all(), toFullWidth(kLicenseKey)).best().value
          == kLicenseKey);
}

TEST_CASE("Values that fit several fields, or none, are not guessed", "[paste][shapes]")
{
    Malls malls;
    // A short lower-case word: a Yahoo store account or a 楽天 shop code.
    const ShapeAnswer word = ShapeRecognition::recognise(malls.all(),
                                                         QStringLiteral("crossma-store"));
    CHECK(word.verdict == Verdict::Ambiguous);
    CHECK(word.fits(QStringLiteral("yahoo"), QStringLiteral("storeAccount")));
    CHECK(word.fits(QStringLiteral("rakuten"), QStringLiteral("shopUrl")));
    // A small number: a Yahoo key version, or a member number (weakly).
    const ShapeAnswer small = ShapeRecognition::recognise(malls.all(), QStringLiteral("2"));
    CHECK(small.verdict == Verdict::Ambiguous);
    CHECK(small.fits(QStringLiteral("yahoo"), QStringLiteral("publicKeyVersion")));
    // On the Yahoo page its own fields come first among equals.
    const ShapeAnswer onYahoo = ShapeRecognition::recognise(
        malls.all(), QStringLiteral("crossma-store"), QStringLiteral("yahoo"));
    CHECK(onYahoo.verdict == Verdict::Ambiguous);
    CHECK(onYahoo.best().mallId == QStringLiteral("yahoo"));
    CHECK(onYahoo.inMall(QStringLiteral("yahoo")).size() == 1);

    for (const QString &unknown :
         {QStringLiteral("こんにちは"), QStringLiteral("hello world"),
          QStringLiteral("A1VC38T7YXB528"),
          QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END "
                         "PRIVATE KEY-----"),
          QStringLiteral("https://www.example.com/shop/"), QStringLiteral("   \n\u3000")}) {
        INFO(unknown.toStdString());
        const ShapeAnswer answer = ShapeRecognition::recognise(malls.all(), unknown);
        CHECK(answer.verdict == Verdict::Unknown);
        CHECK(answer.candidates.isEmpty());
    }
}

TEST_CASE("A value of another field or another mall is told apart on each page", "[paste][shapes]")
{
    Malls malls;
    auto on = [&](const QString &page, const QString &pasted) {
        return ShapeRecognition::recognise(malls.all(), pasted, page);
    };
    // Another field of the same mall: the refresh token is not the client ID.
    const ShapeAnswer token = on(QStringLiteral("amazon"), kRefreshToken);
    REQUIRE(token.isUnique());
    CHECK(token.best().fieldId == QStringLiteral("refreshToken"));
    CHECK_FALSE(token.fits(QStringLiteral("amazon"), QStringLiteral("lwaClientId")));
    const ShapeAnswer swapped = on(QStringLiteral("rakuten"), kServiceSecret);
    CHECK(swapped.best().fieldId == QStringLiteral("serviceSecret"));
    CHECK_FALSE(swapped.fits(QStringLiteral("rakuten"), QStringLiteral("licenseKey")));

    // Another mall's value on a page: unique, and it names that mall.
    const ShapeAnswer license = on(QStringLiteral("amazon"), kLicenseKey);
    REQUIRE(license.isUnique());
    CHECK(license.best().mallId == QStringLiteral("rakuten"));
    CHECK(license.inMall(QStringLiteral("amazon")).isEmpty());
    const ShapeAnswer member = on(QStringLiteral("yahoo"), kMemberNumber);
    REQUIRE(member.isUnique());
    CHECK(member.best().mallId == QStringLiteral("aupay"));
    const ShapeAnswer pem = on(QStringLiteral("aupay"), publicKeyPem());
    REQUIRE(pem.isUnique());
    CHECK(pem.best().mallId == QStringLiteral("yahoo"));

    // 64 hex digits: au PAY's API key, but also the bare client secret of an
    // older Amazon app. On the au PAY page it is the key; on the Amazon page
    // the seller is asked, not told it belongs elsewhere.
    const ShapeAnswer onAupay = on(QStringLiteral("aupay"), kHex64);
    REQUIRE(onAupay.isUnique());
    CHECK(onAupay.best().fieldId == QStringLiteral("apiKey"));
    const ShapeAnswer onAmazon = on(QStringLiteral("amazon"), kHex64);
    CHECK(onAmazon.verdict == Verdict::Ambiguous);
    REQUIRE(onAmazon.inMall(QStringLiteral("amazon")).size() == 1);
    CHECK(onAmazon.inMall(QStringLiteral("amazon")).first().fieldId
          == QStringLiteral("lwaClientSecret"));
}
