#pragma once

// OpenSSL 3 helpers shared by the Yahoo key material readers: parse a
// certificate or a private key from bytes, print names and dates, and wipe
// buffers that held secrets. Internal to connectors/yahoo and its tests.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

#include "core/cryptolibrary.h"
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace crossma::yahoo::pki {

struct PKeyFree {
    void operator()(EVP_PKEY *p) const { crypto().EVP_PKEY_free(p); }
};
struct X509Free {
    void operator()(X509 *p) const { crypto().X509_free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, PKeyFree>;
using Certificate = std::unique_ptr<X509, X509Free>;

enum class KeyStatus { Ok, Unreadable, Encrypted };

// A certificate in PEM (any line endings, leading BOM or text) or DER.
Certificate readCertificate(const QByteArray &bytes);

// A private key: PEM PKCS#1 / PKCS#8 / SEC1 (EC), or DER. Never prompts for a
// password: a password-protected key comes back null with KeyStatus::Encrypted.
PKey readPrivateKey(const QByteArray &bytes, KeyStatus *status);

// PKCS#8 PEM of `key`, built in OpenSSL's secure-memory BIO (cleared on free).
QByteArray privateKeyPem(EVP_PKEY *key);
QByteArray certificatePem(X509 *cert);

QString nameText(const X509_NAME *name);      // RFC 2253, UTF-8
QString serialText(const X509 *cert);         // upper-case hex
QDateTime toDateTime(const ASN1_TIME *time);  // UTC; invalid when unreadable
QString keyDescription(const EVP_PKEY *key);  // "RSA 2048", "EC 256"

// Overwrites the bytes of `bytes` when this QByteArray is their only owner
// (wiping a shared copy would only detach and wipe a fresh duplicate), then clears it.
void wipe(QByteArray &bytes);

// Drops whatever OpenSSL queued on this thread's error stack.
void clearErrors();

}  // namespace crossma::yahoo::pki
