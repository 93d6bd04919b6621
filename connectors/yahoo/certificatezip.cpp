#include "certificatezip.h"

#include "core/cryptolibrary.h"
#include "core/runtimelibrary.h"
#include "core/ziplibrary.h"

#include "core/sellertime.h"
#include "keymaterial.h"
#include "zipentrynames.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/x509.h>
#include <zip.h>

#include <memory>
#include <vector>

namespace crossma::yahoo {

namespace {

using Error = CertificateZipError;

struct Entry {
    zip_uint64_t index = 0;
    QString path;   // decoded, '/' separators
    QString store;  // lower-case store account read from the file name
};

struct ZipDiscard {
    void operator()(zip_t *z) const { libzip().zip_discard(z); }
};
struct ZipFileClose {
    void operator()(zip_file_t *f) const { libzip().zip_fclose(f); }
};

QString dateText(const QDateTime &utc)
{
    return sellerDateTime(utc);
}

QString quotedList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(QCoreApplication::translate("crossma::YahooCertificateZip", "\"%1\"").arg(item));
    return quoted.join(QCoreApplication::translate("crossma::YahooCertificateZip", ", "));
}

// The file itself: it cannot be opened, or it is not the ZIP file as downloaded.
QString fileMessage(const CertificateZipResult &r)
{
    switch (r.error) {
    case Error::LibraryMissing:
        return missingLibraryMessage(r.detail);
    case Error::FileUnreadable:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "The file \"%1\" cannot be opened. Check that it still "
                                           "exists and that you may read it, "
                                           "then choose it again.")
            .arg(r.detail);
    case Error::NotZip:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "This file is not a ZIP file, or it is damaged. Choose "
                                           "the API certificate ZIP file exactly "
                                           "as downloaded from Store Creator Pro (top page, "
                                           "重要なお知らせ), or download it again.");
    case Error::PasswordProtected:
        return QCoreApplication::translate(
            "crossma::YahooCertificateZip",
            "This ZIP file is protected by a password, so it cannot be read. Choose the ZIP file "
            "exactly "
            "as downloaded from Store Creator Pro, not a copy compressed again with a password.");
    case Error::NestedZip:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "This ZIP file contains another ZIP file, \"%1\". Take "
                                           "\"%1\" out of it and choose that "
                                           "inner ZIP file instead.")
            .arg(r.detail);
    case Error::TooLarge:
        return QCoreApplication::translate(
            "crossma::YahooCertificateZip",
            "This ZIP file is far larger than an API certificate (a few KB), so it was not opened. "
            "Choose "
            "the API certificate ZIP file downloaded from Store Creator Pro.");
    case Error::Cancelled:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "Reading the ZIP file was cancelled.");
    default:
        break;
    }
    return {};
}

// The ZIP file opened, but its files are not one store's certificate and key.
QString contentsMessage(const CertificateZipResult &r)
{
    switch (r.error) {
    case Error::FilesMissing: {
        QStringList names;
        for (const QString &name : r.missing)
            names.append(name.endsWith(QLatin1String(".crt"))
                             ? QCoreApplication::translate("crossma::YahooCertificateZip",
                                                           "the certificate \"%1\"")
                                   .arg(name)
                             : QCoreApplication::translate("crossma::YahooCertificateZip",
                                                           "the private key \"%1\"")
                                   .arg(name));
        const QString what = names.size() == 2 ? QCoreApplication::translate(
                                                     "crossma::YahooCertificateZip", "%1 and %2")
                                                     .arg(names.at(0), names.at(1))
                                               : names.value(0);
        return QCoreApplication::translate(
                   "crossma::YahooCertificateZip",
                   "The ZIP file does not contain %1. Choose the API certificate ZIP file "
                   "downloaded from "
                   "Store Creator Pro (top page, 重要なお知らせ), or download it again.")
            .arg(what);
    }
    case Error::Ambiguous:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "The ZIP file contains more than one certificate or "
                                           "private key (%1), so it is unclear which "
                                           "to use. Choose the ZIP file of your newest download, "
                                           "which holds exactly one of each.")
            .arg(quotedList(r.candidates));
    case Error::StoreMismatch:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "The files in the ZIP file are for the store account "
                                           "\"%1\", but you entered \"%2\". Check "
                                           "the store account (shown at the top right of Store "
                                           "Creator Pro), or choose the ZIP file of "
                                           "that store.")
            .arg(r.detail, r.storeAccount);
    default:
        break;
    }
    return {};
}

