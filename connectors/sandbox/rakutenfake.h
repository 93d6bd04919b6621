#pragma once

#include "fakemall.h"

namespace crossma::sandbox {

// 楽天 RMS WEB API on loopback: the license expiry and shop master calls with
// the real payload shapes. The license key typed picks the outcome.
class RakutenFake : public FakeMall
{
public:
    static constexpr char kSecret[] = "SP338500_demoSecret";
    static constexpr char kShopCode[] = "crossma-demo";

    QString mallId() const override { return QStringLiteral("rakuten"); }
    QStringList endpointKeys() const override { return {QStringLiteral("rakuten.api")}; }
    void install(Server &server) override;
    QList<Scenario> scenarios() const override;
};

}  // namespace crossma::sandbox
