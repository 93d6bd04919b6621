// Every mall's connection test against servers that lie: redirects, huge and
// endless bodies, silence, resets, garbage, wrong certificates, plain HTTP.
// Real connector verify jobs, real TLS on loopback. Each fault hits the first
// call of the mall (Amazon's LWA token POST, Yahoo!'s token POST, 楽天's license
// GET, au PAY's shop GET) and must end in its code inside the deadline, with
// no second request anywhere and the process's memory flat.
#include <catch2/catch.hpp>

#include "fakemall.h"
#include "hostileserver.h"
#include "processmemory.h"
#include "registry.h"
#include "verifyrunner.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace crossma;
using Fault = test::HostileServer::Fault;

namespace {
// Under AddressSanitizer everything runs a few times slower and its shadow
// memory and quarantine inflate the resident size: the deadline stretches and
// the memory bounds are the plain build's to prove.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
constexpr int kDeadlineMs = kSanitized ? 10000 : 2500;
constexpr qint64 kMiB = 1024 * 1024;

struct Mall {
    std::unique_ptr<Connector> connector;
    FieldValues values;           // the fake's accepted values: only the fault can fail them
    QByteArray firstRequestLine;  // method and path of the mall's first call
};

// The four malls with values their own fakes accept.
const std::vector<Mall> &malls()
{
    static const std::vector<Mall> all = [] {
        const QHash<QString, QByteArray> firstCalls = {
            {QStringLiteral("amazon"), "POST /auth/o2/token "},
            {QStringLiteral("yahoo"), "POST /yconnect/v2/token "},
            {QStringLiteral("rakuten"), "GET /es/1.0/license-management/license-key/expiry-date?"},
            {QStringLiteral("aupay"), "GET /wmshopapi/searchShopCtgryInfos?"},
        };
        std::vector<Mall> list;
        const auto fakes = createFakeMalls();
        for (auto &connector : createConnectors()) {
            for (const auto &fake : fakes) {
                if (fake->mallId() == connector->id()) {
                    const FieldValues values = fake->scenarios().first().values;
                    list.push_back({std::move(connector), values, firstCalls.value(fake->mallId())});
                    break;
                }
            }
        }
        return list;
    }();
    return all;
}

Endpoints pointedAt(const Mall &mall, const QUrl &base, const sandbox::CertificateAuthority &ca)
{
    Endpoints endpoints;
    for (const QString &key : mall.connector->endpointKeys())
        endpoints.setOverride(key, base);
    endpoints.addTrustedCa(ca.certificate());
    return endpoints;
}

struct Outcome {
    VerifyResult result;
    qint64 elapsedMs = 0;
    qint64 peakBytes = 0;
};

Outcome verifyAgainst(const Mall &mall, const test::HostileServer &server,
                      const sandbox::CertificateAuthority &ca)
{
    REQUIRE(test::resetPeakResident());
    QElapsedTimer clock;
    clock.start();
    Outcome outcome;
    outcome.result = test::runVerify(*mall.connector, mall.values,
                                     pointedAt(mall, server.httpsUrl(), ca), kDeadlineMs);
    outcome.elapsedMs = clock.elapsed();
    outcome.peakBytes = test::peakResidentBytes();
    return outcome;
}

// For the closing table: CROSSMA_PRINT_FAULT_TABLE=1 prints each row.
void report(const Mall &mall, const QString &fault, const Outcome &outcome)
{
    if (qEnvironmentVariableIsEmpty("CROSSMA_PRINT_FAULT_TABLE"))
        return;
    std::printf("%-8s | %-40s | %-13s | %5lld ms | peak %lld MiB\n",
                qPrintable(mall.connector->id()), qPrintable(fault),
                qPrintable(outcome.result.code), static_cast<long long>(outcome.elapsedMs),
                static_cast<long long>(outcome.peakBytes / kMiB));
}

void checkMemory(const Outcome &outcome, qint64 baseline)
{
    INFO("peak " << outcome.peakBytes / kMiB << " MiB, baseline " << baseline / kMiB << " MiB");
    if (kSanitized)
        return;
    CHECK(outcome.peakBytes < 100 * kMiB);
    // The run itself may not hold more than a few answers' worth.
    CHECK(outcome.peakBytes - baseline < 32 * kMiB);
}
}  // namespace

