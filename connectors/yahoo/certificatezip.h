#pragma once

// Reads Yahoo!ショッピング's API certificate ZIP (SHP-<store>.crt + <store>.key)
// in memory: no temporary file, no unzip tool. Checks that both files are
// there, that their names match the store account, that the key belongs to
// the certificate and that the certificate is within its dates.

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <functional>

namespace crossma::yahoo {

// Bounds that keep a hostile or broken archive from exhausting memory. A real
// certificate ZIP holds 2 small files (a few KB).
struct CertificateZipLimits {
    qint64 maxArchiveBytes = 4 * 1024 * 1024;  // the ZIP file itself
    int maxEntries = 64;
    qint64 maxTotalUncompressed = 1024 * 1024;  // declared sizes, and bytes actually read
    qint64 maxEntryBytes = 64 * 1024;           // one certificate or key
    int maxRatio = 100;                         // uncompressed / compressed, for entries > 16 KiB
};

struct CertificateZipOptions {
    QString storeAccount;  // as typed (any case); empty: taken from the certificate's file name
    QDateTime now;         // invalid: the current time (tests inject a fixed one)
    CertificateZipLimits limits;
};

enum class CertificateZipError {
    None,
    FileUnreadable,     // the path could not be opened
    NotZip,             // not a ZIP, or damaged
    PasswordProtected,  // encrypted entries
    NestedZip,          // a ZIP inside the ZIP: `detail` names it
    FilesMissing,       // `missing` names what is absent
    Ambiguous,          // two certificates or two keys: `candidates`
    StoreMismatch,      // the files are for another store account: `detail`
    TooLarge,           // oversize or bomb-like
    CertificateUnreadable,
    KeyUnreadable,
    KeyEncrypted,  // password-protected PEM
    KeyMismatch,   // X509_check_private_key failed
    NotYetValid,
    Expired,
    Cancelled,
    LibraryMissing,  // libzip or OpenSSL would not load: `detail` names it
};

struct CertificateZipResult {
    CertificateZipError error = CertificateZipError::None;
    QString code;            // stable machine code, e.g. "ZIP_NESTED", "CERT_EXPIRED"
    QString message;         // translated: what happened and what to do
    QString detail;          // untranslated specifics: inner ZIP name, foreign store account…
    QStringList missing;     // file names expected but absent (FilesMissing)
    QStringList candidates;  // paths that compete (Ambiguous)

    QString storeAccount;     // lower case, from the file names
    QString certificatePath;  // path inside the ZIP, decoded
    QString keyPath;
    QString subject;  // RFC 2253
    QString issuer;
    QString serialNumber;  // hex
    QDateTime notBefore;   // UTC
    QDateTime notAfter;    // UTC
    QString keyType;       // "RSA 2048"
    QByteArray certificatePem;
    QByteArray privateKeyPem;  // SECRET: PKCS#8 PEM, only in memory; wiped by the last owner

    bool ok() const { return error == CertificateZipError::None; }
    int daysLeft(const QDateTime &now = {}) const;

    CertificateZipResult() = default;
    CertificateZipResult(const CertificateZipResult &) = default;
    CertificateZipResult(CertificateZipResult &&) = default;
    CertificateZipResult &operator=(const CertificateZipResult &) = default;
    CertificateZipResult &operator=(CertificateZipResult &&) = default;
    ~CertificateZipResult();
};

using CancelCheck = std::function<bool()>;

// The synchronous core (tests, fuzzing, the worker thread). `zip` is the whole file.
CertificateZipResult readCertificateZip(const QByteArray &zip, const CertificateZipOptions &options,
                                        const CancelCheck &cancelled = {});

// For the UI: reads the file and the archive on a pool thread. future.cancel()
// stops the work at its next stage; a cancelled future carries no result.
// The file's bytes are wiped from memory when done.
QFuture<CertificateZipResult> readCertificateZipFileAsync(const QString &path,
                                                          const CertificateZipOptions &options);
QFuture<CertificateZipResult> readCertificateZipAsync(const QByteArray &zip,
                                                      const CertificateZipOptions &options);

// A failed result with its code and message filled in; `detail` as in the struct.
CertificateZipResult certificateZipFailure(CertificateZipError error, const QString &detail = {});

// The stable machine code of `error` ("OK" for None).
QString certificateZipCode(CertificateZipError error);

}  // namespace crossma::yahoo
