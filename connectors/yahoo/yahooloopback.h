#pragma once

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace crossma {

// Receives the browser's redirect after the Yahoo! login on a loopback
// redirect URI (http://127.0.0.1:<port>/<path>). Listens on 127.0.0.1 only,
// answers each request with a small page and closes the connection.
class YahooLoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit YahooLoopbackReceiver(QObject *parent = nullptr);
    ~YahooLoopbackReceiver() override;

    // Whether `uri` is an http URI on 127.0.0.1 or localhost with a port.
    static bool isLoopback(const QUrl &uri);

    // Listens on the port of `redirectUri`; false (and `error`, Qt's words) if
    // the port is taken or the URI is not on loopback.
    bool listen(const QUrl &redirectUri, QString *error);
    void close();
    bool isListening() const;

    // The page the browser shows; translated by the caller.
    void setPages(const QByteArray &doneHtml, const QByteArray &failedHtml);

    static constexpr int kMaxRequestBytes = 16 * 1024;
    static constexpr int kSocketTimeoutMs = 10000;

signals:
    // The query of a request to the redirect path (code, state, error…).
    // The receiver answers `accepted` ? done page : failed page.
    void received(const QUrlQuery &query, bool *accepted);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QString m_path;
    QByteArray m_doneHtml;
    QByteArray m_failedHtml;
};

}  // namespace crossma
