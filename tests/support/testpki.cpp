#include "testpki.h"

#include <QMutex>
#include <QStringEncoder>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <zip.h>

#include <cstdio>
#include <stdexcept>

namespace crossma::testpki {

namespace {

struct BioFree {
    void operator()(BIO *b) const { BIO_free(b); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
struct CtxFree {
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};

[[noreturn]] void fail(const char *what)
{
    ERR_print_errors_fp(stderr);
    throw std::runtime_error(what);
}

Bio memBio()
{
    return Bio(BIO_new(BIO_s_mem()));
}

QByteArray contents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

QByteArray pemWrap(const char *label, const QByteArray &der)
{
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (int i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END " + label + "-----\n";
}

void setTime(ASN1_TIME *field, const QDateTime &when)
{
    if (!ASN1_TIME_set(field, time_t(when.toSecsSinceEpoch())))
        fail("ASN1_TIME_set");
}

void addEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(utf8.constData()), -1, -1, 0);
}

X509 *newCertificate(const Key &key, const CertificateSpec &spec)
{
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), spec.serial);
    setTime(X509_getm_notBefore(x), spec.notBefore);
    setTime(X509_getm_notAfter(x), spec.notAfter);
    X509_set_pubkey(x, key.get());
    X509_NAME *name = X509_get_subject_name(x);
    addEntry(name, "C", QStringLiteral("JP"));
    addEntry(name, "O", QStringLiteral("Test Yahoo Japan"));
    addEntry(name, "CN", spec.commonName);
    return x;
}

// Central directory walk, enough for the test helpers below.
template <typename Visit> void forEachCentralEntry(QByteArray &zip, Visit visit)
{
    const int eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > zip.size())
        return;
    auto u16 = [&](int at) { return int(uchar(zip[at])) | int(uchar(zip[at + 1])) << 8; };
    auto u32 = [&](int at) { return quint32(u16(at)) | quint32(u16(at + 2)) << 16; };
    const int count = u16(eocd + 10);
    int at = int(u32(eocd + 16));
    for (int i = 0; i < count && at + 46 <= zip.size(); ++i) {
        const int nameLength = u16(at + 28);
        const int next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
        visit(at, int(u32(at + 42)), zip.mid(at + 46, nameLength));
        at = next;
    }
}

}  // namespace

Key Key::rsa(int bits)
{
    Key k;
    k.m_key.reset(EVP_RSA_gen(unsigned(bits)), EVP_PKEY_free);
    if (!k.m_key)
        fail("EVP_RSA_gen");
    return k;
}

Key Key::ec()
{
    Key k;
    k.m_key.reset(EVP_EC_gen("P-256"), EVP_PKEY_free);
    if (!k.m_key)
        fail("EVP_EC_gen");
    return k;
}

Key Key::sharedRsa(int slot)
{
    static QMutex mutex;
    static Key keys[4];
    QMutexLocker lock(&mutex);
    Key &k = keys[slot % 4];
    if (k.isNull())
        k = rsa(2048);
    return k;
}

QByteArray Key::pkcs8Pem() const
{
    Bio bio = memBio();
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        fail("PEM_write_bio_PKCS8PrivateKey");
    return contents(bio.get());
}

QByteArray Key::traditionalPem() const
{
    Bio bio = memBio();
    if (PEM_write_bio_PrivateKey_traditional(bio.get(), get(), nullptr, nullptr, 0, nullptr, nullptr)
        != 1)
        fail("PEM_write_bio_PrivateKey_traditional");
    return contents(bio.get());
}

QByteArray Key::pkcs8Der() const
{
    Bio bio = memBio();
    if (i2d_PKCS8PrivateKey_bio(bio.get(), get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        fail("i2d_PKCS8PrivateKey_bio");
    return contents(bio.get());
}

QByteArray Key::encryptedPkcs8Pem(const QByteArray &password) const
{
    Bio bio = memBio();
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), get(), EVP_aes_256_cbc(), password.constData(),
                                      int(password.size()), nullptr, nullptr)
        != 1)
        fail("PEM_write_bio_PKCS8PrivateKey (encrypted)");
    return contents(bio.get());
}

