#include "yahoopublickey.h"

#include "core/cryptolibrary.h"
#include "core/runtimelibrary.h"

#include "keymaterial.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace crossma::yahoo::YahooPublicKey {

namespace {

using Error = PublicKeyResult::Error;
using Repair = PublicKeyResult::Repair;

struct CtxFree {
    void operator()(EVP_PKEY_CTX *c) const { crypto().EVP_PKEY_CTX_free(c); }
};
struct BioFree {
    void operator()(BIO *b) const { crypto().BIO_free(b); }
};

// Full-width letters, digits, '+', '/', '=', '-' and the ideographic space
// become ASCII; CRs and zero-width characters go.
QString cleaned(const QString &pasted)
{
    QString text = pasted.normalized(QString::NormalizationForm_KC);
    text.remove(
        QRegularExpression(QStringLiteral("[\\r\\x{200B}\\x{200C}\\x{200D}\\x{2060}\\x{FEFF}]")));
    return text;
}

const QRegularExpression &beginPattern()
{
    static const QRegularExpression re(QStringLiteral("-{2,}\\s*BEGIN\\s+([A-Z0-9 ]+?)\\s*-{2,}"));
    return re;
}

const QRegularExpression &endPattern()
{
    static const QRegularExpression re(QStringLiteral("-{2,}\\s*END\\s+([A-Z0-9 ]+?)\\s*-{2,}"));
    return re;
}

// Length announced by the outer DER SEQUENCE header (header included), or 0
// when the bytes do not start like one.
qint64 announcedLength(const QByteArray &der)
{
    if (der.size() < 2 || static_cast<unsigned char>(der.at(0)) != 0x30)
        return 0;
    const unsigned char first = static_cast<unsigned char>(der.at(1));
    if (first < 0x80)
        return 2 + first;
    const int lengthBytes = first & 0x7f;
    if (lengthBytes == 0 || lengthBytes > 4)
        return 0;
    if (der.size() < 2 + lengthBytes)
        return 2 + lengthBytes + 1;  // the header itself is cut: at least one more byte is missing
    qint64 length = 0;
    for (int i = 0; i < lengthBytes; ++i)
        length = (length << 8) | static_cast<unsigned char>(der.at(2 + i));
    return 2 + lengthBytes + length;
}

pki::PKey readPublicDer(const QByteArray &der, bool pkcs1, bool *whole)
{
    const unsigned char *start = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = start;
    pki::PKey key(pkcs1 ? crypto().d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size()))
                        : crypto().d2i_PUBKEY(nullptr, &p, long(der.size())));
    pki::clearErrors();
    *whole = key && p - start == der.size();
    return key;
}

QString copyAgain()
{
    return QCoreApplication::translate("crossma::YahooPublicKey",
                                       "Copy it again with the コピー button in Store Creator Pro "
                                       "> 設定 > 暗号鍵管理 and paste all of it.");
}

// What was repaired in a key that was pasted with a line lost.
QString repairMessage(Repair repair)
{
    switch (repair) {
    case Repair::None:
        return {};
    case Repair::BothLines:
        return QCoreApplication::translate("crossma::YahooPublicKey",
                                           "The lines \"-----BEGIN PUBLIC KEY-----\" and "
                                           "\"-----END PUBLIC KEY-----\" were missing and "
                                           "have been added. The key itself is complete.");
    case Repair::BeginLine:
        return QCoreApplication::translate("crossma::YahooPublicKey",
                                           "The line \"-----BEGIN PUBLIC KEY-----\" was "
                                           "missing and has been added. The key itself is "
                                           "complete.");
    case Repair::EndLine:
        return QCoreApplication::translate("crossma::YahooPublicKey",
                                           "The line \"-----END PUBLIC KEY-----\" was missing "
                                           "and has been added. The key itself is "
                                           "complete.");
    }
    return {};
}

