#include <catch2/catch.hpp>

#include "testpki.h"
#include "yahoo/certificatezip.h"

#include <QRegularExpression>
#include <QSet>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace crossma;
using namespace crossma::testpki;
using yahoo::CertificateZipError;
using yahoo::CertificateZipOptions;
using yahoo::CertificateZipResult;
using yahoo::readCertificateZip;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

CertificateZipOptions options(const QString &store = QStringLiteral("mystore"))
{
    CertificateZipOptions o;
    o.storeAccount = store;
    o.now = kNow;
    return o;
}

CertificateSpec spec(const QString &cn, int fromDays = -30, int toDays = 335)
{
    return {cn, kNow.addDays(fromDays), kNow.addDays(toDays), 4242};
}

// A CA-signed certificate for `key`, as Yahoo issues them.
Certificate yahooCertificate(const Key &key, const CertificateSpec &s)
{
    static const Key caKey = Key::sharedRsa(3);
    static const Certificate ca = Certificate::selfSigned(
        caKey, {QStringLiteral("Test Yahoo API CA"), kNow.addYears(-5), kNow.addYears(5), 1});
    return Certificate::issued(key, s, ca, caKey);
}

QByteArray pairZip(const QByteArray &certName, const QByteArray &cert, const QByteArray &keyName,
                   const QByteArray &key)
{
    return buildZip({{certName, cert}, {keyName, key}});
}

bool sameKey(const QByteArray &pem, const Key &key)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *read = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    const bool same = read && EVP_PKEY_eq(read, key.get()) == 1;
    EVP_PKEY_free(read);
    return same;
}

bool hasJapanese(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));
    return re.match(text).hasMatch();
}

}  // namespace