QByteArray Key::encryptedTraditionalPem(const QByteArray &password) const
{
    Bio bio = memBio();
    QByteArray pass = password;
    if (PEM_write_bio_PrivateKey_traditional(bio.get(), get(), EVP_aes_128_cbc(),
                                             reinterpret_cast<unsigned char *>(pass.data()),
                                             int(pass.size()), nullptr, nullptr)
        != 1)
        fail("PEM_write_bio_PrivateKey_traditional (encrypted)");
    return contents(bio.get());
}

QByteArray Key::publicKeyPem() const
{
    Bio bio = memBio();
    if (PEM_write_bio_PUBKEY(bio.get(), get()) != 1)
        fail("PEM_write_bio_PUBKEY");
    return contents(bio.get());
}

QByteArray Key::publicKeyDer() const
{
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(get(), &der);
    if (size <= 0)
        fail("i2d_PUBKEY");
    const QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

QByteArray Key::rsaPublicKeyPem() const
{
    unsigned char *der = nullptr;
    const int size = i2d_PublicKey(get(), &der);  // PKCS#1 RSAPublicKey for RSA keys
    if (size <= 0)
        fail("i2d_PublicKey");
    const QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return pemWrap("RSA PUBLIC KEY", out);
}

QByteArray Key::decrypt(const QByteArray &cipherText) const
{
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, get(), nullptr));
    size_t size = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(cipherText.constData());
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1
        || EVP_PKEY_decrypt(ctx.get(), nullptr, &size, in, size_t(cipherText.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    QByteArray out(int(size), '\0');
    if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size, in,
                         size_t(cipherText.size()))
        != 1) {
        ERR_clear_error();
        return {};
    }
    out.truncate(int(size));
    return out;
}

Certificate Certificate::selfSigned(const Key &key, const CertificateSpec &spec)
{
    X509 *x = newCertificate(key, spec);
    X509_set_issuer_name(x, X509_get_subject_name(x));
    if (X509_sign(x, key.get(), EVP_sha256()) <= 0)
        fail("X509_sign");
    Certificate c;
    c.m_cert.reset(x, X509_free);
    return c;
}

Certificate Certificate::issued(const Key &subjectKey, const CertificateSpec &spec,
                                const Certificate &issuer, const Key &issuerKey)
{
    X509 *x = newCertificate(subjectKey, spec);
    X509_set_issuer_name(x, X509_get_subject_name(issuer.get()));
    if (X509_sign(x, issuerKey.get(), EVP_sha256()) <= 0)
        fail("X509_sign");
    Certificate c;
    c.m_cert.reset(x, X509_free);
    return c;
}

QByteArray Certificate::pem() const
{
    Bio bio = memBio();
    if (PEM_write_bio_X509(bio.get(), get()) != 1)
        fail("PEM_write_bio_X509");
    return contents(bio.get());
}

