#pragma once

#include "fakemall.h"

#include <memory>

namespace crossma::sandbox {

// Amazon's two verify endpoints as the real ones answer: Login with Amazon's
// token exchange (POST /auth/o2/token) and SP-API's
// GET /sellers/v1/marketplaceParticipations. The form body and the access
// token are checked for real; which answer the seller gets is chosen by the
// refresh token typed (one per scenario), so every outcome is reachable from
// the wizard.
class AmazonFake : public FakeMall
{
public:
    AmazonFake();

    // The app credentials the fake accepts.
    static QString clientId();
    static QString clientSecret();
    static QString sellerId();
    // The refresh token that selects `behaviour` (see kBehaviours in the .cpp).
    static QString refreshToken(const QString &behaviour);

    QString mallId() const override { return QStringLiteral("amazon"); }
    QStringList endpointKeys() const override;
    void install(Server &server) override;
    QList<Scenario> scenarios() const override;

    struct State;

private:
    std::shared_ptr<State> m_state;  // shared with the routes, which may outlive a call
};

}  // namespace crossma::sandbox
