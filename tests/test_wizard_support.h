// Helpers shared by the [wizard] tests: a 楽天 RMS answering on the sandbox
// server (the real connector, real HTTPS on loopback) and a store on the
// private keychain.
#pragma once

#include "core/credentialstore.h"
#include "keychainprobe.h"
#include "rakuten/rakutenconnector.h"
#include "sandboxfixture.h"
#include "tempsettings.h"
#include "waitfor.h"

#include <QDateTime>
#include <QTimeZone>

namespace crossma::test {

struct RakutenValues {
    QString secret = QStringLiteral("SP338500_wizardtestsecret");
    QString license = QStringLiteral("SL338500_wizardtestlicense");
    QString shopUrl = QStringLiteral("https://www.rakuten.co.jp/crossma-demo/");
};

// Routes the two RMS calls of RakutenVerifyJob on the sandbox server: the
// expected key pair gets an expiry `daysLeft` days ahead and the shop master,
// anything else 401 GA0001 as RMS answers. `hang` never answers (for cancel).
inline Endpoints routeRakuten(SandboxFixture &sandbox, const RakutenValues &accepted,
                              int daysLeft = 41, bool hang = false)
{
    const QByteArray expected =
        "ESA " + (accepted.secret + QLatin1Char(':') + accepted.license).toUtf8().toBase64();
    const QDateTime expiry(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(9 * 3600)).date().addDays(daysLeft),
                           QTime(23, 59, 59));
    sandbox.server().route("GET", QStringLiteral("/es/1.0/license-management/license-key/expiry-date"),
                           [expected, expiry, hang](const sandbox::Request &request) {
                               sandbox::Response r;
                               if (hang) {
                                   r.hang = true;
                                   return r;
                               }
                               if (request.header("authorization") != expected)
                                   return sandbox::Response::json(
                                       401, R"({"errors":[{"code":"GA0001","message":"Un-Authorised"}]})");
                               return sandbox::Response::json(
                                   200, QByteArray(R"({"expiryDate":")")
                                            + expiry.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1()
                                            + "\"}");
                           });
    sandbox.server().route(
        "GET", QStringLiteral("/es/1.0/shop/shopMaster"), [expected](const sandbox::Request &request) {
            if (request.header("authorization") != expected)
                return sandbox::Response::xml(401, "<result><status><systemStatus>NG</systemStatus>"
                                                   "<message>AuthError</message></status></result>");
            return sandbox::Response::xml(
                200, QStringLiteral("<shopBizApiResponse><resultCode>N000</resultCode><shopMaster>"
                                    "<shopName>クロスマ練習店</shopName>"
                                    "<url>https://www.rakuten.co.jp/crossma-demo/</url>"
                                    "</shopMaster></shopBizApiResponse>")
                         .toUtf8());
        });
    Endpoints endpoints = sandbox.endpoints();
    endpoints.setOverride(QStringLiteral("rakuten.api"), sandbox.baseUrl());
    return endpoints;
}

// A store on the private keychain with a settings file of its own; removes
// what it saved.
struct TestStore {
    TempSettings files;
    std::unique_ptr<QSettings> settings = files.open();
    QString service = uniqueKeychainService();
    CredentialStore store{service, settings.get()};

    TestStore() { store.setKeychainTimeout(15000); }
    ~TestStore() { storeRemove(store, QStringLiteral("rakuten")); }
};

}  // namespace crossma::test
