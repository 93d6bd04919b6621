#pragma once

// Yahoo!ショッピング's 公開鍵認証: the public key the seller copies from
// ストアクリエイターPro > 設定 > 暗号鍵管理, its version, and the
// X-sws-signature header made with that key.

#include <QByteArray>
#include <QString>

namespace crossma::yahoo {

struct PublicKeyResult {
    enum class Error {
        None,
        Empty,
        NotAKey,       // neither PEM nor a base64 body of a key
        PrivateKey,    // the seller pasted a private key
        MultipleKeys,  // more than one BEGIN block
        Truncated,     // the body decodes but the key is incomplete
        NotRsa,
        TooShort,        // RSA below 2048 bits
        LibraryMissing,  // OpenSSL would not load
    };
    enum class Repair { None, BothLines, BeginLine, EndLine };

    Error error = Error::None;
    QString code;     // stable machine code, e.g. "PUBLIC_KEY_TRUNCATED"
    QString message;  // translated; on success with a repair, says what was repaired
    Repair repair = Repair::None;
    bool repaired() const { return repair != Repair::None; }
    int bits = 0;
    QString algorithm;         // "RSA", "EC"…
    qint64 bytesPresent = 0;   // Truncated: bytes decoded
    qint64 bytesExpected = 0;  // Truncated: bytes the DER header announces (0 if unknown)
    QByteArray pem;  // canonical "-----BEGIN PUBLIC KEY-----" SubjectPublicKeyInfo, LF endings

    bool ok() const { return error == Error::None; }
};

struct KeyVersionResult {
    bool ok = false;
    int version = 0;
    QString code;     // "OK", "KEY_VERSION_MISSING", "KEY_VERSION_INVALID"
    QString message;  // translated, empty when ok
};

namespace YahooPublicKey {

// Parses what the seller pasted: PEM SubjectPublicKeyInfo or "RSA PUBLIC KEY"
// (PKCS#1); tolerates spaces, full-width characters, CRs and line breaks
// anywhere; restores lost BEGIN/END lines when the body is whole.
PublicKeyResult parse(const QString &pasted);

// A positive integer; full-width digits are accepted.
KeyVersionResult parseVersion(const QString &typed);

// The X-sws-signature value: base64 of RSA PKCS#1 v1.5 encryption, with the
// public key in `publicKeyPem`, of "<storeAccount>:<unixSeconds>". Empty on
// failure, with a translated reason in `error`.
QByteArray signature(const QByteArray &publicKeyPem, const QString &storeAccount,
                     qint64 unixSeconds, QString *error = nullptr);

QString code(PublicKeyResult::Error error);

}  // namespace YahooPublicKey
}  // namespace crossma::yahoo