QString messageFor(const PublicKeyResult &r)
{
    switch (r.error) {
    case Error::None:
        return repairMessage(r.repair);
    case Error::Empty:
        return QCoreApplication::translate(
            "crossma::YahooPublicKey",
            "Paste the public key copied from Store Creator Pro > 設定 > 暗号鍵管理.");
    case Error::NotAKey:
        return QCoreApplication::translate(
                   "crossma::YahooPublicKey",
                   "This cannot be read as a public key. Paste the text that starts with "
                   "\"-----BEGIN PUBLIC KEY-----\" exactly as copied. %1")
            .arg(copyAgain());
    case Error::PrivateKey:
        return QCoreApplication::translate(
            "crossma::YahooPublicKey",
            "This is a private key, not the public key. Never paste or send a private key to "
            "anyone. "
            "Paste the public key from Store Creator Pro > 設定 > 暗号鍵管理 instead.");
    case Error::MultipleKeys:
        return QCoreApplication::translate("crossma::YahooPublicKey",
                                           "More than one key was pasted. Paste only the public "
                                           "key that is set to 有効, together with "
                                           "its version.");
    case Error::Truncated:
        if (r.bytesExpected > 0)
            return QCoreApplication::translate(
                       "crossma::YahooPublicKey",
                       "The public key is cut off: only %1 of its %2 bytes are there. %3")
                .arg(r.bytesPresent)
                .arg(r.bytesExpected)
                .arg(copyAgain());
        return QCoreApplication::translate("crossma::YahooPublicKey",
                                           "The public key is cut off: part of it is missing. %1")
            .arg(copyAgain());
    case Error::NotRsa:
        return QCoreApplication::translate("crossma::YahooPublicKey",
                                           "This public key is not an RSA key (%1). "
                                           "Yahoo!ショッピング issues RSA keys: copy the key "
                                           "from Store Creator Pro > 設定 > 暗号鍵管理.")
            .arg(r.algorithm);
    case Error::TooShort:
        return QCoreApplication::translate("crossma::YahooPublicKey",
                                           "This RSA key has only %1 bits; at least 2048 are "
                                           "needed. Issue a new key in Store Creator "
                                           "Pro > 設定 > 暗号鍵管理 (公開鍵発行).")
            .arg(r.bits);
    case Error::LibraryMissing:
        return missingLibraryMessage(QStringLiteral("OpenSSL 3"));
    }
    return {};
}

PublicKeyResult finish(PublicKeyResult r, Error error)
{
    r.error = error;
    r.code = code(error);
    r.message = messageFor(r);
    if (error != Error::None)
        r.pem.clear();
    return r;
}

QByteArray spkiPem(EVP_PKEY *key)
{
    std::unique_ptr<BIO, BioFree> bio(crypto().BIO_new(crypto().BIO_s_mem()));
    if (!bio || crypto().PEM_write_bio_PUBKEY(bio.get(), key) != 1) {
        pki::clearErrors();
        return {};
    }
    return crypto().memoryBioContents(bio.get());
}

}  // namespace

QString code(PublicKeyResult::Error error)
{
    switch (error) {
    case Error::None:
        return QStringLiteral("OK");
    case Error::Empty:
        return QStringLiteral("PUBLIC_KEY_MISSING");
    case Error::NotAKey:
        return QStringLiteral("PUBLIC_KEY_INVALID");
    case Error::PrivateKey:
        return QStringLiteral("PUBLIC_KEY_IS_PRIVATE");
    case Error::MultipleKeys:
        return QStringLiteral("PUBLIC_KEY_MULTIPLE");
    case Error::Truncated:
        return QStringLiteral("PUBLIC_KEY_TRUNCATED");
    case Error::NotRsa:
        return QStringLiteral("PUBLIC_KEY_NOT_RSA");
    case Error::TooShort:
        return QStringLiteral("PUBLIC_KEY_TOO_SHORT");
    case Error::LibraryMissing:
        return QStringLiteral("LIBRARY_MISSING");
    }
    return {};
}

