// libFuzzer entry point for the Yahoo key material readers: the certificate
// ZIP reader, the private key / certificate parsers and the pasted public key.
// The first byte picks the reader, the rest is its input. Built as a real
// libFuzzer binary with -DCROSSMA_BUILD_LIBFUZZER=ON (clang), and driven for a
// bounded time by fuzz_yahoo_driver in the test suite.

#include "yahoo/certificatezip.h"
#include "yahoo/keymaterial.h"
#include "yahoo/yahoopublickey.h"
#include "yahoo/zipentrynames.h"

#include <cstddef>
#include <cstdint>

using namespace crossma::yahoo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 8 * 1024 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), int(size - 1));
    switch (data[0] % 5) {
    case 0: {
        CertificateZipOptions options;
        options.storeAccount = QStringLiteral("mystore");
        options.now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        const CertificateZipResult r = readCertificateZip(bytes, options);
        // A success must carry everything the UI shows.
        if (r.ok()
            && (r.privateKeyPem.isEmpty() || r.certificatePem.isEmpty() || !r.notAfter.isValid()))
            __builtin_trap();
        break;
    }
    case 1: {
        CertificateZipOptions options;  // no account typed: inferred from the names
        readCertificateZip(bytes, options);
        break;
    }
    case 2: {
        const PublicKeyResult r = YahooPublicKey::parse(QString::fromUtf8(bytes));
        if (r.ok() && (r.bits < 2048 || !r.pem.startsWith("-----BEGIN PUBLIC KEY-----")))
            __builtin_trap();
        if (r.ok())
            YahooPublicKey::signature(r.pem, QStringLiteral("mystore"), 1795867200);
        YahooPublicKey::parseVersion(QString::fromUtf8(bytes.left(64)));
        break;
    }
    case 3: {
        pki::KeyStatus status = pki::KeyStatus::Unreadable;
        const pki::PKey key = pki::readPrivateKey(bytes, &status);
        if (key)
            pki::privateKeyPem(key.get());
        const pki::Certificate cert = pki::readCertificate(bytes);
        if (cert) {
            pki::nameText(X509_get_subject_name(cert.get()));
            pki::serialText(cert.get());
            pki::toDateTime(X509_get0_notAfter(cert.get()));
        }
        break;
    }
    default:
        ZipEntryNames::decode(bytes, false);
        ZipEntryNames::isMacMetadata(ZipEntryNames::decode(bytes, true));
        break;
    }
    return 0;
}
