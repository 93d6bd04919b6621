#pragma once

#include "core/mallerror.h"
#include "core/verifyresult.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace crossma {

// What RMS WEB SERVICE's error answers mean for the seller. RMS answers in
// three forms, all read here:
// * JSON {"Results":{"errorCode":"ES01-01","message":"Un-Authorised"}}
//   (ES01-01 認証エラー, ES04-01 Bad Request; vendors' help pages quoting RMS:
//   https://preview-support.logiless.com/faq/12734 ,
//   https://manual.sokuhan.jp/ufaq/%e6%a5%bd%e5%a4%a9%e5%b8%82%e5%a0%b4%e3%81%a8%e3%81%ae%e9%80%9a%e4%bf%a1%e6%99%82%e3%81%ab%e3%82%a8%e3%83%a9%e3%83%bc%e3%81%8c%e7%99%ba%e7%94%9f%e3%81%97%e3%81%be%e3%81%99
//   )
// * JSON {"errors":[{"code":"GA0001","message":"Un-Authorised"}]}, 403 QPSLimit
// * XML <result><status><systemStatus>NG</systemStatus><message>AuthError</message>…
class RakutenErrors
{
    Q_DECLARE_TR_FUNCTIONS(crossma::RakutenErrors)
public:
    static MallError read(const QByteArray &body);

    // A non-200 answer to the license key check (the first call, which proves
    // the secret and the key); nullopt when it fits no documented form.
    static std::optional<VerifyResult> forLicenseCheck(int status, const MallError &error);
    // A 401/403 to the shop master call, after the key itself was accepted.
    static VerifyResult forShopCheck(int status, const MallError &error);

private:
    static bool isRateLimit(int status, const MallError &error);
    static VerifyResult rateLimited(const MallError &error);
};

}  // namespace crossma
