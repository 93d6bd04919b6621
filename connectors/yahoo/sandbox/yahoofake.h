#pragma once

#include "fakemall.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace crossma::sandbox {

// Yahoo!ショッピング on loopback: Yahoo! ID連携 v2 (authorization page that
// redirects straight back with code + state, token endpoint with HTTP Basic
// client auth, PKCE, refresh tokens) and the Store API orderCount with the
// real XML and X-SWS-Authorize-Status header. It issues its own RSA key pair
// (the public key and version to paste come with scenarios()) and checks
// X-sws-signature for real: decrypted with its private key, "<store>:<time>"
// within 10 minutes. /sandbox/yahoo/api-certificate.zip serves a sample API
// certificate ZIP for the legacy store, whose calls must present that
// certificate as TLS client certificate. Store accounts pick the outcome.
class YahooFake : public FakeMall
{
public:
    YahooFake();
    ~YahooFake() override;

    QString mallId() const override { return QStringLiteral("yahoo"); }
    QStringList endpointKeys() const override;
    void install(Server &server) override;
    void prepare() override;
    QList<Scenario> scenarios() const override;

    // Sandbox store accounts and what they make orderCount answer.
    static constexpr char kStore[] = "snbx-crossma";       // authorized
    static constexpr char kStoreLegacy[] = "snbx-legacy";  // API certificate (unsigned) accepted
    static constexpr char kStoreNoKey[] = "snbx-nokey";    // px-04102: no active public key
    static constexpr char kStoreNoOrderApi[] = "snbx-noorder";    // px-04303
    static constexpr char kStoreIpBlocked[] = "snbx-ipblock";     // 403 px-04306
    static constexpr char kStoreScope[] = "snbx-scope";           // insufficient_scope
    static constexpr char kStoreTokenExpired[] = "snbx-expired";  // invalid_token "expired token"
    static constexpr char kStoreForeign[] = "snbx-other";         // not managed by the sandbox ID
    static constexpr char kStoreSlow[] = "snbx-slow";             // never answers
    static constexpr char kStoreBroken[] = "snbx-broken";         // 200 with an HTML page
    static constexpr char kStoreDown[] = "snbx-down";             // 503
    static constexpr char kStoreUnauthorized[] =
        "snbx-unauthorized";  // 200, X-SWS-Authorize-Status: unauthorized

    static constexpr char kClientId[] = "sandbox-yconnect-client";
    static constexpr char kClientSecret[] = "sandbox-yconnect-secret";
    static constexpr char kRefreshToken[] = "sandbox-refresh-token";  // always valid
    static constexpr char kRevokedRefreshToken[] = "sandbox-revoked-refresh-token";
    static constexpr int kKeyVersion = 3;
    static constexpr int kSignatureWindowSeconds = 600;
    static inline const QString kCertificateZipPath = QStringLiteral(
        "/sandbox/yahoo/api-certificate.zip");

    QByteArray publicKeyPem() const;
    // The sample certificate ZIP: "valid", "expired", "mismatch" (key of another
    // pair) or "unregistered" (a sound pair Yahoo! does not know).
    QByteArray certificateZip(const QString &variant = QStringLiteral("valid")) const;
    // The certificate / key PEMs inside certificateZip(variant).
    QByteArray certificatePem(const QString &variant = QStringLiteral("valid")) const;
    QByteArray certificateKeyPem(const QString &variant = QStringLiteral("valid")) const;
    // What the last X-sws-signature decrypted to (empty if it did not).
    QByteArray lastSignaturePlaintext() const;
    int signaturesChecked() const;

    struct State;

private:
    std::shared_ptr<State> d;
};

}  // namespace crossma::sandbox
