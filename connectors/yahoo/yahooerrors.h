#pragma once

#include "core/mallerror.h"
#include "core/verifyresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace crossma {

namespace YahooCode {
// The login lacks a scope the Store API needs (WWW-Authenticate insufficient_scope).
inline constexpr char InsufficientScope[] = "INSUFFICIENT_SCOPE";
// "Your Request was Forbidden": the application, not the store's values, was refused.
inline constexpr char RequestForbidden[] = "REQUEST_FORBIDDEN";
}  // namespace YahooCode

// What Yahoo!ショッピング Store API's error answers mean for the seller.
// Sources:
// * error forms <Error><Message>…</Message></Error> and {"Error":{"Message":…}},
//   statuses 400/401/403/404/500/503: https://developer.yahoo.co.jp/appendix/errors.html
// * "Your Request was Forbidden" (daily limit, unknown or unapproved
//   application ID), px-04303, insufficient_scope, invalid_grant:
//   https://developer.yahoo.co.jp/webapi/shopping/faq.html
// * px-04102, px-04306, px-14303 and X-SWS-Authorize-Status: MALLS.md
class YahooErrors
{
    Q_DECLARE_TR_FUNCTIONS(crossma::YahooErrors)
public:
    // What the store is checked with, for the wording of the causes.
    struct Context {
        QString store;
        QString publicKeyVersion;
        bool legacyCertificate = false;
    };

    // The px-NNNNN code (lower case) or the Bearer error as the code; the
    // <Message> (or JSON Error.Message, or the OAuth error_description) as the
    // message. Empty when the answer fits none of these forms.
    static MallError read(const QByteArray &body, const QByteArray &wwwAuthenticate);
    // The px-NNNNN code in a Store API error (body or WWW-Authenticate), lower case.
    static QString storeApiCode(const QByteArray &body, const QByteArray &wwwAuthenticate);
    // The `error="…"` of a Bearer WWW-Authenticate header.
    static QString bearerError(const QByteArray &wwwAuthenticate);

    // A non-200, non-5xx answer of the Store API.
    // A table: one row per documented refusal (yahooerrors.cpp).
    static VerifyResult forStoreApi(int status, const MallError &error, const Context &context);
};

}  // namespace crossma
