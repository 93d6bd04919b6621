#pragma once

#include "httpmessage.h"
#include "requestparser.h"

#include <QObject>
#include <QPointer>

class QSslSocket;

namespace crossma::sandbox {

// One accepted TLS connection of the sandbox server: reads requests in order
// (keep-alive, pipelining), asks `dispatch` for each answer and writes it.
// Deletes itself when the peer goes away.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    using Dispatch = std::function<Response(const Request &)>;

    ServerConnection(QSslSocket *socket, Dispatch dispatch, QObject *parent = nullptr);
    ~ServerConnection() override;

    bool isHanging() const { return m_hanging; }
    void close();  // drops the connection now (and deletes this later)

private:
    void onReadyRead();
    void processBuffer();
    void answer(const Response &response, bool keepAlive);
    void fail(int status);

    QPointer<QSslSocket> m_socket;
    Dispatch m_dispatch;
    RequestParser m_parser;
    QByteArray m_buffer;
    bool m_busy = false;     // a delayed answer is pending; later requests wait
    bool m_hanging = false;  // never answer again; wait for the peer to close
    bool m_closing = false;
};

}  // namespace crossma::sandbox
