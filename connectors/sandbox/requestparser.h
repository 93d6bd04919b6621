#pragma once

#include "httpmessage.h"

namespace crossma::sandbox {

// Incremental HTTP/1.1 request parser: bytes in, whole requests out. Pure (no
// sockets), so garbage input can be tested and fuzzed directly.
class RequestParser
{
public:
    enum class Result {
        NeedMore,  // the buffer holds no complete request yet
        Complete,  // *out holds one request; its bytes left the buffer
        Error,     // malformed: answer errorStatus() and close
    };

    static constexpr int kMaxHeaderBytes = 64 * 1024;
    static constexpr int kMaxBodyBytes = 32 * 1024 * 1024;

    // Takes one request off the front of `buffer` when it is complete.
    Result parse(QByteArray &buffer, Request *out, bool *keepAlive);
    int errorStatus() const { return m_errorStatus; }

private:
    Result fail(int status);
    int parseRequestLine(QByteArray first, bool lastLine, Request *request);
    int parseHeaderLines(const QList<QByteArray> &lines, Request *request);
    static int bodyLength(const Request &request, qint64 *length);
    int m_errorStatus = 400;
    QByteArray m_version;  // of the request being parsed
};

}  // namespace crossma::sandbox
