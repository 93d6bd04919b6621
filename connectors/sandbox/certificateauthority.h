#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <future>
#include <memory>

namespace crossma::sandbox {

// A throw-away certificate authority made at run time with OpenSSL 3, so no
// key or certificate is ever checked in. Copies share the same CA.
class CertificateAuthority
{
public:
    struct Issued {
        QSslCertificate certificate;
        QSslKey key;
        QByteArray certificatePem;
        QByteArray keyPem;  // PKCS#8, unencrypted
    };

    // An EC P-256 CA valid from yesterday for ten years. isValid() is false if
    // OpenSSL failed (it should not).
    static CertificateAuthority create(const QString &commonName);
    // A CA made elsewhere, returned at once: every call below that needs it
    // waits for `made` (--sandbox opens its window meanwhile). Copies share
    // the one being made.
    static CertificateAuthority createLater(std::shared_future<CertificateAuthority> made);
    // create() on a thread of its own, as createLater().
    static CertificateAuthority createInBackground(const QString &commonName);

    bool isValid() const;  // waits for a CA being made
    // create() failed. Never waits: false for a CA made later, whose failure
    // shows when it is used.
    bool hasFailed() const;
    // Made on each call: the first QSslCertificate of a process starts Qt's
    // TLS back end (loading libssl, ~5 ms), which making a CA must not pay
    // on the thread that opens the window. certificatePem() needs no back end.
    QSslCertificate certificate() const;
    QByteArray certificatePem() const;
    // The same, asked for now and read when needed: a CA being made is
    // waited for by the first get(), on that caller's thread.
    std::shared_future<QByteArray> certificatePemWhenMade() const;

    // A TLS server leaf (EC P-256) whose subjectAltName lists each entry as an
    // IP address when it parses as one, else as a DNS name.
    Issued issueServer(const QStringList &dnsNamesAndIps, int validDays = 30) const;

    // A TLS client certificate (EC P-256) with exactly these validity dates,
    // past or future, for expiry tests.
    Issued issueClient(const QString &commonName, const QDateTime &notBefore,
                       const QDateTime &notAfter) const;

    // The same with an RSA key of `bits`, the kind of key pair Yahoo! issues.
    Issued issueClientRsa(const QString &commonName, const QDateTime &notBefore,
                          const QDateTime &notAfter, int bits = 2048) const;

    struct Private;

private:
    const Private *made() const;  // waits for m_pending; null when OpenSSL failed

    std::shared_ptr<const Private> d;
    std::shared_future<std::shared_ptr<const Private>> m_pending;  // createLater()
};

// For a job on a pool thread that used OpenSSL (directly or through Qt's TLS
// classes): frees the thread's OpenSSL state (error queue, random generators)
// now. The thread outlives the job, at exit possibly past OpenSSL's own
// clean-up, and the state would then be lost (LeakSanitizer saw it).
void releaseThreadOpenSslState();

}  // namespace crossma::sandbox
