#pragma once

#include "amazonerrors.h"
#include "core/fieldspec.h"
#include "core/verifyjob.h"

#include <QJsonArray>

namespace crossma {

// Exactly two calls, never repeated: the LWA token exchange (proves the
// client ID, client secret and refresh token belong together), then the
// marketplace participations (proves the app may act for the seller and that
// the seller sells in the chosen marketplace). SP-API allows about one
// participations call a minute, so a failed run is never retried here.
class AmazonVerifyJob : public VerifyJob
{
    Q_OBJECT
public:
    static constexpr const char *kRefreshTokenRejected = AmazonErrors::kRefreshTokenRejected;

    static const QString &tokenPath();           // /auth/o2/token
    static const QString &participationsPath();  // /sellers/v1/marketplaceParticipations

    AmazonVerifyJob(const FieldValues &values, const Endpoints &endpoints, const QString &mallName,
                    QObject *parent = nullptr);

    // The form body of the token exchange, every value percent-encoded.
    static QByteArray tokenRequestBody(const FieldValues &values);

protected:
    void run() override;
    MallError readError(const HttpResponse &response) const override;

private:
    void onToken(const HttpResponse &response);
    void onParticipations(const HttpResponse &response);
    // A documented error answer (`known`), else "trouble" for 5xx or "not understood".
    void finishWithError(const std::optional<VerifyResult> &known, const HttpResponse &response);
    VerifyResult judgeParticipations(const QJsonArray &payload);
    QString chosenMarketplaceName() const;

    FieldValues m_values;
    Endpoints m_endpoints;
    QByteArray m_accessToken;  // lives only in memory, for the second call
    QVariantMap m_facts;
};

}  // namespace crossma