// The certificate and key were found, but they cannot be used as they are.
QString keyPairMessage(const CertificateZipResult &r)
{
    switch (r.error) {
    case Error::None:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "Read the certificate and private key of the store "
                                           "account \"%1\". Expiry date: %2.")
            .arg(r.storeAccount, dateText(r.notAfter));
    case Error::CertificateUnreadable:
        return QCoreApplication::translate(
                   "crossma::YahooCertificateZip",
                   "The certificate \"%1\" in the ZIP file cannot be read (it is neither a PEM nor "
                   "a DER "
                   "certificate). Download the API certificate again from Store Creator Pro.")
            .arg(r.certificatePath);
    case Error::KeyUnreadable:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "The private key \"%1\" in the ZIP file cannot be read. "
                                           "Download the API certificate again "
                                           "from Store Creator Pro.")
            .arg(r.keyPath);
    case Error::KeyEncrypted:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "The private key \"%1\" is protected by a password. The "
                                           "key is needed exactly as downloaded "
                                           "from Store Creator Pro, without a password: download "
                                           "the API certificate again.")
            .arg(r.keyPath);
    case Error::KeyMismatch:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "The private key \"%1\" does not belong to the "
                                           "certificate \"%2\". They probably come from "
                                           "different downloads: use the ZIP file of one download, "
                                           "or download the API certificate again.")
            .arg(r.keyPath, r.certificatePath);
    case Error::NotYetValid:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "This certificate is valid only from %1. Check the date "
                                           "and time of this computer, or wait "
                                           "until then.")
            .arg(dateText(r.notBefore));
    case Error::Expired:
        return QCoreApplication::translate("crossma::YahooCertificateZip",
                                           "This certificate expired on %1. Apply for a new API "
                                           "certificate in Store Creator Pro and "
                                           "choose its ZIP file.")
            .arg(dateText(r.notAfter));
    default:
        break;
    }
    return {};
}