namespace {
// The BEGIN and END lines of a pasted key, either or both possibly missing.
struct Armour {
    QRegularExpressionMatch begin;
    QRegularExpressionMatch end;
    QString label;  // "PUBLIC KEY", "RSA PUBLIC KEY", …; empty without either line
    int beginCount = 0;
};

Armour armourOf(const QString &text)
{
    Armour a;
    QRegularExpressionMatchIterator begins = beginPattern().globalMatch(text);
    while (begins.hasNext()) {
        const QRegularExpressionMatch m = begins.next();
        if (a.beginCount++ == 0)
            a.begin = m;
    }
    a.end = endPattern().match(text, a.begin.hasMatch() ? a.begin.capturedEnd() : 0);
    a.label = a.begin.hasMatch() ? a.begin.captured(1)
                                 : (a.end.hasMatch() ? a.end.captured(1) : QString());
    return a;
}

// The base64 between the armour lines; Error::NotAKey when it is not base64.
Error decodeBody(const QString &text, const Armour &a, QByteArray *der)
{
    const int from = a.begin.hasMatch() ? a.begin.capturedEnd() : 0;
    const int to = a.end.hasMatch() ? a.end.capturedStart() : text.size();
    QString body = text.mid(from, to - from);
    body.remove(QRegularExpression(QStringLiteral("\\s")));
    if (body.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9+/=]"))))
        return Error::NotAKey;
    // '=' only as trailing padding.
    const int pad = body.indexOf(QLatin1Char('='));
    if (pad >= 0 && body.mid(pad).count(QLatin1Char('=')) != body.size() - pad)
        return Error::NotAKey;
    if (body.size() % 4 == 1)
        body.chop(1);  // half a byte: the paste was cut mid-character
    *der = QByteArray::fromBase64(body.toLatin1());
    return Error::None;
}

// Why `der` is not one whole public key: cut short, a private key, or neither.
Error whyUnreadable(const QByteArray &der, const Armour &a, PublicKeyResult *r)
{
    const qint64 announced = announcedLength(der);
    if (announced > der.size()) {
        r->bytesPresent = der.size();
        r->bytesExpected = announced;
        return Error::Truncated;
    }
    if (!a.begin.hasMatch() && !a.end.hasMatch()) {
        // A bare body that is a private key deserves its own warning.
        pki::KeyStatus status = pki::KeyStatus::Unreadable;
        QByteArray copy = der;
        if (pki::readPrivateKey(copy, &status))
            return Error::PrivateKey;
    }
    if (a.begin.hasMatch() && !a.end.hasMatch()) {
        r->bytesPresent = der.size();
        return Error::Truncated;
    }
    return Error::NotAKey;
}

Repair repairOf(const Armour &a)
{
    if (!a.begin.hasMatch() && !a.end.hasMatch())
        return Repair::BothLines;
    if (!a.begin.hasMatch())
        return Repair::BeginLine;
    if (!a.end.hasMatch())
        return Repair::EndLine;
    return Repair::None;
}
}  // namespace

