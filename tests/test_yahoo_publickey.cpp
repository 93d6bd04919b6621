#include <catch2/catch.hpp>

#include "testpki.h"
#include "yahoo/yahoopublickey.h"

#include <QRegularExpression>

using namespace crossma;
using namespace crossma::testpki;
using yahoo::PublicKeyResult;
namespace PK = crossma::yahoo::YahooPublicKey;

namespace {

// The base64 body between the BEGIN and END lines, line breaks kept.
QByteArray body(const QByteArray &pem)
{
    QList<QByteArray> lines = pem.trimmed().split('\n');
    lines.removeFirst();
    lines.removeLast();
    return lines.join('\n');
}

QString toFullWidth(const QString &ascii)
{
    QString out;
    for (QChar c : ascii)
        out.append(c.unicode() > 0x20 && c.unicode() < 0x7f ? QChar(c.unicode() + 0xFEE0) : c);
    return out;
}

}  // namespace

TEST_CASE("A pasted public key is read, with its size", "[yahoo-key]")
{
    const Key key = Key::sharedRsa(0);
    const PublicKeyResult r = PK::parse(QString::fromLatin1(key.publicKeyPem()));
    REQUIRE(r.ok());
    CHECK(r.code == QStringLiteral("OK"));
    CHECK(r.bits == 2048);
    CHECK(r.algorithm == QStringLiteral("RSA"));
    CHECK_FALSE(r.repaired());
    CHECK(r.message.isEmpty());
    CHECK(r.pem == key.publicKeyPem());

    SECTION("PKCS#1 \"RSA PUBLIC KEY\" gives the same key")
    {
        const PublicKeyResult pkcs1 = PK::parse(QString::fromLatin1(key.rsaPublicKeyPem()));
        REQUIRE(pkcs1.ok());
        CHECK(pkcs1.pem == key.publicKeyPem());
        CHECK(pkcs1.bits == 2048);
    }
    SECTION("Spaces, CRLF, full-width characters and a web page's indentation are tolerated")
    {
        QString messy = QString::fromLatin1(crlf(key.publicKeyPem()));
        messy.replace(QStringLiteral("\r\n"), QStringLiteral(" \r\n\u3000 "));
        const QString pasted = QStringLiteral("\u3000 ") + toFullWidth(messy.left(60))
                               + messy.mid(60) + QStringLiteral("\u200B\n");
        const PublicKeyResult m = PK::parse(pasted);
        REQUIRE(m.ok());
        CHECK(m.pem == key.publicKeyPem());
        CHECK_FALSE(m.repaired());
    }
    SECTION("A 4096-bit key is fine")
    {
        const Key big = Key::rsa(4096);
        CHECK(PK::parse(QString::fromLatin1(big.publicKeyPem())).bits == 4096);
    }
}

