// すべて再確認 at the pace of the slowest mall: the four sandbox malls answer
// each request 100, 300, 600 and 1200 ms late; the wall time of re-checking
// all four is compared with re-checking the slowest of them alone (found by
// timing each alone once, since a mall may make more than one request).
#include "benches.h"

#include "benchprofile.h"
#include "benchsupport.h"
#include "recheckall.h"
#include "sandboxthread.h"

namespace crossma::bench {

namespace {
const int kDelays[] = {100, 300, 600, 1200};

// One run of RecheckAll over `connectors` (the linked ones among them): wall
// ms from start() to allFinished(), or -1 if a mall did not pass.
double timeRecheck(const QList<Connector *> &connectors, BenchProfile &profile,
                   const Endpoints &endpoints)
{
    RecheckAll recheck(connectors, &profile.store(), endpoints);
    bool done = false;
    QObject::connect(&recheck, &RecheckAll::allFinished, [&done] { done = true; });
    const double start = nowMs();
    recheck.start();
    if (!waitUntil([&done] { return done; }, 60000))
        return -1;
    const double ms = nowMs() - start;
    for (const QString &mall : recheck.malls()) {
        if (!recheck.result(mall).ok())
            return -1;
    }
    return ms;
}
}  // namespace

QList<Row> recheckRows(SandboxThread &sandbox, BenchProfile &profile, int runs)
{
    const QList<Connector *> all = profile.connectors();
    auto missing = [](const QString &why) {
        return QList<Row>{
            Row{QStringLiteral("re-check all at the slowest's pace"), 0, 0, {}, {}, 0, why, false}};
    };
    if (!profile.linkAll(sandbox))
        return missing(QStringLiteral("could not link the four malls"));
    for (int i = 0; i < all.size(); ++i)
        sandbox.setAnswerDelay(all.at(i)->id(), kDelays[i % 4]);

    Connector *slowest = nullptr;
    double slowestMs = -1;
    for (Connector *c : all) {
        const double ms = timeRecheck({c}, profile, sandbox.endpoints());
        if (ms < 0)
            return missing(c->id() + QStringLiteral(" did not pass when re-checked"));
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = c;
        }
    }
    std::vector<double> allMs, aloneMs;
    for (int i = 0; i < runs; ++i) {
        for (int k = 0; k < 2; ++k) {
            const bool four = (k == 0) == (i % 2 == 0);  // alternate who goes first
            const double ms = timeRecheck(four ? all : QList<Connector *>{slowest}, profile,
                                          sandbox.endpoints());
            if (ms < 0)
                return missing(QStringLiteral("a mall did not pass when re-checked"));
            (four ? allMs : aloneMs).push_back(ms);
        }
    }
    for (Connector *c : all)
        sandbox.setAnswerDelay(c->id(), 0);
    return {{QStringLiteral("re-check all: 4 malls (100-1200 ms late)"), median(allMs),
             median(aloneMs), QStringLiteral("ms"),
             QStringLiteral("the slowest (%1) alone").arg(slowest->id()), 1.2,
             QStringLiteral("max %1 ms").arg(largest(allMs), 0, 'f', 0)}};
}

}  // namespace crossma::bench