QString messageFor(const CertificateZipResult &r)
{
    for (auto message : {fileMessage, contentsMessage, keyPairMessage}) {
        const QString text = message(r);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

CertificateZipResult finish(CertificateZipResult r, Error error)
{
    r.error = error;
    r.code = certificateZipCode(error);
    r.message = messageFor(r);
    if (error != Error::None) {
        pki::wipe(r.privateKeyPem);
        r.certificatePem.clear();
    }
    return r;
}

// Bit 11 is not exposed by libzip, but STRICT decodes names without it as
// CP437 while RAW returns the bytes: they differ exactly when a non-ASCII name
// lacks the flag.
QString entryPath(zip_t *za, zip_uint64_t index)
{
    const char *raw = libzip().zip_get_name(za, index, ZIP_FL_ENC_RAW);
    if (!raw)
        return {};
    const QByteArray rawName(raw);
    const char *strict = libzip().zip_get_name(za, index, ZIP_FL_ENC_STRICT);
    const bool utf8Flag = strict && rawName == QByteArray(strict);
    return ZipEntryNames::decode(rawName, utf8Flag);
}

enum class ReadStatus { Ok, TooLarge, Encrypted, Damaged };

// Reads one entry into a buffer reserved up front, so a lying header can
// neither grow it past the cap nor leave unwiped reallocations behind.
ReadStatus readEntry(zip_t *za, zip_uint64_t index, const CertificateZipLimits &limits,
                     qint64 *totalRead, QByteArray *out)
{
    std::unique_ptr<zip_file_t, ZipFileClose> file(libzip().zip_fopen_index(za, index, 0));
    if (!file) {
        const int code = libzip().zip_error_code_zip(libzip().zip_get_error(za));
        return (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
                   ? ReadStatus::Encrypted
                   : ReadStatus::Damaged;
    }
    out->clear();
    out->reserve(int(limits.maxEntryBytes));
    char chunk[4096];
    ReadStatus status = ReadStatus::Ok;
    for (;;) {
        const zip_int64_t n = libzip().zip_fread(file.get(), chunk, sizeof chunk);
        if (n < 0) {
            status = ReadStatus::Damaged;
            break;
        }
        if (n == 0)
            break;
        if (out->size() + n > limits.maxEntryBytes || *totalRead + n > limits.maxTotalUncompressed) {
            status = ReadStatus::TooLarge;
            break;
        }
        *totalRead += n;
        out->append(chunk, int(n));
    }
    crypto().OPENSSL_cleanse(chunk, sizeof chunk);
    if (status != ReadStatus::Ok)
        pki::wipe(*out);
    return status;
}

Error statusError(ReadStatus status)
{
    switch (status) {
    case ReadStatus::TooLarge:
        return Error::TooLarge;
    case ReadStatus::Encrypted:
        return Error::PasswordProtected;
    case ReadStatus::Damaged:
        return Error::NotZip;
    case ReadStatus::Ok:
        break;
    }
    return Error::None;
}

}  // namespace

CertificateZipResult::~CertificateZipResult()
{
    pki::wipe(privateKeyPem);
}

int CertificateZipResult::daysLeft(const QDateTime &now) const
{
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    return int(at.secsTo(notAfter) / 86400);
}

CertificateZipResult certificateZipFailure(CertificateZipError error, const QString &detail)
{
    CertificateZipResult r;
    r.detail = detail;
    return finish(std::move(r), error);
}

QString certificateZipCode(CertificateZipError error)
{
    switch (error) {
    case Error::None:
        return QStringLiteral("OK");
    case Error::FileUnreadable:
        return QStringLiteral("FILE_UNREADABLE");
    case Error::NotZip:
        return QStringLiteral("ZIP_INVALID");
    case Error::PasswordProtected:
        return QStringLiteral("ZIP_PASSWORD");
    case Error::NestedZip:
        return QStringLiteral("ZIP_NESTED");
    case Error::FilesMissing:
        return QStringLiteral("ZIP_FILES_MISSING");
    case Error::Ambiguous:
        return QStringLiteral("ZIP_AMBIGUOUS");
    case Error::StoreMismatch:
        return QStringLiteral("STORE_MISMATCH");
    case Error::TooLarge:
        return QStringLiteral("ZIP_TOO_LARGE");
    case Error::CertificateUnreadable:
        return QStringLiteral("CERT_UNREADABLE");
    case Error::KeyUnreadable:
        return QStringLiteral("KEY_UNREADABLE");
    case Error::KeyEncrypted:
        return QStringLiteral("KEY_ENCRYPTED");
    case Error::KeyMismatch:
        return QStringLiteral("CERT_KEY_MISMATCH");
    case Error::NotYetValid:
        return QStringLiteral("CERT_NOT_YET_VALID");
    case Error::Expired:
        return QStringLiteral("CERT_EXPIRED");
    case Error::Cancelled:
        return QStringLiteral("CANCELLED");
    case Error::LibraryMissing:
        return QStringLiteral("LIBRARY_MISSING");
    }
    return {};
}

namespace {

using ZipHandle = std::unique_ptr<zip_t, ZipDiscard>;

// The entries that matter, sorted by what their names say.
struct Entries {
    std::vector<Entry> certs, keys, innerZips;
};

// Opens the archive in memory; size limits first, so nothing huge is parsed.
Error openZip(const QByteArray &zip, const CertificateZipLimits &limits, ZipHandle *out)
{
    if (zip.size() > limits.maxArchiveBytes)
        return Error::TooLarge;
    // 22 bytes is the smallest ZIP (an end-of-central-directory record alone).
    if (zip.size() < 22)
        return Error::NotZip;
    zip_error_t zerr;
    libzip().zip_error_init(&zerr);
    zip_source_t *source = libzip().zip_source_buffer_create(zip.constData(),
                                                             zip_uint64_t(zip.size()), 0, &zerr);
    if (!source) {
        libzip().zip_error_fini(&zerr);
        return Error::NotZip;
    }
    out->reset(libzip().zip_open_from_source(source, ZIP_RDONLY, &zerr));
    libzip().zip_error_fini(&zerr);
    if (!*out) {
        libzip().zip_source_free(source);
        return Error::NotZip;
    }
    return Error::None;
}

// Declared sizes and ratios over the limits refuse the archive before any byte is read.
Error checkDeclaredSize(const zip_stat_t &st, const CertificateZipLimits &limits,
                        qint64 *declaredTotal, QString *detail)
{
    if ((st.valid & ZIP_STAT_SIZE) == 0)
        return Error::None;
    if (st.size > zip_uint64_t(limits.maxTotalUncompressed)
        || *declaredTotal + qint64(st.size) > limits.maxTotalUncompressed) {
        *detail = QStringLiteral("declared size over %1 bytes").arg(limits.maxTotalUncompressed);
        return Error::TooLarge;
    }
    *declaredTotal += qint64(st.size);
    if ((st.valid & ZIP_STAT_COMP_SIZE) != 0 && st.size > 16 * 1024
        && st.size > zip_uint64_t(limits.maxRatio) * st.comp_size) {
        *detail = QStringLiteral("compression ratio over %1").arg(limits.maxRatio);
        return Error::TooLarge;
    }
    return Error::None;
}

// Files a certificate (SHP-<store>.crt), a key (<store>.key) or an inner ZIP
// by name; folders and macOS metadata are skipped.
void classify(Entry entry, Entries *into)
{
    if (entry.path.isEmpty() || entry.path.endsWith(QLatin1Char('/'))
        || ZipEntryNames::isMacMetadata(entry.path))
        return;
    const QString name = ZipEntryNames::fileName(entry.path).toLower();
    if (name.endsWith(QLatin1String(".zip"))) {
        into->innerZips.push_back(entry);
    } else if (name.startsWith(QLatin1String("shp-")) && name.endsWith(QLatin1String(".crt"))
               && name.size() > 8) {
        entry.store = name.mid(4, name.size() - 8);
        into->certs.push_back(entry);
    } else if (name.endsWith(QLatin1String(".key")) && name.size() > 4) {
        entry.store = name.left(name.size() - 4);
        into->keys.push_back(entry);
    }
}

Error classifyEntries(zip_t *za, const CertificateZipLimits &limits, Entries *entries, QString *detail)
{
    const zip_int64_t count = libzip().zip_get_num_entries(za, 0);
    if (count < 0)
        return Error::NotZip;
    if (count > limits.maxEntries) {
        *detail = QStringLiteral("%1 entries").arg(count);
        return Error::TooLarge;
    }
    bool encrypted = false;
    qint64 declaredTotal = 0;
    for (zip_uint64_t i = 0; i < zip_uint64_t(count); ++i) {
        zip_stat_t st;
        libzip().zip_stat_init(&st);
        if (libzip().zip_stat_index(za, i, ZIP_FL_ENC_RAW, &st) != 0)
            return Error::NotZip;
        if (const Error tooLarge = checkDeclaredSize(st, limits, &declaredTotal, detail);
            tooLarge != Error::None)
            return tooLarge;
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method != ZIP_EM_NONE)
            encrypted = true;
        Entry entry;
        entry.index = i;
        entry.path = entryPath(za, i);
        classify(entry, entries);
    }
    return encrypted ? Error::PasswordProtected : Error::None;
}

std::vector<Entry> ofStore(const std::vector<Entry> &entries, const QString &store)
{
    std::vector<Entry> mine;
    for (const Entry &e : entries) {
        if (e.store == store)
            mine.push_back(e);
    }
    return mine;
}

// Why the store's pair is incomplete: a nested ZIP, another store's files, or missing names.
Error explainMissing(const Entries &all, const std::vector<Entry> &myCerts,
                     const std::vector<Entry> &myKeys, CertificateZipResult *r)
{
    if (!all.innerZips.empty()) {
        r->detail = ZipEntryNames::fileName(all.innerZips.front().path);
        return Error::NestedZip;
    }
    const Entry *foreign = myCerts.empty() && !all.certs.empty()
                               ? &all.certs.front()
                               : (myKeys.empty() && !all.keys.empty() ? &all.keys.front() : nullptr);
    if (foreign && !r->storeAccount.isEmpty()) {
        r->detail = foreign->store;
        return Error::StoreMismatch;
    }
    const QString account = r->storeAccount.isEmpty() ? QCoreApplication::translate(
                                "crossma::YahooCertificateZip", "<store account>")
                                                      : r->storeAccount;
    if (myCerts.empty())
        r->missing.append(QStringLiteral("SHP-%1.crt").arg(account));
    if (myKeys.empty())
        r->missing.append(QStringLiteral("%1.key").arg(account));
    return Error::FilesMissing;
}

// The one certificate and the one key of the store account (taken from the
// certificate's file name when none was typed).
Error pickPair(const Entries &all, CertificateZipResult *r, Entry *cert, Entry *key)
{
    if (r->storeAccount.isEmpty()) {
        if (!all.certs.empty())
            r->storeAccount = all.certs.front().store;
        else if (all.keys.size() == 1)
            r->storeAccount = all.keys.front().store;
        for (const Entry &c : all.certs) {
            if (c.store != r->storeAccount) {
                for (const Entry &e : all.certs)
                    r->candidates.append(e.path);
                return Error::Ambiguous;
            }
        }
    }
    const std::vector<Entry> myCerts = ofStore(all.certs, r->storeAccount);
    const std::vector<Entry> myKeys = ofStore(all.keys, r->storeAccount);
    if (myCerts.size() > 1 || myKeys.size() > 1) {
        for (const auto *list : {&myCerts, &myKeys}) {
            if (list->size() > 1) {
                for (const Entry &e : *list)
                    r->candidates.append(e.path);
            }
        }
        return Error::Ambiguous;
    }
    if (myCerts.empty() || myKeys.empty())
        return explainMissing(all, myCerts, myKeys, r);
    *cert = myCerts.front();
    *key = myKeys.front();
    r->certificatePath = cert->path;
    r->keyPath = key->path;
    return Error::None;
}

Error readPair(zip_t *za, const Entry &cert, const Entry &key, const CertificateZipLimits &limits,
               QByteArray *certBytes, QByteArray *keyBytes)
{
    qint64 totalRead = 0;
    ReadStatus status = readEntry(za, cert.index, limits, &totalRead, certBytes);
    if (status == ReadStatus::Ok)
        status = readEntry(za, key.index, limits, &totalRead, keyBytes);
    return statusError(status);
}

// The certificate and key must be readable, belong together and be valid now.
Error validatePair(const QByteArray &certBytes, QByteArray keyBytes, const QDateTime &now,
                   CertificateZipResult *r, pki::PKey *keyOut, pki::Certificate *certOut)
{
    pki::Certificate cert = pki::readCertificate(certBytes);
    pki::KeyStatus keyStatus = pki::KeyStatus::Unreadable;
    pki::PKey key = pki::readPrivateKey(keyBytes, &keyStatus);
    pki::wipe(keyBytes);
    if (!cert)
        return Error::CertificateUnreadable;
    if (keyStatus == pki::KeyStatus::Encrypted)
        return Error::KeyEncrypted;
    if (!key)
        return Error::KeyUnreadable;

    r->subject = pki::nameText(crypto().X509_get_subject_name(cert.get()));
    r->issuer = pki::nameText(crypto().X509_get_issuer_name(cert.get()));
    r->serialNumber = pki::serialText(cert.get());
    r->notBefore = pki::toDateTime(crypto().X509_get0_notBefore(cert.get()));
    r->notAfter = pki::toDateTime(crypto().X509_get0_notAfter(cert.get()));
    r->keyType = pki::keyDescription(key.get());

    const int matches = crypto().X509_check_private_key(cert.get(), key.get());
    pki::clearErrors();
    if (matches != 1)
        return Error::KeyMismatch;
    if (!r->notBefore.isValid() || now < r->notBefore)
        return Error::NotYetValid;
    if (!r->notAfter.isValid() || now > r->notAfter)
        return Error::Expired;
    *keyOut = std::move(key);
    *certOut = std::move(cert);
    return Error::None;
}

}  // namespace

CertificateZipResult readCertificateZip(const QByteArray &zip, const CertificateZipOptions &options,
                                        const CancelCheck &cancelled)
{
    const CertificateZipLimits &limits = options.limits;
    const auto isCancelled = [&] { return cancelled && cancelled(); };
    CertificateZipResult r;
    // Full-width letters typed with a Japanese IME still name the same store.
    r.storeAccount = options.storeAccount.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    if (isCancelled())
        return finish(r, Error::Cancelled);
    // Loaded here, on the reading thread, the first time a ZIP is read.
    if (!zipLibrary() || !cryptoLibrary()) {
        r.detail = zipLibrary() ? QStringLiteral("OpenSSL 3") : QStringLiteral("libzip");
        return finish(r, Error::LibraryMissing);
    }

    ZipHandle za;
    Entries entries;
    Entry certEntry, keyEntry;
    if (Error e = openZip(zip, limits, &za); e != Error::None)
        return finish(r, e);
    if (Error e = classifyEntries(za.get(), limits, &entries, &r.detail); e != Error::None)
        return finish(r, e);
    if (Error e = pickPair(entries, &r, &certEntry, &keyEntry); e != Error::None)
        return finish(r, e);
    if (isCancelled())
        return finish(r, Error::Cancelled);

    QByteArray certBytes, keyBytes;
    if (Error e = readPair(za.get(), certEntry, keyEntry, limits, &certBytes, &keyBytes);
        e != Error::None) {
        pki::wipe(keyBytes);
        return finish(r, e);
    }
    const QDateTime now = options.now.isValid() ? options.now.toUTC()
                                                : QDateTime::currentDateTimeUtc();
    pki::PKey key;
    pki::Certificate cert;
    if (Error e = validatePair(certBytes, std::move(keyBytes), now, &r, &key, &cert); e != Error::None)
        return finish(r, e);
    if (isCancelled())
        return finish(r, Error::Cancelled);

    r.certificatePem = pki::certificatePem(cert.get());
    r.privateKeyPem = pki::privateKeyPem(key.get());
    if (r.privateKeyPem.isEmpty())
        return finish(r, Error::KeyUnreadable);
    return finish(std::move(r), Error::None);
}

}  // namespace crossma::yahoo
