#include "requestparser.h"

#include <QUrl>

namespace crossma::sandbox {

namespace {
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

bool hasControlBytes(const QByteArray &text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 32 && c != '\t') || u == 127)
            return true;
    }
    return false;
}
}  // namespace

RequestParser::Result RequestParser::fail(int status)
{
    m_errorStatus = status;
    return Result::Error;
}

// Each step answers 0 when the text is well formed, else the HTTP status to
// answer it with.
int RequestParser::parseRequestLine(QByteArray first, bool lastLine, Request *request)
{
    if (!first.endsWith('\r') && !lastLine)
        return 400;
    first.chop(first.endsWith('\r') ? 1 : 0);
    const QList<QByteArray> parts = first.split(' ');
    if (parts.size() != 3)
        return 400;
    const QByteArray &method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const QByteArray &version = parts.at(2);
    if (!isToken(method) || !target.startsWith('/') || hasControlBytes(target))
        return 400;
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return version.startsWith("HTTP/") ? 505 : 400;
    request->method = method;
    m_version = version;
    const qsizetype questionMark = target.indexOf('?');
    const QByteArray rawPath = questionMark < 0 ? target : target.left(questionMark);
    request->path = QUrl::fromPercentEncoding(rawPath);
    if (questionMark >= 0)
        request->query = parseUrlEncoded(target.mid(questionMark + 1));
    return 0;
}

int RequestParser::parseHeaderLines(const QList<QByteArray> &lines, Request *request)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        // Every header line but the last still carries its '\r'.
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return 400;
            line.chop(1);
        }
        if (line.startsWith(' ') || line.startsWith('\t'))
            return 400;  // obsolete line folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return 400;
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || hasControlBytes(value))
            return 400;
        if (request->headers.contains(name))
            request->headers[name] += ", " + value;
        else
            request->headers.insert(name, value);
    }
    if (m_version == "HTTP/1.1" && !request->headers.contains("host"))
        return 400;
    if (request->headers.contains("transfer-encoding"))
        return 501;  // nothing the product sends is chunked
    return 0;
}

int RequestParser::bodyLength(const Request &request, qint64 *length)
{
    *length = 0;
    if (!request.headers.contains("content-length"))
        return 0;
    bool ok = false;
    const QByteArray text = request.headers.value("content-length");
    *length = text.toLongLong(&ok);
    if (!ok || *length < 0 || text.contains(',') || text.startsWith('+'))
        return 400;
    return *length > kMaxBodyBytes ? 413 : 0;
}

RequestParser::Result RequestParser::parse(QByteArray &buffer, Request *out, bool *keepAlive)
{
    // Clients may send empty lines between requests (RFC 9112 §2.2).
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2);

    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buffer.size() > kMaxHeaderBytes ? fail(431) : Result::NeedMore;
    if (headerEnd > kMaxHeaderBytes)
        return fail(431);

    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Request request;
    qint64 contentLength = 0;
    if (const int status = parseRequestLine(lines.first(), lines.size() == 1, &request))
        return fail(status);
    if (const int status = parseHeaderLines(lines, &request))
        return fail(status);
    if (const int status = bodyLength(request, &contentLength))
        return fail(status);

    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < contentLength)
        return Result::NeedMore;
    request.body = buffer.mid(bodyStart, contentLength);
    buffer.remove(0, bodyStart + contentLength);

    const QByteArray connection = request.headers.value("connection").toLower();
    if (m_version == "HTTP/1.1")
        *keepAlive = !connection.contains("close");
    else
        *keepAlive = connection.contains("keep-alive");
    *out = std::move(request);
    return Result::Complete;
}

}  // namespace crossma::sandbox