TEST_CASE("A certificate ZIP as downloaded is read with its facts", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const Certificate cert = yahooCertificate(key, spec(QStringLiteral("mystore")));
    const QByteArray zip = pairZip("SHP-mystore.crt", cert.pem(), "mystore.key",
                                   key.traditionalPem());

    const CertificateZipResult r = readCertificateZip(zip, options());
    REQUIRE(r.code == QStringLiteral("OK"));
    CHECK(r.ok());
    CHECK(r.storeAccount == QStringLiteral("mystore"));
    CHECK(r.certificatePath == QStringLiteral("SHP-mystore.crt"));
    CHECK(r.keyPath == QStringLiteral("mystore.key"));
    CHECK(r.subject.contains(QStringLiteral("CN=mystore")));
    CHECK(r.issuer.contains(QStringLiteral("CN=Test Yahoo API CA")));
    CHECK(r.serialNumber == QStringLiteral("1092"));  // 4242
    CHECK(r.notBefore == kNow.addDays(-30));
    CHECK(r.notAfter == kNow.addDays(335));
    CHECK(r.daysLeft(kNow) == 335);
    CHECK(r.keyType == QStringLiteral("RSA 2048"));
    CHECK(r.certificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
    CHECK(r.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    CHECK(sameKey(r.privateKeyPem, key));
    CHECK(r.message.contains(QStringLiteral("mystore")));
}

TEST_CASE("Entries are found at any folder depth and in any case", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray cert = yahooCertificate(key, spec(QStringLiteral("MyStore"))).pem();
    const QByteArray zip = buildZip({
        {"download/", {}, false, true},
        {"download/2026/certs/SHP-MyStore.CRT", cert},
        {"download/2026/certs/keys/MYSTORE.KEY", key.pkcs8Pem()},
        {"download/readme.txt", "手順書"},
    });
    for (const QString &typed : {QStringLiteral("mystore"), QStringLiteral("MyStore"),
                                 QStringLiteral(" MYSTORE "), QStringLiteral("ｍｙｓｔｏｒｅ")}) {
        const CertificateZipResult r = readCertificateZip(zip, options(typed));
        CAPTURE(typed);
        REQUIRE(r.ok());
        CHECK(r.certificatePath == QStringLiteral("download/2026/certs/SHP-MyStore.CRT"));
        CHECK(r.keyPath == QStringLiteral("download/2026/certs/keys/MYSTORE.KEY"));
        CHECK(r.storeAccount == QStringLiteral("mystore"));
    }
    // Nothing typed: the account comes from the certificate's name.
    CHECK(readCertificateZip(zip, options(QString())).storeAccount == QStringLiteral("mystore"));
}

TEST_CASE("Names from Japanese Windows (CP932, no UTF-8 flag) are decoded", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray cert = yahooCertificate(key, spec(QStringLiteral("mystore"))).pem();
    // ソ and 表 end in 0x5C ('\\') in CP932: a byte-wise separator split would break them.
    const QString folder = QStringLiteral("ソフト表示用の証明書/");
    const QByteArray raw = cp932(folder);
    REQUIRE(raw.contains('\\'));
    const QByteArray zip = buildZip({
        {raw + "SHP-mystore.crt", cert, true},
        {raw + "mystore.key", key.traditionalPem(), true},
    });
    REQUIRE(utf8Flag(zip, raw + "SHP-mystore.crt") == 0);

    const CertificateZipResult r = readCertificateZip(zip, options());
    REQUIRE(r.ok());
    CHECK(r.certificatePath == folder + QStringLiteral("SHP-mystore.crt"));
    CHECK(r.keyPath == folder + QStringLiteral("mystore.key"));

    SECTION("UTF-8 names with the flag, and UTF-8 without it (macOS), read the same")
    {
        const QByteArray utf8 = folder.toUtf8();
        const QByteArray flagged = buildZip(
            {{utf8 + "SHP-mystore.crt", cert}, {utf8 + "mystore.key", key.traditionalPem()}});
        REQUIRE(utf8Flag(flagged, utf8 + "SHP-mystore.crt") == 1);
        const QByteArray unflagged = buildZip({{utf8 + "SHP-mystore.crt", cert, true},
                                               {utf8 + "mystore.key", key.traditionalPem(), true}});
        REQUIRE(utf8Flag(unflagged, utf8 + "SHP-mystore.crt") == 0);
        for (const QByteArray &z : {flagged, unflagged}) {
            const CertificateZipResult u = readCertificateZip(z, options());
            REQUIRE(u.ok());
            CHECK(u.certificatePath == folder + QStringLiteral("SHP-mystore.crt"));
        }
    }
}

TEST_CASE("macOS __MACOSX/ and ._ entries are ignored", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray cert = yahooCertificate(key, spec(QStringLiteral("mystore"))).pem();
    const QByteArray appleDouble("\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ", 24);
    const QByteArray zip = buildZip({
        {"API/SHP-mystore.crt", cert},
        {"API/mystore.key", key.traditionalPem()},
        {"__MACOSX/API/._SHP-mystore.crt", appleDouble},
        {"__MACOSX/API/._mystore.key", appleDouble},
        {"API/._mystore.key", appleDouble},
        {"API/.DS_Store", appleDouble},
    });
    const CertificateZipResult r = readCertificateZip(zip, options());
    REQUIRE(r.ok());
    CHECK(r.keyPath == QStringLiteral("API/mystore.key"));
}

TEST_CASE("Something that is not a ZIP is refused as such", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray good = pairZip("SHP-mystore.crt",
                                    yahooCertificate(key, spec(QStringLiteral("mystore"))).pem(),
                                    "mystore.key", key.traditionalPem());
    const QList<QByteArray> inputs = {
        QByteArray(),
        QByteArray("PK"),
        key.traditionalPem(),
        QByteArray(4096, '\x37'),
        good.left(good.size() / 2),  // download cut short: no central directory
    };
    for (const QByteArray &input : inputs) {
        const CertificateZipResult r = readCertificateZip(input, options());
        CAPTURE(input.left(16).toHex());
        CHECK(r.error == CertificateZipError::NotZip);
        CHECK(r.code == QStringLiteral("ZIP_INVALID"));
        CHECK(r.privateKeyPem.isEmpty());
    }
}

TEST_CASE("Password-protected ZIPs are refused", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray cert = yahooCertificate(key, spec(QStringLiteral("mystore"))).pem();
    SECTION("AES entries")
    {
        const QByteArray zip = buildZip({
            {"SHP-mystore.crt", cert, false, false, false, "secret"},
            {"mystore.key", key.traditionalPem(), false, false, false, "secret"},
        });
        const CertificateZipResult r = readCertificateZip(zip, options());
        CHECK(r.error == CertificateZipError::PasswordProtected);
        CHECK(r.code == QStringLiteral("ZIP_PASSWORD"));
    }
    SECTION("Traditional PKWARE encryption, as Windows tools write it")
    {
        const QByteArray zip = withTraditionalEncryptionFlag(
            pairZip("SHP-mystore.crt", cert, "mystore.key", key.traditionalPem()));
        CHECK(readCertificateZip(zip, options()).error == CertificateZipError::PasswordProtected);
    }
}

TEST_CASE("A ZIP inside the ZIP is named so the seller can pick it", "[yahoo-zip]")
{
    const YahooCertificateDownload inner = yahooCertificateZip(QStringLiteral("mystore"));
    const QByteArray zip = buildZip({{"ダウンロード/API証明書_mystore.zip", inner.zip}});
    const CertificateZipResult r = readCertificateZip(zip, options());
    CHECK(r.error == CertificateZipError::NestedZip);
    CHECK(r.code == QStringLiteral("ZIP_NESTED"));
    CHECK(r.detail == QStringLiteral("API証明書_mystore.zip"));
    CHECK(r.message.contains(QStringLiteral("API証明書_mystore.zip")));
}

TEST_CASE("Missing files are named", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray cert = yahooCertificate(key, spec(QStringLiteral("mystore"))).pem();

    const CertificateZipResult noKey = readCertificateZip(buildZip({{"SHP-mystore.crt", cert}}),
                                                          options());
    CHECK(noKey.error == CertificateZipError::FilesMissing);
    CHECK(noKey.code == QStringLiteral("ZIP_FILES_MISSING"));
    CHECK(noKey.missing == QStringList{QStringLiteral("mystore.key")});
    CHECK(noKey.message.contains(QStringLiteral("mystore.key")));
    CHECK_FALSE(noKey.message.contains(QStringLiteral("SHP-mystore.crt")));

    const CertificateZipResult noCert = readCertificateZip(
        buildZip({{"mystore.key", key.traditionalPem()}}), options());
    CHECK(noCert.missing == QStringList{QStringLiteral("SHP-mystore.crt")});
    CHECK(noCert.message.contains(QStringLiteral("SHP-mystore.crt")));

    const CertificateZipResult neither = readCertificateZip(buildZip({{"readme.txt", "x"}}),
                                                            options());
    CHECK(neither.missing
          == (QStringList{QStringLiteral("SHP-mystore.crt"), QStringLiteral("mystore.key")}));
    CHECK(neither.message.contains(QStringLiteral("SHP-mystore.crt")));
    CHECK(neither.message.contains(QStringLiteral("mystore.key")));
}

TEST_CASE("Two candidates for one file are refused, listing both", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray cert = yahooCertificate(key, spec(QStringLiteral("mystore"))).pem();
    const QByteArray zip = buildZip({
        {"2025/SHP-mystore.crt", cert},
        {"2025/mystore.key", key.traditionalPem()},
        {"2026/SHP-mystore.crt", cert},
        {"2026/mystore.key", key.traditionalPem()},
    });
    const CertificateZipResult r = readCertificateZip(zip, options());
    CHECK(r.error == CertificateZipError::Ambiguous);
    CHECK(r.code == QStringLiteral("ZIP_AMBIGUOUS"));
    CHECK(r.candidates.contains(QStringLiteral("2025/SHP-mystore.crt")));
    CHECK(r.candidates.contains(QStringLiteral("2026/mystore.key")));
    CHECK(r.message.contains(QStringLiteral("2026/SHP-mystore.crt")));

    // With no account typed, certificates of two stores are just as unclear.
    const QByteArray two = buildZip({{"SHP-shop-a.crt", cert},
                                     {"shop-a.key", key.traditionalPem()},
                                     {"SHP-shop-b.crt", cert},
                                     {"shop-b.key", key.traditionalPem()}});
    CHECK(readCertificateZip(two, options(QString())).error == CertificateZipError::Ambiguous);
    // …but the typed account picks one.
    CHECK(readCertificateZip(two, options(QStringLiteral("shop-b"))).ok());
}

TEST_CASE("A key of another certificate is refused", "[yahoo-zip]")
{
    const Certificate cert = yahooCertificate(Key::sharedRsa(0), spec(QStringLiteral("mystore")));
    const Key other = Key::sharedRsa(1);
    const CertificateZipResult r = readCertificateZip(
        pairZip("SHP-mystore.crt", cert.pem(), "mystore.key", other.traditionalPem()), options());
    CHECK(r.error == CertificateZipError::KeyMismatch);
    CHECK(r.code == QStringLiteral("CERT_KEY_MISMATCH"));
    CHECK(r.privateKeyPem.isEmpty());
    CHECK(r.message.contains(QStringLiteral("mystore.key")));
}

TEST_CASE("A password-protected key is refused", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray cert = yahooCertificate(key, spec(QStringLiteral("mystore"))).pem();
    for (const QByteArray &keyPem :
         {key.encryptedPkcs8Pem("pass1234"), key.encryptedTraditionalPem("pass1234")}) {
        const CertificateZipResult r = readCertificateZip(
            pairZip("SHP-mystore.crt", cert, "mystore.key", keyPem), options());
        CAPTURE(keyPem.left(60));
        CHECK(r.error == CertificateZipError::KeyEncrypted);
        CHECK(r.code == QStringLiteral("KEY_ENCRYPTED"));
    }
    const CertificateZipResult garbage = readCertificateZip(
        pairZip("SHP-mystore.crt", cert, "mystore.key",
                "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n"),
        options());
    CHECK(garbage.error == CertificateZipError::KeyUnreadable);
    const CertificateZipResult badCert = readCertificateZip(
        pairZip("SHP-mystore.crt", "not a certificate", "mystore.key", key.traditionalPem()),
        options());
    CHECK(badCert.error == CertificateZipError::CertificateUnreadable);
}

TEST_CASE("Oversize and bomb-like archives are refused without expanding them", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray cert = yahooCertificate(key, spec(QStringLiteral("mystore"))).pem();
    QList<ZipEntry> base = {{"SHP-mystore.crt", cert}, {"mystore.key", key.traditionalPem()}};

    SECTION("Too many entries")
    {
        QList<ZipEntry> many = base;
        for (int i = 0; i < 70; ++i)
            many.append({QByteArray("filler/") + QByteArray::number(i) + ".txt", "x"});
        const CertificateZipResult r = readCertificateZip(buildZip(many), options());
        CHECK(r.error == CertificateZipError::TooLarge);
        CHECK(r.code == QStringLiteral("ZIP_TOO_LARGE"));
    }
    SECTION("More than 1 MiB uncompressed, compressing to almost nothing")
    {
        QList<ZipEntry> big = base;
        big.append({"padding.bin", QByteArray(2 * 1024 * 1024, '\0')});
        const QByteArray zip = buildZip(big);
        REQUIRE(zip.size() < 20 * 1024);
        CHECK(readCertificateZip(zip, options()).error == CertificateZipError::TooLarge);
    }
    SECTION("A per-entry ratio no certificate has")
    {
        QList<ZipEntry> ratio = base;
        ratio.append({"notes.txt", QByteArray(300 * 1024, 'A')});
        CHECK(readCertificateZip(buildZip(ratio), options()).error == CertificateZipError::TooLarge);
    }
    SECTION("A header that lies about the size is caught while reading")
    {
        // The certificate entry really expands to 900 KB; its headers claim 2 KB.
        QByteArray huge = cert;
        huge.append(QByteArray(900 * 1024, '\n'));
        QByteArray zip = buildZip({{"SHP-mystore.crt", huge}, {"mystore.key", key.traditionalPem()}});
        const int eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
        const int central = int(uchar(zip[eocd + 16]) | uchar(zip[eocd + 17]) << 8
                                | uchar(zip[eocd + 18]) << 16);
        REQUIRE(zip.mid(central, 4) == QByteArray("PK\x01\x02", 4));
        const char claimed[4] = {0x00, 0x08, 0x00, 0x00};  // 2048, little-endian
        zip.replace(central + 24, 4, claimed, 4);  // uncompressed size in the central directory
        zip.replace(22, 4, claimed, 4);            // …and in the local header
        const CertificateZipResult r = readCertificateZip(zip, options());
        // libzip compares sizes only at the end of an entry; the bounded read stops long before.
        CHECK(r.error == CertificateZipError::TooLarge);
        CHECK(r.privateKeyPem.isEmpty());
    }
    SECTION("A file far larger than any certificate ZIP")
    {
        QByteArray noise(5 * 1024 * 1024, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 2654435761u) >> 13);
        CHECK(readCertificateZip(noise, options()).error == CertificateZipError::TooLarge);
    }
}

TEST_CASE("Certificate dates are checked against the injected time", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray expired = yahooCertificate(key, spec(QStringLiteral("mystore"), -400, -35)).pem();
    const CertificateZipResult r = readCertificateZip(
        pairZip("SHP-mystore.crt", expired, "mystore.key", key.traditionalPem()), options());
    CHECK(r.error == CertificateZipError::Expired);
    CHECK(r.code == QStringLiteral("CERT_EXPIRED"));
    CHECK(r.notAfter == kNow.addDays(-35));
    // 2026-10-24 12:00 UTC, as a seller in Japan reads it, whatever this computer's time zone.
    CHECK(r.message.contains(QStringLiteral("2026年10月24日 21:00")));

    const QByteArray future = yahooCertificate(key, spec(QStringLiteral("mystore"), 2, 367)).pem();
    const QByteArray zip = pairZip("SHP-mystore.crt", future, "mystore.key", key.traditionalPem());
    const CertificateZipResult early = readCertificateZip(zip, options());
    CHECK(early.error == CertificateZipError::NotYetValid);
    CHECK(early.code == QStringLiteral("CERT_NOT_YET_VALID"));
    // The same file is fine three days later.
    CertificateZipOptions later = options();
    later.now = kNow.addDays(3);
    CHECK(readCertificateZip(zip, later).ok());
}

TEST_CASE("Files of another store account are refused", "[yahoo-zip]")
{
    const Key key = Key::sharedRsa(0);
    const QByteArray cert = yahooCertificate(key, spec(QStringLiteral("mystore"))).pem();
    const QByteArray zip = pairZip("SHP-mystore.crt", cert, "mystore.key", key.traditionalPem());
    const CertificateZipResult r = readCertificateZip(zip, options(QStringLiteral("otherstore")));
    CHECK(r.error == CertificateZipError::StoreMismatch);
    CHECK(r.code == QStringLiteral("STORE_MISMATCH"));
    CHECK(r.detail == QStringLiteral("mystore"));
    CHECK(r.message.contains(QStringLiteral("mystore")));
    CHECK(r.message.contains(QStringLiteral("otherstore")));

    // A key renamed for another store is a mismatch too, not a silent pick.
    const QByteArray mixed = pairZip("SHP-mystore.crt", cert, "otherstore.key", key.traditionalPem());
    CHECK(readCertificateZip(mixed, options()).error == CertificateZipError::StoreMismatch);
}

TEST_CASE("Certificates in PEM or DER and keys in PKCS#1, PKCS#8 or EC, with CRLF, are accepted",
          "[yahoo-zip]")
{
    const Key rsa = Key::sharedRsa(0);
    const Certificate rsaCert = yahooCertificate(rsa, spec(QStringLiteral("mystore")));
    const Key ec = Key::ec();
    const Certificate ecCert = yahooCertificate(ec, spec(QStringLiteral("mystore")));
    struct Case {
        const char *what;
        QByteArray cert;
        QByteArray key;
        QString type;
    };
    const QList<Case> cases = {
        {"PEM + PKCS#1", rsaCert.pem(), rsa.traditionalPem(), QStringLiteral("RSA 2048")},
        {"DER + PKCS#8 PEM", rsaCert.der(), rsa.pkcs8Pem(), QStringLiteral("RSA 2048")},
        {"PEM + PKCS#8 DER", rsaCert.pem(), rsa.pkcs8Der(), QStringLiteral("RSA 2048")},
        {"CRLF PEM + CRLF PKCS#1", crlf(rsaCert.pem()), crlf(rsa.traditionalPem()),
         QStringLiteral("RSA 2048")},
        {"BOM + CRLF", "\xEF\xBB\xBF" + crlf(rsaCert.pem()), "\xEF\xBB\xBF" + crlf(rsa.pkcs8Pem()),
         QStringLiteral("RSA 2048")},
        {"EC", ecCert.pem(), ec.traditionalPem(), QStringLiteral("EC 256")},
    };
    for (const Case &c : cases) {
        CAPTURE(c.what);
        const CertificateZipResult r = readCertificateZip(
            pairZip("SHP-mystore.crt", c.cert, "mystore.key", c.key), options());
        CHECK(r.code == QStringLiteral("OK"));
        CHECK(r.keyType == c.type);
    }
}

TEST_CASE("Cancellation stops the reader between stages", "[yahoo-zip]")
{
    const YahooCertificateDownload d = yahooCertificateZip(QStringLiteral("mystore"));
    CertificateZipOptions o;
    o.storeAccount = QStringLiteral("mystore");
    int checks = 0;
    // Cancelled after the archive's directory was read, before the entries are.
    const CertificateZipResult r = readCertificateZip(d.zip, o, [&checks] { return ++checks >= 2; });
    CHECK(r.error == CertificateZipError::Cancelled);
    CHECK(r.code == QStringLiteral("CANCELLED"));
    CHECK(r.privateKeyPem.isEmpty());
    CHECK(readCertificateZip(d.zip, o, [] { return false; }).ok());
}

TEST_CASE("Every refusal has its own code and a Japanese message", "[yahoo-zip]")
{
    QSet<QString> codes;
    QSet<QString> messages;
    for (int e = int(CertificateZipError::FileUnreadable); e <= int(CertificateZipError::Cancelled);
         ++e) {
        CertificateZipResult r = yahoo::certificateZipFailure(CertificateZipError(e),
                                                              QStringLiteral("x"));
        CAPTURE(e, r.message.toStdString());
        CHECK_FALSE(r.ok());
        CHECK(hasJapanese(r.message));
        codes.insert(r.code);
        messages.insert(r.message);
    }
    const int failures = int(CertificateZipError::Cancelled);
    CHECK(codes.size() == failures);
    CHECK(messages.size() == failures);
}