TEST_CASE("Lost BEGIN/END lines are restored when the body is whole, and said so", "[yahoo-key]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray pem = key.publicKeyPem();
    const QByteArray b = body(pem);

    const PublicKeyResult both = PK::parse(QString::fromLatin1(b));
    REQUIRE(both.ok());
    CHECK(both.repair == PublicKeyResult::Repair::BothLines);
    CHECK(both.repaired());
    CHECK(both.pem == pem);
    CHECK(both.message.contains(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
    CHECK(both.message.contains(QStringLiteral("-----END PUBLIC KEY-----")));

    const PublicKeyResult oneLine = PK::parse(QString::fromLatin1(b).remove(QLatin1Char('\n')));
    CHECK(oneLine.repair == PublicKeyResult::Repair::BothLines);
    CHECK(oneLine.pem == pem);

    const PublicKeyResult noBegin = PK::parse(QString::fromLatin1(b + "\n-----END PUBLIC KEY-----\n"));
    CHECK(noBegin.repair == PublicKeyResult::Repair::BeginLine);
    CHECK(noBegin.pem == pem);

    const PublicKeyResult noEnd = PK::parse(QString::fromLatin1("-----BEGIN PUBLIC KEY-----\n" + b));
    CHECK(noEnd.repair == PublicKeyResult::Repair::EndLine);
    CHECK(noEnd.pem == pem);
    CHECK(noEnd.message != noBegin.message);
}

TEST_CASE("A truncated key is reported as cut off, with how much is there", "[yahoo-key]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray pem = key.publicKeyPem();
    const QByteArray der = key.publicKeyDer();

    SECTION("END line present, body cut in the middle")
    {
        const QByteArray b = body(pem).replace('\n', "");
        const QByteArray cut = "-----BEGIN PUBLIC KEY-----\n" + b.left(200)
                               + "\n-----END PUBLIC KEY-----\n";
        const PublicKeyResult r = PK::parse(QString::fromLatin1(cut));
        CHECK(r.error == PublicKeyResult::Error::Truncated);
        CHECK(r.code == QStringLiteral("PUBLIC_KEY_TRUNCATED"));
        CHECK(r.bytesPresent == 150);
        CHECK(r.bytesExpected == der.size());
        CHECK(r.message.contains(QString::number(der.size())));
        CHECK(r.pem.isEmpty());
    }
    SECTION("END line missing with a partial body (a partial copy)")
    {
        const QList<QByteArray> lines = pem.split('\n');
        const QByteArray cut = lines.mid(0, 4).join('\n') + "\n" + lines.at(4).left(21);
        const PublicKeyResult r = PK::parse(QString::fromLatin1(cut));
        CHECK(r.error == PublicKeyResult::Error::Truncated);
        CHECK(r.bytesExpected == der.size());
        CHECK(r.bytesPresent < der.size());
    }
    SECTION("Only the BEGIN line")
    {
        CHECK(PK::parse(QStringLiteral("-----BEGIN PUBLIC KEY-----\n")).error
              == PublicKeyResult::Error::Truncated);
    }
    SECTION("A bare body cut short")
    {
        const PublicKeyResult r = PK::parse(QString::fromLatin1(der.left(120).toBase64()));
        CHECK(r.error == PublicKeyResult::Error::Truncated);
        CHECK(r.bytesPresent == 120);
    }
}

TEST_CASE("Keys that are not a usable RSA public key are refused with a reason", "[yahoo-key]")
{
    CHECK(PK::parse(QStringLiteral(" \n\u3000")).error == PublicKeyResult::Error::Empty);
    CHECK(PK::parse(QStringLiteral(" \n\u3000")).code == QStringLiteral("PUBLIC_KEY_MISSING"));
    CHECK(PK::parse(QStringLiteral("これは鍵ではありません")).error
          == PublicKeyResult::Error::NotAKey);
    CHECK(PK::parse(QStringLiteral("c2hvcnQ=")).error == PublicKeyResult::Error::NotAKey);

    const Key small = Key::rsa(1024);
    const PublicKeyResult tooShort = PK::parse(QString::fromLatin1(small.publicKeyPem()));
    CHECK(tooShort.error == PublicKeyResult::Error::TooShort);
    CHECK(tooShort.code == QStringLiteral("PUBLIC_KEY_TOO_SHORT"));
    CHECK(tooShort.bits == 1024);
    CHECK(tooShort.message.contains(QStringLiteral("1024")));

    const PublicKeyResult ec = PK::parse(QString::fromLatin1(Key::ec().publicKeyPem()));
    CHECK(ec.error == PublicKeyResult::Error::NotRsa);
    CHECK(ec.code == QStringLiteral("PUBLIC_KEY_NOT_RSA"));
    CHECK(ec.message.contains(QStringLiteral("EC")));

    const Key key = Key::sharedRsa(0);
    const PublicKeyResult priv = PK::parse(QString::fromLatin1(key.pkcs8Pem()));
    CHECK(priv.error == PublicKeyResult::Error::PrivateKey);
    CHECK(PK::parse(QString::fromLatin1(key.traditionalPem())).error
          == PublicKeyResult::Error::PrivateKey);
    CHECK(PK::parse(QString::fromLatin1(key.pkcs8Der().toBase64())).error
          == PublicKeyResult::Error::PrivateKey);

    const Certificate cert = Certificate::selfSigned(key, {QStringLiteral("x")});
    CHECK(PK::parse(QString::fromLatin1(cert.pem())).error == PublicKeyResult::Error::NotAKey);

    const QByteArray two = key.publicKeyPem() + Key::sharedRsa(1).publicKeyPem();
    CHECK(PK::parse(QString::fromLatin1(two)).error == PublicKeyResult::Error::MultipleKeys);
}

TEST_CASE("The key version is a positive integer, full-width digits accepted", "[yahoo-key]")
{
    const yahoo::KeyVersionResult one = PK::parseVersion(QStringLiteral(" 1 "));
    CHECK(one.ok);
    CHECK(one.version == 1);
    CHECK(PK::parseVersion(QStringLiteral("１２")).version == 12);
    CHECK(PK::parseVersion(QStringLiteral("\u3000３\u3000")).ok);

    const yahoo::KeyVersionResult missing = PK::parseVersion(QStringLiteral("  "));
    CHECK_FALSE(missing.ok);
    CHECK(missing.code == QStringLiteral("KEY_VERSION_MISSING"));
    CHECK_FALSE(missing.message.isEmpty());
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("1.5"),
                               QStringLiteral("v2"), QStringLiteral("99999999999")}) {
        const yahoo::KeyVersionResult r = PK::parseVersion(bad);
        CAPTURE(bad);
        CHECK_FALSE(r.ok);
        CHECK(r.code == QStringLiteral("KEY_VERSION_INVALID"));
        CHECK(r.message != missing.message);
    }
}

