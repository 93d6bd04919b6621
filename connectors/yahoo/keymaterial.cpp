#include "keymaterial.h"

#include "core/cryptolibrary.h"

#include "core/wipe.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace crossma::yahoo::pki {

namespace {

struct BioFree {
    void operator()(BIO *b) const { crypto().BIO_free(b); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

// A read-only BIO over `bytes` (no copy); `bytes` must outlive it.
Bio readBio(const QByteArray &bytes)
{
    return Bio(crypto().BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

// Called by OpenSSL only when the PEM is encrypted: note it and refuse, so
// that nothing ever prompts on a terminal.
int refusePassword(char *, int, int, void *userData)
{
    *static_cast<bool *>(userData) = true;
    return -1;
}

// Copy without CRs and a UTF-8 BOM: keys saved by Windows editors have both.
QByteArray withoutCrAndBom(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    int start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (int i = start; i < bytes.size(); ++i) {
        if (bytes.at(i) != '\r')
            out.append(bytes.at(i));
    }
    return out;
}

bool looksEncrypted(const QByteArray &pem)
{
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")
           || pem.contains("Proc-Type: 4,ENCRYPTED");
}

}  // namespace

void clearErrors()
{
    if (const CryptoLibrary *openSsl = cryptoLibrary())
        openSsl->ERR_clear_error();
}

void wipe(QByteArray &bytes)
{
    crossma::wipe(bytes);
}

Certificate readCertificate(const QByteArray &bytes)
{
    Certificate cert;
    if (bytes.contains("-----BEGIN")) {
        const QByteArray text = withoutCrAndBom(bytes);
        Bio bio = readBio(text);
        bool askedPassword = false;
        if (bio)
            cert.reset(crypto().PEM_read_bio_X509(bio.get(), nullptr, refusePassword, &askedPassword));
    } else {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(bytes.constData());
        cert.reset(crypto().d2i_X509(nullptr, &p, long(bytes.size())));
    }
    clearErrors();
    return cert;
}

PKey readPrivateKey(const QByteArray &bytes, KeyStatus *status)
{
    PKey key;
    bool askedPassword = false;
    if (bytes.contains("-----BEGIN")) {
        QByteArray text = withoutCrAndBom(bytes);
        {
            Bio bio = readBio(text);
            if (bio)
                key.reset(crypto().PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassword,
                                                           &askedPassword));
        }
        if (!key && looksEncrypted(text))
            askedPassword = true;
        wipe(text);
    } else {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(bytes.constData());
        key.reset(crypto().d2i_AutoPrivateKey(nullptr, &p, long(bytes.size())));
    }
    clearErrors();
    if (status)
        *status = key ? KeyStatus::Ok
                      : (askedPassword ? KeyStatus::Encrypted : KeyStatus::Unreadable);
    return key;
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    // BIO_s_secmem frees its buffer with OPENSSL_secure_clear_free.
    Bio bio(crypto().BIO_new(crypto().BIO_s_secmem()));
    if (!bio
        || crypto().PEM_write_bio_PKCS8PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
               != 1) {
        clearErrors();
        return {};
    }
    return crypto().memoryBioContents(bio.get());
}

QByteArray certificatePem(X509 *cert)
{
    Bio bio(crypto().BIO_new(crypto().BIO_s_mem()));
    if (!bio || crypto().PEM_write_bio_X509(bio.get(), cert) != 1) {
        clearErrors();
        return {};
    }
    return crypto().memoryBioContents(bio.get());
}

QString nameText(const X509_NAME *name)
{
    Bio bio(crypto().BIO_new(crypto().BIO_s_mem()));
    if (!bio || !name)
        return {};
    crypto().X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(crypto().memoryBioContents(bio.get()));
}

QString serialText(const X509 *cert)
{
    const ASN1_INTEGER *serial = crypto().X509_get0_serialNumber(cert);
    BIGNUM *bn = serial ? crypto().ASN1_INTEGER_to_BN(serial, nullptr) : nullptr;
    if (!bn)
        return {};
    char *hex = crypto().BN_bn2hex(bn);
    const QString text = hex ? QString::fromLatin1(hex) : QString();
    crypto().freeString(hex);
    crypto().BN_free(bn);
    return text;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || crypto().ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString keyDescription(const EVP_PKEY *key)
{
    if (!key)
        return {};
    const char *type = "";
    switch (crypto().EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        type = "RSA";
        break;
    case EVP_PKEY_EC:
        type = "EC";
        break;
    case EVP_PKEY_ED25519:
        type = "Ed25519";
        break;
    default:
        type = "?";
        break;
    }
    return QStringLiteral("%1 %2").arg(QLatin1String(type)).arg(crypto().EVP_PKEY_get_bits(key));
}

}  // namespace crossma::yahoo::pki
