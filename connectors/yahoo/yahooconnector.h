#pragma once

#include "core/connector.h"

namespace crossma {

// Field ids and method values of the Yahoo! page (MALLS.md, Yahoo).
namespace YahooField {
inline const QString storeAccount = QStringLiteral("storeAccount");
inline const QString method = QStringLiteral("method");
inline const QString certificateZip = QStringLiteral("certificateZip");
inline const QString certificatePem = QStringLiteral("certificatePem");        // from the ZIP
inline const QString certificateKeyPem = QStringLiteral("certificateKeyPem");  // from the ZIP, secret
inline const QString publicKey = QStringLiteral("publicKey");
inline const QString publicKeyVersion = QStringLiteral("publicKeyVersion");
inline const QString refreshToken = QStringLiteral("refreshToken");
inline const QString refreshTokenIssuedAt = QStringLiteral("refreshTokenIssuedAt");
inline const QString clientId = QStringLiteral("clientId");
inline const QString clientSecret = QStringLiteral("clientSecret");

inline const QString methodPublicKey = QStringLiteral("publicKey");
inline const QString methodCertificate = QStringLiteral("certificate");
}  // namespace YahooField

// Yahoo!ショッピング (Store API via Yahoo! ID連携 v2). Two kinds of key
// material: the current public key (公開鍵認証) and the retired API
// certificate ZIP (API証明書). verify gets an access token from the refresh
// token of the login and calls orderCount for the store account.
class YahooConnector : public Connector
{
    Q_OBJECT
public:
    using Connector::Connector;

    static const QUrl &authBase();  // yahoo.auth
    static const QUrl &apiBase();   // yahoo.api
    // Yahoo!'s test stores ("snbx-…") live on the test host of the Store API (M).
    static QUrl apiBaseFor(const QString &storeAccount);
    static constexpr int kRefreshTokenDaysWithKey = 28;
    static constexpr int kRefreshTokenHoursWithoutKey = 12;
    static constexpr int kWarnDaysLeft = 7;

    QString id() const override { return QStringLiteral("yahoo"); }
    QString displayName() const override;
    QString pageTitle() const override;
    QString pageIntro() const override;
    QStringList endpointKeys() const override
    {
        return {QStringLiteral("yahoo.auth"), QStringLiteral("yahoo.api")};
    }
    QList<FieldSpec> fields() const override;
    Procedure procedure() const override;
    QList<ExpirySpec> expiries() const override;
    FieldValues normalise(const FieldValues &raw) const override;
    QList<FieldProblem> check(const FieldValues &normalised) const override;
    VerifyJob *verify(const FieldValues &normalised, const Endpoints &endpoints,
                      QObject *parent) const override;

    // "publicKey" unless the values choose the legacy certificate.
    static QString methodOf(const FieldValues &values);
    static bool isValidStoreAccount(const QString &account);

private:
    // fields(), group by group in the page's order.
    FieldSpec storeAccountField() const;
    FieldSpec methodField() const;
    QList<FieldSpec> certificateFields() const;
    QList<FieldSpec> publicKeyFields() const;
    QList<FieldSpec> loginFields() const;
    QList<FieldSpec> appOverrideFields() const;
    // check(), one part each; they append to `problems`.
    void checkStoreAccount(const FieldValues &normalised, QList<FieldProblem> &problems) const;
    void checkCertificate(const FieldValues &normalised, QList<FieldProblem> &problems) const;
    void checkPublicKey(const FieldValues &normalised, QList<FieldProblem> &problems) const;
    void checkAppOverride(const FieldValues &normalised, QList<FieldProblem> &problems) const;
};

}  // namespace crossma
