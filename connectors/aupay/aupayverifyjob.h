#pragma once

#include "core/fieldspec.h"
#include "core/verifyjob.h"

#include <QDate>

namespace crossma {

// One call: the shop's category list (searchShopCtgryInfos). Status 0 proves
// the key, the 会員番号 and the source address together.
class AupayVerifyJob : public VerifyJob
{
    Q_OBJECT
public:
    AupayVerifyJob(const FieldValues &values, const Endpoints &endpoints, const QString &mallName,
                   QObject *parent = nullptr);

    static const QString &path();

    // The mall does not tell a key's age, so the product remembers the day it
    // first saw a key: kept from `previous` when the key is the same one, else
    // `today`. Facts: apiKeyIssuedOn, apiKeyExpiry (ISO dates),
    // apiKeyDaysLeft, apiKeyTag (identifies the key, reveals nothing of it).
    static QVariantMap keyFacts(const QString &apiKey, const QVariantMap &previous,
                                const QDate &today);
    static QString keyTag(const QString &apiKey);
    // Today's date in Japan, where the mall counts its days.
    static QDate todayInJapan();

protected:
    void run() override;
    MallError readError(const HttpResponse &response) const override;

private:
    void onReply(const HttpResponse &response);
    VerifyResult connected(const HttpResponse &response) const;
    VerifyResult refusedByGateway(const HttpResponse &response) const;
    bool keyLooksExpired() const;

    FieldValues m_values;
    Endpoints m_endpoints;
    QVariantMap m_keyFacts;
};

}  // namespace crossma
