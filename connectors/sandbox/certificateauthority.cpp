#include "certificateauthority.h"

#include "core/cryptolibrary.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace crossma::sandbox {

namespace {
struct PkeyFree {
    void operator()(EVP_PKEY *p) const { crypto().EVP_PKEY_free(p); }
};
struct X509Free {
    void operator()(X509 *p) const { crypto().X509_free(p); }
};
struct BioFree {
    void operator()(BIO *p) const { crypto().BIO_free(p); }
};
struct BnFree {
    void operator()(BIGNUM *p) const { crypto().BN_free(p); }
};
struct ExtFree {
    void operator()(X509_EXTENSION *p) const { crypto().X509_EXTENSION_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

PkeyPtr newEcKey()
{
    return PkeyPtr(crypto().newEcKey("P-256"));
}

PkeyPtr newRsaKey(int bits)
{
    return PkeyPtr(crypto().newRsaKey(static_cast<unsigned int>(bits)));
}

QByteArray certificateToPem(X509 *cert)
{
    BioPtr bio(crypto().BIO_new(crypto().BIO_s_mem()));
    if (!bio || crypto().PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return crypto().memoryBioContents(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(crypto().BIO_new(crypto().BIO_s_mem()));
    if (!bio
        || crypto().PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
               != 1)
        return {};
    return crypto().memoryBioContents(bio.get());
}

bool setName(X509_NAME *name, const QString &commonName)
{
    const QByteArray cn = commonName.toUtf8();
    return crypto().X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
               int(cn.size()), -1, 0)
           == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    crypto().X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, ExtFree> ext(
        crypto().X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && crypto().X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setRandomSerial(X509 *cert)
{
    std::unique_ptr<BIGNUM, BnFree> bn(crypto().BN_new());
    // 127 bits: positive, unique enough that no two certificates ever collide.
    if (!bn || crypto().BN_rand(bn.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
        return false;
    return crypto().BN_to_ASN1_INTEGER(bn.get(), crypto().X509_get_serialNumber(cert)) != nullptr;
}

// An unsigned certificate for `key`, issued by `issuerCert` (self-issued when null).
X509Ptr makeCertificate(EVP_PKEY *key, const QString &commonName, qint64 notBefore, qint64 notAfter,
                        X509 *issuerCert)
{
    X509Ptr cert(crypto().X509_new());
    if (!cert || crypto().X509_set_version(cert.get(), X509_VERSION_3) != 1
        || !setRandomSerial(cert.get())
        || !crypto().ASN1_TIME_set(crypto().X509_getm_notBefore(cert.get()), time_t(notBefore))
        || !crypto().ASN1_TIME_set(crypto().X509_getm_notAfter(cert.get()), time_t(notAfter))
        || crypto().X509_set_pubkey(cert.get(), key) != 1
        || !setName(crypto().X509_get_subject_name(cert.get()), commonName))
        return {};
    X509_NAME *issuerName = issuerCert ? crypto().X509_get_subject_name(issuerCert)
                                       : crypto().X509_get_subject_name(cert.get());
    if (crypto().X509_set_issuer_name(cert.get(), issuerName) != 1)
        return {};
    return cert;
}

bool sign(X509 *cert, EVP_PKEY *issuerKey)
{
    return crypto().X509_sign(cert, issuerKey, crypto().EVP_sha256()) > 0;
}
}  // namespace

struct CertificateAuthority::Private {
    PkeyPtr key;
    X509Ptr cert;
    QByteArray pem;  // no QSslCertificate made here: see certificate()

    CertificateAuthority::Issued issue(EVP_PKEY *leafKey, const QString &commonName,
                                       qint64 notBefore, qint64 notAfter,
                                       const QList<QPair<int, QByteArray>> &extensions) const
    {
        X509Ptr leaf = makeCertificate(leafKey, commonName, notBefore, notAfter, cert.get());
        if (!leaf)
            return Issued();
        for (const auto &ext : extensions) {
            if (!addExtension(leaf.get(), cert.get(), ext.first, ext.second))
                return Issued();
        }
        if (!sign(leaf.get(), key.get()))
            return Issued();
        CertificateAuthority::Issued issued;
        issued.certificatePem = certificateToPem(leaf.get());
        issued.keyPem = keyToPem(leafKey);
        issued.certificate = QSslCertificate(issued.certificatePem, QSsl::Pem);
        const QSsl::KeyAlgorithm algorithm = crypto().EVP_PKEY_get_base_id(leafKey) == EVP_PKEY_RSA
                                                 ? QSsl::Rsa
                                                 : QSsl::Ec;
        issued.key = QSslKey(issued.keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        return issued;
    }
};

CertificateAuthority CertificateAuthority::create(const QString &commonName)
{
    CertificateAuthority ca;
    if (!cryptoLibrary())
        return ca;  // not valid: the sandbox says it could not make its certificates
    auto d = std::make_shared<Private>();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    d->key = newEcKey();
    if (d->key)
        d->cert = makeCertificate(d->key.get(), commonName, now - 86400, now + 3650LL * 86400,
                                  nullptr);
    if (!d->cert
        || !addExtension(d->cert.get(), d->cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(d->cert.get(), d->cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(d->cert.get(), d->cert.get(), NID_subject_key_identifier, "hash")
        || !sign(d->cert.get(), d->key.get()))
        return ca;
    d->pem = certificateToPem(d->cert.get());
    if (d->pem.isEmpty())
        return ca;
    ca.d = std::move(d);
    return ca;
}

CertificateAuthority CertificateAuthority::createLater(std::shared_future<CertificateAuthority> made)
{
    CertificateAuthority ca;
    // Deferred: runs once, on the first get(), which waits for `made`.
    ca.m_pending = std::async(std::launch::deferred, [made] { return made.get().d; }).share();
    return ca;
}

CertificateAuthority CertificateAuthority::createInBackground(const QString &commonName)
{
    return createLater(std::async(std::launch::async, &create, commonName).share());
}

const CertificateAuthority::Private *CertificateAuthority::made() const
{
    return m_pending.valid() ? m_pending.get().get() : d.get();
}

bool CertificateAuthority::isValid() const
{
    return made() != nullptr;
}

bool CertificateAuthority::hasFailed() const
{
    // A CA made later is not asked: its first get() may wait.
    return !m_pending.valid() && !d;
}

QSslCertificate CertificateAuthority::certificate() const
{
    const Private *ca = made();
    return ca ? QSslCertificate(ca->pem, QSsl::Pem) : QSslCertificate();
}

QByteArray CertificateAuthority::certificatePem() const
{
    const Private *ca = made();
    return ca ? ca->pem : QByteArray();
}

std::shared_future<QByteArray> CertificateAuthority::certificatePemWhenMade() const
{
    // Deferred: runs on the first get(), on the thread that needs the PEM.
    return std::async(std::launch::deferred, [ca = *this] { return ca.certificatePem(); }).share();
}

CertificateAuthority::Issued CertificateAuthority::issueServer(const QStringList &dnsNamesAndIps,
                                                               int validDays) const
{
    if (!isValid() || dnsNamesAndIps.isEmpty())
        return Issued();
    QStringList altNames;
    for (const QString &name : dnsNamesAndIps) {
        QHostAddress address;
        altNames << (address.setAddress(name) ? QStringLiteral("IP:") : QStringLiteral("DNS:"))
                        + name;
    }
    PkeyPtr key = newEcKey();
    if (!key)
        return Issued();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return made()->issue(key.get(), dnsNamesAndIps.first(), now - 3600,
                         now + qint64(validDays) * 86400,
                         {{NID_basic_constraints, "critical,CA:FALSE"},
                          {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
                          {NID_ext_key_usage, "serverAuth"},
                          {NID_subject_alt_name, altNames.join(QLatin1Char(',')).toUtf8()},
                          {NID_authority_key_identifier, "keyid:always"}});
}

namespace {
QList<QPair<int, QByteArray>> clientExtensions()
{
    return {{NID_basic_constraints, "critical,CA:FALSE"},
            {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
            {NID_ext_key_usage, "clientAuth"},
            {NID_authority_key_identifier, "keyid:always"}};
}
}  // namespace

CertificateAuthority::Issued CertificateAuthority::issueClient(const QString &commonName,
                                                               const QDateTime &notBefore,
                                                               const QDateTime &notAfter) const
{
    if (!isValid())
        return Issued();
    PkeyPtr key = newEcKey();
    if (!key)
        return Issued();
    return made()->issue(key.get(), commonName, notBefore.toSecsSinceEpoch(),
                         notAfter.toSecsSinceEpoch(), clientExtensions());
}

CertificateAuthority::Issued CertificateAuthority::issueClientRsa(const QString &commonName,
                                                                  const QDateTime &notBefore,
                                                                  const QDateTime &notAfter,
                                                                  int bits) const
{
    if (!isValid() || bits < 1024)
        return Issued();
    PkeyPtr key = newRsaKey(bits);
    if (!key)
        return Issued();
    return made()->issue(key.get(), commonName, notBefore.toSecsSinceEpoch(),
                         notAfter.toSecsSinceEpoch(), clientExtensions());
}

void releaseThreadOpenSslState()
{
    if (const CryptoLibrary *openSsl = cryptoLibrary())
        openSsl->OPENSSL_thread_stop();
}

}  // namespace crossma::sandbox
