#pragma once

#include <QByteArray>
#include <QString>

namespace crossma {

// A mall's own code and message, read from one of the error forms it
// documents. Only these parsed fields are ever quoted to the seller or to
// support: never the raw bytes of an answer, which a lying server could fill
// with anything (the values it was sent, among others).
struct MallError {
    QString code;
    QString message;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty(); }

    // The OAuth 2.0 form (RFC 6749 5.2) used by Login with Amazon and YConnect:
    // {"error":"invalid_grant","error_description":"…"}.
    static MallError oauth(const QByteArray &json);
    // The first entry of {"errors":[{"code":…,"message":…,"details":…}]}; a
    // non-empty `details` is appended to the message after a space.
    static MallError firstOfErrorsArray(const QByteArray &json);
};

}  // namespace crossma
