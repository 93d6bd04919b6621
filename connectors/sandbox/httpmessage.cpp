#include "httpmessage.h"

namespace crossma::sandbox {

QUrlQuery parseUrlEncoded(const QByteArray &encoded)
{
    QByteArray spaced = encoded;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(spaced));
}

QUrlQuery Request::form() const
{
    return parseUrlEncoded(body.trimmed());
}

Response Response::json(int status, const QByteArray &body)
{
    return text(status, "application/json; charset=utf-8", body);
}

Response Response::xml(int status, const QByteArray &body)
{
    return text(status, "application/xml; charset=utf-8", body);
}

Response Response::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

Response Response::hanging()
{
    Response response;
    response.hang = true;
    return response;
}

Response &Response::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

Response &Response::withDelay(int milliseconds)
{
    delayMs = milliseconds;
    return *this;
}

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

// Header names and values come from fakes; a stray CR/LF must not split the message.
QByteArray oneLine(QByteArray value)
{
    value.replace('\r', ' ');
    value.replace('\n', ' ');
    return value;
}
}  // namespace

QByteArray Response::serialise(bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + oneLine(contentType) + "\r\n";
    for (const auto &header : headers) {
        const QByteArray lower = header.first.toLower();
        if (lower == "content-length" || lower == "connection" || lower == "transfer-encoding")
            continue;  // framing is the server's job
        out += oneLine(header.first) + ": " + oneLine(header.second) + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

}  // namespace crossma::sandbox
