#pragma once

#include "runtimelibrary.h"

#include <QByteArray>

// The OpenSSL headers type the table below; nothing here links libcrypto.
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace crossma {

// Every libcrypto function the product calls (Yahoo!'s keys and certificate
// ZIP, the sandbox's CA). Resolved when first needed rather than bound at
// start: libcrypto, with libzip that needs it, cost every start ~2.7 ms and
// 1.3 MiB before the first page (measured), for work most starts never do.
// clang-format off
#define CROSSMA_LIBCRYPTO_FUNCTIONS(X)                                                 \
    X(ASN1_INTEGER_to_BN) X(ASN1_TIME_set) X(ASN1_TIME_to_tm)                          \
    X(BIO_ctrl) X(BIO_free) X(BIO_new)                                                 \
    X(BIO_new_mem_buf) X(BIO_s_mem) X(BIO_s_secmem)                                    \
    X(BN_bn2hex) X(BN_free) X(BN_new)                                                  \
    X(BN_rand) X(BN_to_ASN1_INTEGER) X(CRYPTO_free)                                    \
    X(ERR_clear_error) X(EVP_PKEY_CTX_free) X(EVP_PKEY_CTX_new)                        \
    X(EVP_PKEY_CTX_new_from_pkey) X(EVP_PKEY_CTX_set_rsa_padding) X(EVP_PKEY_Q_keygen) \
    X(EVP_PKEY_decrypt) X(EVP_PKEY_decrypt_init) X(EVP_PKEY_encrypt)                   \
    X(EVP_PKEY_encrypt_init) X(EVP_PKEY_free) X(EVP_PKEY_get_base_id)                  \
    X(EVP_PKEY_get_bits) X(EVP_sha256) X(OPENSSL_cleanse)                              \
    X(OPENSSL_thread_stop) X(PEM_read_bio_PUBKEY) X(PEM_read_bio_PrivateKey)           \
    X(PEM_read_bio_X509) X(PEM_write_bio_PKCS8PrivateKey) X(PEM_write_bio_PUBKEY)      \
    X(PEM_write_bio_PrivateKey) X(PEM_write_bio_X509) X(X509V3_EXT_conf_nid)           \
    X(X509V3_set_ctx) X(X509_EXTENSION_free) X(X509_NAME_add_entry_by_txt)             \
    X(X509_NAME_print_ex) X(X509_add_ext) X(X509_check_private_key)                    \
    X(X509_free) X(X509_get0_notAfter) X(X509_get0_notBefore)                          \
    X(X509_get0_serialNumber) X(X509_get_issuer_name) X(X509_get_serialNumber)         \
    X(X509_get_subject_name) X(X509_getm_notAfter) X(X509_getm_notBefore)              \
    X(X509_new) X(X509_set_issuer_name) X(X509_set_pubkey)                             \
    X(X509_set_version) X(X509_sign) X(d2i_AutoPrivateKey)                             \
    X(d2i_PUBKEY) X(d2i_PublicKey) X(d2i_X509)
// clang-format on

struct CryptoLibrary {
    CROSSMA_LIBCRYPTO_FUNCTIONS(CROSSMA_FUNCTION_SLOT)

    // OpenSSL's macros over the functions above, which would call libcrypto directly.
    QByteArray memoryBioContents(BIO *bio) const;  // BIO_get_mem_data
    EVP_PKEY *newEcKey(const char *curve) const;   // EVP_EC_gen
    EVP_PKEY *newRsaKey(unsigned int bits) const;  // EVP_RSA_gen
    void freeString(char *text) const;             // OPENSSL_free
};

// Loaded on the first call, on any thread. Null when libcrypto (OpenSSL 3)
// cannot be loaded or lacks one of the functions: each entry point that
// needs it checks this first and fails with its own message.
const CryptoLibrary *cryptoLibrary();

// For code reached only through such an entry point: stops the program with
// a message if libcrypto is missing after all, rather than call through null.
const CryptoLibrary &crypto();

}  // namespace crossma
