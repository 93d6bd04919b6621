#include "cryptolibrary.h"

#include "runtimelibrary.h"

namespace crossma {

namespace {
QStringList fileNames()
{
    // OpenSSL 3 names its library by its ABI major version on every system.
#if defined(Q_OS_WIN)
    return {QStringLiteral("libcrypto-3-x64"), QStringLiteral("libcrypto-3")};
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("libcrypto.3.dylib")};
#else
    return {QStringLiteral("libcrypto.so.3")};
#endif
}
}  // namespace

CROSSMA_DEFINE_FUNCTION_TABLE(CryptoLibrary, CROSSMA_LIBCRYPTO_FUNCTIONS, cryptoLibrary, fileNames())

QByteArray CryptoLibrary::memoryBioContents(BIO *bio) const
{
    char *data = nullptr;
    const long size = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data);
    return size > 0 && data ? QByteArray(data, qsizetype(size)) : QByteArray();
}

EVP_PKEY *CryptoLibrary::newEcKey(const char *curve) const
{
    return EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve);
}

EVP_PKEY *CryptoLibrary::newRsaKey(unsigned int bits) const
{
    return EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
}

void CryptoLibrary::freeString(char *text) const
{
    CRYPTO_free(text, OPENSSL_FILE, OPENSSL_LINE);
}

const CryptoLibrary &crypto()
{
    return requireTable(cryptoLibrary(), "libcrypto (OpenSSL 3)");
}

}  // namespace crossma
