#pragma once

#include "fakemall.h"

namespace crossma::sandbox {

// au PAY マーケット's shop API (api.manager.wowma.jp/wmshopapi) as the sandbox
// serves it: searchShopCtgryInfos with a real Bearer check and the mall's XML
// shapes. Every outcome is chosen by the values typed (see values()).
class AupayFake : public FakeMall
{
public:
    enum class Outcome {
        Accepted,           // the demo shop's own key and 会員番号
        WrongShopId,        // a valid key with someone else's 会員番号: CME0022
        UnknownKey,         // a key the mall never issued: status 1
        ExpiredKey,         // status 1, the key is past its 90 days
        AddressNotAllowed,  // status 1, the caller's address is not registered
        Unauthorized,       // HTTP 401 without an API body
        ForbiddenPage,      // HTTP 403 with a gateway's HTML page
        BadXml,             // HTTP 200 with a cut-off XML body
        MaintenancePage,    // HTTP 200 with an HTML page instead of XML
        ServiceDown,        // HTTP 503
        Hang,               // never answers
    };

    static const QString &shopId();  // the demo shop's 会員番号
    static QString apiKey(Outcome outcome);
    static FieldValues values(Outcome outcome);
    static QList<Outcome> allOutcomes();

    QString mallId() const override { return QStringLiteral("aupay"); }
    QStringList endpointKeys() const override { return {QStringLiteral("aupay.api")}; }
    void install(Server &server) override;
    QList<Scenario> scenarios() const override;

    static Response answer(const Request &request);
};

}  // namespace crossma::sandbox