TEST_CASE("No mall's connection test follows a redirect or sends anything twice",
          "[hostile][redirect]")
{
    const auto ca = sandbox::CertificateAuthority::create(QStringLiteral("hostile test CA"));
    test::HostileServer httpsElsewhere(ca, Fault::Answer);
    test::HostileServer httpElsewhere(ca, Fault::PlainHttp);
    REQUIRE(httpsElsewhere.listen());
    REQUIRE(httpElsewhere.listen());
    const QByteArray toHttps =
        QStringLiteral("https://localhost:%1/elsewhere").arg(httpsElsewhere.port()).toLatin1();
    const QByteArray toHttp = httpElsewhere.httpUrl().toString().toLatin1() + "/elsewhere";
    const qint64 baseline = test::residentBytes();

    for (const Mall &mall : malls()) {
        for (int status : {301, 302, 307, 308}) {
            for (const QByteArray &location : {toHttps, toHttp, QByteArray("/again")}) {
                test::HostileServer origin(ca, Fault::Redirect);
                origin.setRedirect(status, location);
                REQUIRE(origin.listen());
                const Outcome outcome = verifyAgainst(mall, origin, ca);
                const QString fault =
                    QStringLiteral("%1 to %2").arg(status).arg(QString::fromLatin1(location));
                report(mall, fault, outcome);
                INFO(mall.connector->id().toStdString() << ": " << fault.toStdString() << " -> "
                                                        << outcome.result.summary().toStdString());
                CHECK(outcome.result.code == QLatin1String(Code::BadResponse));
                CHECK(outcome.result.message.contains(QString::number(status)));
                CHECK(outcome.elapsedMs < kDeadlineMs);
                // One request, the first call, at the origin; nothing anywhere else.
                REQUIRE(origin.requests().size() == 1);
                CHECK(origin.requests().first().startsWith(mall.firstRequestLine));
                CHECK(httpsElsewhere.connections() == 0);
                CHECK(httpElsewhere.connections() == 0);
                checkMemory(outcome, baseline);
            }
        }
    }
}

TEST_CASE("Every mall's connection test ends in its code when the server lies", "[hostile]")
{
    struct Expected {
        Fault fault;
        const char *code;
        bool requestArrives;  // the fault comes after the request was read
        bool waitsForDeadline;
        int connections = 1;  // Qt itself retries (same host, same request) on a reply that is not HTTP
    };
    const Expected table[] = {
        {Fault::HugeContentLength, Code::BadResponse, true, false},
        {Fault::EndlessChunked, Code::BadResponse, true, false},
        {Fault::SlowDrip, Code::Timeout, true, true},
        {Fault::Silent, Code::Timeout, true, true},
        {Fault::SilentBeforeTls, Code::Timeout, false, true},
        {Fault::ResetMidBody, Code::Network, true, false},
        {Fault::Garbage, Code::Network, true, false, 4},
        {Fault::WrongName, Code::Tls, false, false},
        {Fault::Expired, Code::Tls, false, false},
        {Fault::UnknownCa, Code::Tls, false, false},
        {Fault::PlainHttp, Code::Tls, false, false},
    };
    const auto ca = sandbox::CertificateAuthority::create(QStringLiteral("hostile test CA"));
    const qint64 baseline = test::residentBytes();

    for (const Mall &mall : malls()) {
        for (const Expected &expected : table) {
            test::HostileServer server(ca, expected.fault);
            REQUIRE(server.listen());
            const Outcome outcome = verifyAgainst(mall, server, ca);
            const QString fault = test::HostileServer::faultName(expected.fault);
            report(mall, fault, outcome);
            INFO(mall.connector->id().toStdString() << ": " << fault.toStdString() << " -> "
                                                    << outcome.result.summary().toStdString());
            CHECK(outcome.result.code == QLatin1String(expected.code));
            CHECK(server.connections() >= 1);
            CHECK(server.connections() <= expected.connections);
            if (expected.requestArrives) {
                REQUIRE(server.requests().size() >= 1);
                CHECK(server.requests().size() <= expected.connections);
                for (const QByteArray &request : server.requests())
                    CHECK(request.startsWith(mall.firstRequestLine));
            } else if (expected.fault != Fault::PlainHttp) {
                CHECK(server.requests().isEmpty());
            }
            if (expected.waitsForDeadline)
                CHECK(outcome.elapsedMs
                      >= kDeadlineMs * 9 / 10);  // Qt's coarse timers may fire 5 % early
            CHECK(outcome.elapsedMs < kDeadlineMs + 1500);
            checkMemory(outcome, baseline);
        }
    }
}
