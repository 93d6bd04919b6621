#pragma once

#include "core/fieldspec.h"
#include "core/verifyjob.h"

namespace crossma::test {

// One call: GET /v1/shop with the token as a bearer; the answer names the
// shop and the token's expiry.
class FifthMallVerifyJob : public VerifyJob
{
    Q_OBJECT
public:
    FifthMallVerifyJob(const FieldValues &values, const Endpoints &endpoints,
                       const QString &mallName, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void onShop(const HttpResponse &response);

    FieldValues m_values;
    Endpoints m_endpoints;
};

}  // namespace crossma::test