TEST_CASE("X-sws-signature is the store account and time, RSA-encrypted with the public key",
          "[yahoo-key]")
{
    const Key key = Key::sharedRsa(0);
    QString error = QStringLiteral("unset");
    const QByteArray sig = PK::signature(key.publicKeyPem(), QStringLiteral("mystore"), 1795867200,
                                         &error);
    REQUIRE_FALSE(sig.isEmpty());
    CHECK(error.isEmpty());
    const QByteArray cipher = QByteArray::fromBase64(sig, QByteArray::AbortOnBase64DecodingErrors);
    CHECK(cipher.size() == 256);
    CHECK(key.decrypt(cipher) == QByteArray("mystore:1795867200"));
    // PKCS#1 v1.5 padding is random: two signatures differ but decrypt alike.
    const QByteArray again = PK::signature(key.publicKeyPem(), QStringLiteral("mystore"), 1795867200);
    CHECK(again != sig);
    CHECK(key.decrypt(QByteArray::fromBase64(again)) == QByteArray("mystore:1795867200"));
    // Another key cannot read it.
    CHECK(Key::sharedRsa(1).decrypt(cipher) != QByteArray("mystore:1795867200"));
    // A PKCS#1 public key works the same.
    CHECK(key.decrypt(
              QByteArray::fromBase64(PK::signature(key.rsaPublicKeyPem(), QStringLiteral("s"), 7)))
          == "s:7");

    CHECK(PK::signature("garbage", QStringLiteral("mystore"), 1, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Every public key refusal has its own code and a Japanese message", "[yahoo-key]")
{
    static const QRegularExpression japanese(
        QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));
    const Key key = Key::sharedRsa(0);
    const QList<QString> inputs = {
        QString(),
        QStringLiteral("xyz!"),
        QString::fromLatin1(key.pkcs8Pem()),
        QString::fromLatin1(key.publicKeyPem() + key.publicKeyPem()),
        QStringLiteral("-----BEGIN PUBLIC KEY-----\n"),
        QString::fromLatin1(Key::ec().publicKeyPem()),
        QString::fromLatin1(Key::rsa(1024).publicKeyPem()),
        QString::fromLatin1(body(key.publicKeyPem())),
    };
    QSet<QString> codes;
    for (const QString &input : inputs) {
        const PublicKeyResult r = PK::parse(input);
        CAPTURE(input, r.message);
        CHECK(japanese.match(r.message).hasMatch());
        codes.insert(r.code);
    }
    CHECK(codes.size() == inputs.size());  // 7 refusals + OK (repaired)
    CHECK(japanese.match(PK::parseVersion({}).message).hasMatch());
}
