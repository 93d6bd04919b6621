#pragma once

#include "core/mallerror.h"
#include "core/verifyresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace crossma {

// What au PAY マーケット (旧Wowma!) API's error answers mean for the seller.
// Every error comes in one form, whatever the HTTP status:
//   <response><result><status>1</status><error><code>…</code><message>…</message></error></result></response>
// (the API specification is handed to registered shops in Wow!manager and is
// not public; the form is the one public client code parses). Only CME0022
// (a 会員番号 that does not match the key) is known by code; for other codes the mall's own message
// names the cause (接続元IPアドレス…, …有効期限…), and that cause is listed first.
class AupayErrors
{
    Q_DECLARE_TR_FUNCTIONS(crossma::AupayErrors)
public:
    enum class Cause { KeyTypo, KeyExpired, Address, WrongShop };

    // The first <error>'s code and message of a status-1 answer; empty otherwise.
    static MallError read(const QByteArray &body);
    // The cause the mall's code or message names, if any.
    static bool namedCause(const MallError &error, Cause *cause);

    // A status-1 answer. `keyLooksOld`: by our own count the key is past 90 days.
    static VerifyResult forError(const MallError &error, int httpStatus, bool keyLooksOld);
    // The likely causes with `first` (if any) ahead of the usual order.
    static QStringList causes(const Cause *first, bool keyLooksOld);
};

}  // namespace crossma
