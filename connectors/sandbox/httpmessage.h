#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace crossma::sandbox {

// One HTTP/1.1 request as the sandbox server received it.
struct Request {
    QByteArray method;                      // as sent, e.g. "GET"
    QString path;                           // percent-decoded, without the query
    QUrlQuery query;                        // '+' already turned into a space
    QHash<QByteArray, QByteArray> headers;  // names in lower case; repeats joined with ", "
    QByteArray body;
    // The TLS client certificate, when the server asked for one and got it.
    QSslCertificate peerCertificate;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The body as application/x-www-form-urlencoded ('+' is a space).
    QUrlQuery form() const;
};

// What a handler answers. `hang` keeps the connection open and never answers
// (timeout tests); `delayMs` answers later without blocking the event loop.
struct Response {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool hang = false;
    int delayMs = 0;

    static Response json(int status, const QByteArray &body);
    static Response xml(int status, const QByteArray &body);
    static Response text(int status, const QByteArray &contentType, const QByteArray &body);
    static Response hanging();

    Response &withHeader(const QByteArray &name, const QByteArray &value);
    Response &withDelay(int milliseconds);

    // The bytes on the wire: status line, headers (Content-Length always), body.
    QByteArray serialise(bool keepAlive) const;
};

using Handler = std::function<Response(const Request &)>;

// A query string or form body into a QUrlQuery, with '+' read as a space.
QUrlQuery parseUrlEncoded(const QByteArray &encoded);

}  // namespace crossma::sandbox
