// The Qt floor for `verify`: the smallest Qt program that makes the same
// HTTPS requests as verify, with the same library (QNetworkAccessManager on a
// QCoreApplication) trusting only the same CA file. It takes curl's argument
// form, so the bench hands both the very same list:
//   -sS -o /dev/null --cacert FILE -X METHOD [-H "Name: value"]... URL [--next ...]
// The requests run one after another on one manager (one connection, as
// curl --next keeps it). Exit 0 when every request got an HTTP answer.
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <cstdio>
#include <functional>

namespace {

struct Request {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Curl's form, only the options the bench passes; false on anything else.
bool parse(const QStringList &args, QString *caFile, QList<Request> *requests)
{
    Request current;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("-sS")) {
            continue;
        } else if (a == QLatin1String("-o") && hasValue) {
            ++i;  // the body is read and dropped either way
        } else if (a == QLatin1String("--cacert") && hasValue) {
            *caFile = args.at(++i);
        } else if (a == QLatin1String("-X") && hasValue) {
            current.method = args.at(++i).toLatin1();
        } else if (a == QLatin1String("-H") && hasValue) {
            const QByteArray header = args.at(++i).toLatin1();
            const int colon = header.indexOf(':');
            if (colon <= 0)
                return false;
            current.headers.append({header.left(colon), header.mid(colon + 1).trimmed()});
        } else if (a == QLatin1String("--next")) {
            current = Request{};
        } else if (!a.startsWith(QLatin1Char('-'))) {
            current.url = QUrl(a);
            requests->append(current);
        } else {
            return false;
        }
    }
    return !requests->isEmpty() && !caFile->isEmpty();
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString caFile;
    QList<Request> requests;
    if (!parse(app.arguments().mid(1), &caFile, &requests)) {
        std::fprintf(stderr, "usage: crossma_bare_https [curl's -X/-H/--cacert/--next form] URL\n");
        return 2;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    QNetworkAccessManager manager;
    int next = 0;
    int failures = 0;
    std::function<void()> send = [&] {
        if (next == requests.size()) {
            app.exit(failures == 0 ? 0 : 1);
            return;
        }
        const Request &r = requests.at(next++);
        QNetworkRequest request(r.url);
        request.setSslConfiguration(tls);
        for (const auto &header : r.headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = manager.sendCustomRequest(request, r.method);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->readAll();
            if (!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
                ++failures;
            reply->deleteLater();
            send();
        });
    };
    send();
    return app.exec();
}
