#include "verifyrunner.h"

#include "waitfor.h"

#include <memory>

namespace crossma::test {

VerifyResult runVerify(const Connector &connector, const FieldValues &values,
                       const Endpoints &endpoints, int timeoutMs, const QVariantMap &previousFacts)
{
    const FieldValues normalised = connector.normalise(values);
    REQUIRE(connector.check(normalised).isEmpty());
    std::unique_ptr<VerifyJob> job(connector.verify(normalised, endpoints, nullptr));
    job->setTimeout(timeoutMs);
    job->setPreviousFacts(previousFacts);
    int finishedCount = 0;
    QObject::connect(job.get(), &VerifyJob::finished, [&finishedCount] { ++finishedCount; });
    job->start();
    REQUIRE(waitFor([&] { return finishedCount > 0; }, timeoutMs + 5000));
    waitFor([] { return false; }, 50);  // a second finished() would show here
    CHECK(finishedCount == 1);
    return job->result();
}

}  // namespace crossma::test