PublicKeyResult parse(const QString &pasted)
{
    PublicKeyResult r;
    const QString text = cleaned(pasted);
    if (text.trimmed().isEmpty())
        return finish(r, Error::Empty);
    if (!cryptoLibrary())  // loaded on the first key a seller pastes
        return finish(r, Error::LibraryMissing);

    const Armour armour = armourOf(text);
    if (armour.beginCount > 1)
        return finish(r, Error::MultipleKeys);
    if (armour.label.contains(QLatin1String("PRIVATE")))
        return finish(r, Error::PrivateKey);
    if (!armour.label.isEmpty() && armour.label != QLatin1String("PUBLIC KEY")
        && armour.label != QLatin1String("RSA PUBLIC KEY"))
        return finish(r, Error::NotAKey);

    QByteArray der;
    if (const Error bad = decodeBody(text, armour, &der); bad != Error::None)
        return finish(r, bad);
    if (der.isEmpty())
        return finish(r, armour.begin.hasMatch() && !armour.end.hasMatch() ? Error::Truncated
                                                                           : Error::NotAKey);

    bool whole = false;
    pki::PKey key = readPublicDer(der, armour.label == QLatin1String("RSA PUBLIC KEY"), &whole);
    if (!key && armour.label.isEmpty())
        key = readPublicDer(der, true, &whole);
    if (!key || !whole)
        return finish(r, whyUnreadable(der, armour, &r));

    r.repair = repairOf(armour);
    r.bits = crypto().EVP_PKEY_get_bits(key.get());
    r.algorithm = pki::keyDescription(key.get()).section(QLatin1Char(' '), 0, 0);
    if (crypto().EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return finish(r, Error::NotRsa);
    if (r.bits < 2048)
        return finish(r, Error::TooShort);
    r.pem = spkiPem(key.get());
    if (r.pem.isEmpty())
        return finish(r, Error::NotAKey);
    return finish(r, Error::None);
}

KeyVersionResult parseVersion(const QString &typed)
{
    KeyVersionResult r;
    const QString text = typed.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty()) {
        r.code = QStringLiteral("KEY_VERSION_MISSING");
        r.message = QCoreApplication::translate("crossma::YahooPublicKey",
                                                "Enter the version shown next to the public key in "
                                                "Store Creator Pro > 設定 > 暗号鍵管理.");
        return r;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    const int value = digits.match(text).hasMatch() ? text.toInt() : 0;
    if (value <= 0) {
        r.code = QStringLiteral("KEY_VERSION_INVALID");
        r.message = QCoreApplication::translate("crossma::YahooPublicKey",
                                                "The version is a whole number such as 1 or 2, as "
                                                "shown next to the public key in Store "
                                                "Creator Pro > 設定 > 暗号鍵管理.");
        return r;
    }
    r.ok = true;
    r.version = value;
    r.code = QStringLiteral("OK");
    return r;
}

QByteArray signature(const QByteArray &publicKeyPem, const QString &storeAccount,
                     qint64 unixSeconds, QString *error)
{
    const auto fail = [error] {
        if (error)
            *error = QCoreApplication::translate("crossma::YahooPublicKey",
                                                 "The request signature could not be made with "
                                                 "this public key. Paste the public key again.");
        pki::clearErrors();
        return QByteArray();
    };
    const PublicKeyResult parsed = parse(QString::fromLatin1(publicKeyPem));
    if (parsed.error == Error::LibraryMissing) {
        if (error)
            *error = parsed.message;
        return {};
    }
    if (!parsed.ok() || storeAccount.isEmpty())
        return fail();
    std::unique_ptr<BIO, BioFree> bio(
        crypto().BIO_new_mem_buf(parsed.pem.constData(), int(parsed.pem.size())));
    pki::PKey key(bio ? crypto().PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return fail();
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(
        crypto().EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    const QByteArray plain = storeAccount.toUtf8() + ':' + QByteArray::number(unixSeconds);
    size_t size = 0;
    if (!ctx || crypto().EVP_PKEY_encrypt_init(ctx.get()) != 1
        || crypto().EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1
        || crypto().EVP_PKEY_encrypt(ctx.get(), nullptr, &size,
                                     reinterpret_cast<const unsigned char *>(plain.constData()),
                                     size_t(plain.size()))
               != 1)
        return fail();
    QByteArray out(int(size), '\0');
    if (crypto().EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size,
                                  reinterpret_cast<const unsigned char *>(plain.constData()),
                                  size_t(plain.size()))
        != 1)
        return fail();
    out.truncate(int(size));
    if (error)
        error->clear();
    return out.toBase64();
}

}  // namespace crossma::yahoo::YahooPublicKey
