#pragma once

#include "fakemall.h"

namespace crossma::test {

// テスト市場's API on the sandbox server: one shop, one accepted token whose
// expiry is near enough for a reminder.
class FifthMallFake : public sandbox::FakeMall
{
public:
    static constexpr char kShopId[] = "shop-001";
    static constexpr char kToken[] = "fifth-token-ok";
    static constexpr int kDaysLeft = 10;

    QString mallId() const override;
    QStringList endpointKeys() const override;
    void install(sandbox::Server &server) override;
    QList<sandbox::Scenario> scenarios() const override;
};

}  // namespace crossma::test