QByteArray Certificate::der() const
{
    unsigned char *der = nullptr;
    const int size = i2d_X509(get(), &der);
    if (size <= 0)
        fail("i2d_X509");
    const QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

QByteArray buildZip(const QList<ZipEntry> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *za = target ? zip_open_from_source(target, ZIP_TRUNCATE, &error) : nullptr;
    if (!za)
        fail("zip_open_from_source");
    zip_source_keep(target);  // read the result back after zip_close
    // libzip refuses valid UTF-8 as a "CP437" name; such names (macOS style) are
    // written flagged and the flag is cleared afterwards.
    QList<QByteArray> unflagUtf8;
    for (const ZipEntry &e : entries) {
        const bool validUtf8 = QString::fromUtf8(e.name).toUtf8() == e.name;
        if (e.rawName && validUtf8)
            unflagUtf8.append(e.name);
        const zip_flags_t nameFlags = e.rawName && !validUtf8 ? ZIP_FL_ENC_CP437 : ZIP_FL_ENC_UTF_8;
        zip_int64_t index = -1;
        if (e.directory) {
            index = zip_dir_add(za, e.name.constData(), nameFlags);
        } else {
            zip_source_t *source = zip_source_buffer(za, e.data.constData(),
                                                     zip_uint64_t(e.data.size()), 0);
            index = source
                        ? zip_file_add(za, e.name.constData(), source, nameFlags | ZIP_FL_OVERWRITE)
                        : -1;
            if (index < 0)
                zip_source_free(source);
        }
        if (index < 0) {
            fprintf(stderr, "zip_file_add(%s): %s\n", e.name.constData(), zip_strerror(za));
            fail("zip_file_add");
        }
        if (!e.directory)
            zip_set_file_compression(za, zip_uint64_t(index),
                                     e.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
        if (!e.password.isEmpty()
            && zip_file_set_encryption(za, zip_uint64_t(index), ZIP_EM_AES_256, e.password.constData())
                   != 0)
            fail("zip_file_set_encryption");
    }
    if (zip_close(za) != 0)
        fail("zip_close");
    QByteArray out;
    zip_stat_t st;
    if (zip_source_stat(target, &st) == 0 && zip_source_open(target) == 0) {
        out.resize(int(st.size));
        const zip_int64_t n = zip_source_read(target, out.data(), st.size);
        out.truncate(n < 0 ? 0 : int(n));
        zip_source_close(target);
    }
    zip_source_free(target);
    if (out.isEmpty())
        fail("reading the built ZIP");
    forEachCentralEntry(out, [&out, &unflagUtf8](int central, int local, const QByteArray &name) {
        if (!unflagUtf8.contains(name))
            return;
        out[central + 9] = char(out[central + 9] & ~0x08);
        if (local + 8 <= out.size() && out.mid(local, 4) == QByteArray("PK\x03\x04", 4))
            out[local + 7] = char(out[local + 7] & ~0x08);
    });
    return out;
}

QByteArray cp932(const QString &text)
{
    QStringEncoder encoder("CP932");
    return encoder.encode(text);
}

QByteArray crlf(const QByteArray &text)
{
    QByteArray out = text;
    out.replace("\r\n", "\n");
    out.replace("\n", "\r\n");
    return out;
}

QByteArray withTraditionalEncryptionFlag(QByteArray zip)
{
    forEachCentralEntry(zip, [&zip](int central, int local, const QByteArray &) {
        zip[central + 8] = char(zip[central + 8] | 0x01);
        if (local + 8 <= zip.size() && zip.mid(local, 4) == QByteArray("PK\x03\x04", 4))
            zip[local + 6] = char(zip[local + 6] | 0x01);
    });
    return zip;
}

int utf8Flag(const QByteArray &zip, const QByteArray &rawName)
{
    QByteArray copy = zip;
    int flag = -1;
    forEachCentralEntry(copy, [&](int central, int, const QByteArray &name) {
        if (name == rawName)
            flag = (uchar(copy[central + 9]) & 0x08) ? 1 : 0;  // bit 11 = bit 3 of the high byte
    });
    return flag;
}

YahooCertificateDownload yahooCertificateZip(const QString &storeAccount, const QByteArray &folder,
                                             const QDateTime &notBefore, const QDateTime &notAfter)
{
    static const Key caKey = Key::sharedRsa(3);
    static const Certificate ca = Certificate::selfSigned(
        caKey, {QStringLiteral("Test Yahoo API CA"), QDateTime::currentDateTimeUtc().addYears(-5),
                QDateTime::currentDateTimeUtc().addYears(5), 1});
    YahooCertificateDownload d;
    d.key = Key::sharedRsa(0);
    d.certificate = Certificate::issued(d.key, {storeAccount, notBefore, notAfter, 4242}, ca, caKey);
    d.certificatePem = d.certificate.pem();
    d.keyPem = d.key.traditionalPem();
    d.zip = buildZip({
        {folder + "SHP-" + storeAccount.toUtf8() + ".crt", d.certificatePem},
        {folder + storeAccount.toUtf8() + ".key", d.keyPem},
    });
    return d;
}

}  // namespace crossma::testpki
