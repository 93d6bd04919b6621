#pragma once

// Key material and ZIPs made at test time: RSA/EC keys, self-signed or
// CA-signed certificates with chosen names and dates, every encoding a seller
// may meet, and ZIP archives built in memory with libzip (raw CP932 names,
// encrypted entries, nested archives, bombs). Nothing here touches the disk.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct x509_st X509;

namespace crossma::testpki {

class Key
{
public:
    static Key rsa(int bits = 2048);
    static Key ec();  // P-256
    // One of a few RSA 2048 keys generated once per run (generation is slow).
    static Key sharedRsa(int slot = 0);

    EVP_PKEY *get() const { return m_key.get(); }
    bool isNull() const { return !m_key; }

    QByteArray pkcs8Pem() const;        // "PRIVATE KEY"
    QByteArray traditionalPem() const;  // "RSA PRIVATE KEY" (PKCS#1) or "EC PRIVATE KEY"
    QByteArray pkcs8Der() const;
    QByteArray encryptedPkcs8Pem(const QByteArray &password) const;  // "ENCRYPTED PRIVATE KEY"
    QByteArray encryptedTraditionalPem(const QByteArray &password) const;  // Proc-Type: 4,ENCRYPTED
    QByteArray publicKeyPem() const;  // "PUBLIC KEY" (SubjectPublicKeyInfo)
    QByteArray publicKeyDer() const;
    QByteArray rsaPublicKeyPem() const;  // "RSA PUBLIC KEY" (PKCS#1)
    // RSA PKCS#1 v1.5 decryption with this private key; empty on failure.
    QByteArray decrypt(const QByteArray &cipherText) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

struct CertificateSpec {
    QString commonName;
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(365);
    long serial = 1;
};

class Certificate
{
public:
    static Certificate selfSigned(const Key &key, const CertificateSpec &spec);
    static Certificate issued(const Key &subjectKey, const CertificateSpec &spec,
                              const Certificate &issuer, const Key &issuerKey);

    X509 *get() const { return m_cert.get(); }
    QByteArray pem() const;
    QByteArray der() const;

private:
    std::shared_ptr<X509> m_cert;
};

// One entry of a ZIP built in memory.
struct ZipEntry {
    QByteArray name;  // UTF-8 (bit 11 set when non-ASCII), or raw bytes when rawName
    QByteArray data;
    bool rawName = false;  // store `name` bytes as they are, without the UTF-8 flag (CP932)
    bool directory = false;
    bool stored = false;    // no compression
    QByteArray password{};  // non-empty: WinZip AES-256 via zip_file_set_encryption
};

QByteArray buildZip(const QList<ZipEntry> &entries);

// CP932 bytes of `text`, as Japanese Windows writes file names.
QByteArray cp932(const QString &text);
// LF → CRLF.
QByteArray crlf(const QByteArray &text);

// Sets general purpose bit 0 (traditional PKWARE encryption) on every entry,
// as password-protected ZIPs from Windows tools have it.
QByteArray withTraditionalEncryptionFlag(QByteArray zip);
// General purpose bit 11 of the central directory entry named `rawName`; -1 if absent.
int utf8Flag(const QByteArray &zip, const QByteArray &rawName);

// What Store Creator Pro's download holds: SHP-<store>.crt and <store>.key,
// signed by a test CA, optionally inside `folder` ("" for the top level).
struct YahooCertificateDownload {
    Key key;
    Certificate certificate;
    QByteArray certificatePem;
    QByteArray keyPem;
    QByteArray zip;
};
YahooCertificateDownload yahooCertificateZip(
    const QString &storeAccount, const QByteArray &folder = QByteArray(),
    const QDateTime &notBefore = QDateTime::currentDateTimeUtc().addDays(-1),
    const QDateTime &notAfter = QDateTime::currentDateTimeUtc().addDays(365));

}  // namespace crossma::testpki
