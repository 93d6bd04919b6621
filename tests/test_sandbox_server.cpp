// The sandbox HTTPS server, exercised through the product's own HttpClient with
// TLS verification on: only the run-time CA is trusted, exactly as in --sandbox.
#include <catch2/catch.hpp>

#include "core/httpclient.h"
#include "sandboxfixture.h"
#include "tlsserver.h"
#include "waitfor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslSocket>

using namespace crossma;
using namespace crossma::sandbox;
using crossma::test::SandboxFixture;
using crossma::test::waitFor;
using crossma::test::waitForGet;
using crossma::test::waitForPost;

TEST_CASE("sandbox CA issues a server leaf for loopback that Qt verifies", "[sandbox]")
{
    const CertificateAuthority ca = CertificateAuthority::create(QStringLiteral("test CA"));
    REQUIRE(ca.isValid());
    CHECK(ca.certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    const auto leaf = ca.issueServer({QStringLiteral("127.0.0.1"), QStringLiteral("localhost")});
    REQUIRE_FALSE(leaf.certificate.isNull());
    REQUIRE_FALSE(leaf.key.isNull());
    CHECK(leaf.key.algorithm() == QSsl::Ec);
    const auto alt = leaf.certificate.subjectAlternativeNames();
    CHECK(alt.values(QSsl::IpAddressEntry) == QStringList{QStringLiteral("127.0.0.1")});
    CHECK(alt.values(QSsl::DnsEntry) == QStringList{QStringLiteral("localhost")});
    CHECK(leaf.certificate.issuerDisplayName() == QStringLiteral("test CA"));

    // Qt's verify() trusts only the system store, so the one complaint about the
    // right host is the unknown root; the wrong host adds a name mismatch.
    const auto errors = QSslCertificate::verify({leaf.certificate, ca.certificate()},
                                                QStringLiteral("localhost"));
    for (const QSslError &error : errors)
        CHECK(error.error() == QSslError::SelfSignedCertificateInChain);
    bool mismatch = false;
    for (const QSslError &error : QSslCertificate::verify({leaf.certificate, ca.certificate()},
                                                          QStringLiteral("example.com")))
        mismatch = mismatch || error.error() == QSslError::HostNameMismatch;
    CHECK(mismatch);
    const CertificateAuthority other = CertificateAuthority::create(QStringLiteral("test CA"));
    CHECK(other.certificate() != ca.certificate());
}

TEST_CASE("sandbox CA issues client certificates with exact dates, EC and RSA", "[sandbox]")
{
    const CertificateAuthority ca = CertificateAuthority::create(QStringLiteral("test CA"));
    const QDateTime notBefore(QDate(2023, 4, 1), QTime(0, 0), Qt::UTC);
    const QDateTime notAfter(QDate(2026, 3, 31), QTime(23, 59, 59), Qt::UTC);

    const auto ec = ca.issueClient(QStringLiteral("seller-ec"), notBefore, notAfter);
    REQUIRE_FALSE(ec.certificate.isNull());
    CHECK(ec.certificate.effectiveDate() == notBefore);
    CHECK(ec.certificate.expiryDate() == notAfter);
    CHECK(ec.certificate.subjectInfo(QSslCertificate::CommonName)
          == QStringList{QStringLiteral("seller-ec")});
    CHECK(ec.key.algorithm() == QSsl::Ec);

    const auto rsa = ca.issueClientRsa(QStringLiteral("seller-rsa"), notBefore,
                                       notAfter.addYears(30));
    REQUIRE_FALSE(rsa.certificate.isNull());
    REQUIRE_FALSE(rsa.key.isNull());
    CHECK(rsa.key.algorithm() == QSsl::Rsa);
    CHECK(rsa.key.length() == 2048);
    CHECK(rsa.keyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    CHECK(rsa.certificate.publicKey().length() == 2048);
    CHECK(rsa.certificate.expiryDate() == notAfter.addYears(30));  // past 2050: GeneralizedTime
    CHECK(rsa.certificate.issuerDisplayName() == QStringLiteral("test CA"));
}

TEST_CASE("sandbox server answers GET and POST with headers and body", "[sandbox]")
{
    SandboxFixture sandbox;
    Request seen;
    sandbox.server().route("GET", QStringLiteral("/api/echo"), [&](const Request &request) {
        seen = request;
        return Response::json(200, R"({"ok":true})").withHeader("X-Mall-Request-Id", "abc-1");
    });
    sandbox.server().route("POST", QStringLiteral("/api/token"), [&](const Request &request) {
        seen = request;
        const QUrlQuery form = request.form();
        return Response::text(
            201, "text/plain",
            form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded).toUtf8() + '|'
                + form.queryItemValue(QStringLiteral("note"), QUrl::FullyDecoded).toUtf8());
    });

    HttpClient client(sandbox.endpoints());
    QUrl url = sandbox.url(QStringLiteral("/api/echo"));
    url.setQuery(QStringLiteral("shop=abc&name=%E6%A5%BD%E5%A4%A9"));
    const HttpResponse get = waitForGet(client, url, {{"Authorization", "ESA c2VjcmV0"}});
    INFO(get.errorText.toStdString());
    REQUIRE(get.failure == HttpResponse::Failure::None);
    CHECK(get.status == 200);
    CHECK(get.body == R"({"ok":true})");
    CHECK(get.header("x-mall-request-id") == "abc-1");
    CHECK(get.header("content-type") == "application/json; charset=utf-8");
    CHECK(seen.method == "GET");
    CHECK(seen.path == QStringLiteral("/api/echo"));
    CHECK(seen.header("Authorization") == "ESA c2VjcmV0");
    CHECK(seen.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded)
          == QStringLiteral("楽天"));

    const QByteArray body = "grant_type=refresh_token&note=a+b%2Bc";
    const HttpResponse post = waitForPost(client, sandbox.url(QStringLiteral("/api/token")),
                                          {{"Content-Type", "application/x-www-form-urlencoded"}},
                                          body);
    REQUIRE(post.failure == HttpResponse::Failure::None);
    CHECK(post.status == 201);
    CHECK(post.body == "refresh_token|a b+c");
    CHECK(seen.method == "POST");
    CHECK(seen.body == body);
    CHECK(seen.header("content-type") == "application/x-www-form-urlencoded");

    // Unknown paths and wrong methods get the HTTP answers a real API gives.
    CHECK(waitForGet(client, sandbox.url(QStringLiteral("/nowhere"))).status == 404);
    const HttpResponse wrongMethod = waitForPost(client, sandbox.url(QStringLiteral("/api/echo")),
                                                 {}, "x");
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.header("allow") == "GET");
}

TEST_CASE("sandbox server keeps connections alive and counts requests per path", "[sandbox]")
{
    SandboxFixture sandbox;
    int served = 0;
    sandbox.server().route("GET", QStringLiteral("/a"), [&](const Request &) {
        return Response::json(200, QByteArray::number(++served));
    });
    sandbox.server().route("POST", QStringLiteral("/b"), [&](const Request &request) {
        return Response::json(200, request.body);
    });

    HttpClient client(sandbox.endpoints());
    for (int i = 1; i <= 5; ++i) {
        QUrl url = sandbox.url(QStringLiteral("/a"));
        url.setQuery(QStringLiteral("n=%1").arg(i));  // the query does not change the route
        const HttpResponse response = waitForGet(client, url);
        REQUIRE(response.failure == HttpResponse::Failure::None);
        CHECK(response.body == QByteArray::number(i));
    }
    for (int i = 0; i < 3; ++i) {
        const QByteArray body = QByteArray(1000 + i, char('a' + i));
        const HttpResponse response = waitForPost(client, sandbox.url(QStringLiteral("/b")), {},
                                                  body);
        REQUIRE(response.failure == HttpResponse::Failure::None);
        CHECK(response.body == body);
    }
    CHECK(sandbox.server().requestCount(QStringLiteral("/a")) == 5);
    CHECK(sandbox.server().requestCount(QStringLiteral("/b")) == 3);
    CHECK(sandbox.server().requestCount(QStringLiteral("/c")) == 0);
    CHECK(sandbox.server().requestCount() == 8);
    CHECK(sandbox.server().requests().size() == 8);
    CHECK(sandbox.server().requests().first().query.queryItemValue(QStringLiteral("n"))
          == QStringLiteral("1"));
    // Eight sequential requests, one TLS connection.
    CHECK(sandbox.server().acceptedConnections() == 1);

    sandbox.server().resetCounts();
    CHECK(sandbox.server().requestCount() == 0);
    CHECK(sandbox.server().requests().isEmpty());
}

TEST_CASE("sandbox server honours Connection: close", "[sandbox]")
{
    SandboxFixture sandbox;
    sandbox.server().route("GET", QStringLiteral("/a"),
                           [](const Request &) { return Response::json(200, "{}"); });
    HttpClient client(sandbox.endpoints());
    for (int i = 0; i < 3; ++i) {
        const HttpResponse response = waitForGet(client, sandbox.url(QStringLiteral("/a")),
                                                 {{"Connection", "close"}});
        REQUIRE(response.failure == HttpResponse::Failure::None);
        CHECK(response.header("connection") == "close");
    }
    CHECK(sandbox.server().acceptedConnections() == 3);
    CHECK(waitFor([&] { return sandbox.server().openConnections() == 0; }, 3000));
}

TEST_CASE("sandbox server with an untrusted certificate fails TLS, then recovers", "[sandbox]")
{
    SandboxFixture sandbox;
    sandbox.server().route("GET", QStringLiteral("/a"),
                           [](const Request &) { return Response::json(200, "{}"); });
    sandbox.server().setServeUntrustedCertificate(true);
    {
        HttpClient client(sandbox.endpoints());
        const HttpResponse response = waitForGet(client, sandbox.url(QStringLiteral("/a")));
        INFO(response.errorText.toStdString());
        CHECK(response.failure == HttpResponse::Failure::Tls);
        CHECK(response.status == 0);
    }
    CHECK(sandbox.server().requestCount() == 0);  // nothing got past the handshake

    sandbox.server().setServeUntrustedCertificate(false);
    HttpClient client(sandbox.endpoints());
    CHECK(waitForGet(client, sandbox.url(QStringLiteral("/a"))).status == 200);

    // Without the sandbox CA the trusted leaf is as foreign as any.
    HttpClient stranger{Endpoints()};
    CHECK(waitForGet(stranger, sandbox.url(QStringLiteral("/a"))).failure
          == HttpResponse::Failure::Tls);
}

TEST_CASE("sandbox hang route gives the client its timeout, cancelAll gives Cancelled", "[sandbox]")
{
    SandboxFixture sandbox;
    sandbox.server().route("GET", QStringLiteral("/hang"),
                           [](const Request &) { return Response::hanging(); });

    HttpClient client(sandbox.endpoints());
    client.setTimeout(300);
    QElapsedTimer clock;
    clock.start();
    const HttpResponse timedOut = waitForGet(client, sandbox.url(QStringLiteral("/hang")), {}, 5000);
    CHECK(timedOut.failure == HttpResponse::Failure::Timeout);
    CHECK(clock.elapsed() >= 250);
    CHECK(clock.elapsed() < 4000);
    CHECK(sandbox.server().requestCount(QStringLiteral("/hang")) == 1);

    client.setTimeout(10000);
    std::optional<HttpResponse> cancelled;
    client.get(sandbox.url(QStringLiteral("/hang")), {},
               [&](const HttpResponse &r) { cancelled = r; });
    REQUIRE(waitFor([&] { return sandbox.server().requestCount(QStringLiteral("/hang")) == 2; }));
    client.cancelAll();
    REQUIRE(waitFor([&] { return cancelled.has_value(); }, 2000));
    CHECK(cancelled->failure == HttpResponse::Failure::Cancelled);

    // The hung connections close when the client lets go of them.
    CHECK(waitFor([&] { return sandbox.server().openConnections() == 0; }, 3000));
}

TEST_CASE("sandbox server delays an answer without blocking others", "[sandbox]")
{
    SandboxFixture sandbox;
    sandbox.server().route("GET", QStringLiteral("/slow"), [](const Request &) {
        return Response::json(200, "slow").withDelay(1000);
    });
    sandbox.server().route("GET", QStringLiteral("/fast"),
                           [](const Request &) { return Response::json(200, "fast"); });
    // The fast answer needs its own TLS handshake; a second is plenty even on a busy machine.
    HttpClient slowClient(sandbox.endpoints());
    HttpClient fastClient(sandbox.endpoints());
    std::optional<HttpResponse> slow;
    QElapsedTimer clock;
    clock.start();
    slowClient.get(sandbox.url(QStringLiteral("/slow")), {},
                   [&](const HttpResponse &r) { slow = r; });
    const HttpResponse fast = waitForGet(fastClient, sandbox.url(QStringLiteral("/fast")));
    CHECK(fast.body == "fast");
    CHECK_FALSE(slow.has_value());
    REQUIRE(waitFor([&] { return slow.has_value(); }));
    CHECK(slow->body == "slow");
    CHECK(clock.elapsed() >= 950);
}

namespace {
// A raw TLS client that trusts the sandbox CA, for bytes HttpClient would never send.
struct RawClient {
    QSslSocket socket;
    QByteArray received;
    bool closed = false;

    explicit RawClient(SandboxFixture &sandbox)
    {
        QSslConfiguration config = sandbox.endpoints().sslConfiguration(sandbox.baseUrl());
        socket.setSslConfiguration(config);
        QObject::connect(&socket, &QSslSocket::readyRead, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QSslSocket::disconnected, [this] { closed = true; });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), sandbox.server().port(),
                                      QStringLiteral("localhost"));
    }
    bool send(const QByteArray &bytes)
    {
        if (!waitFor([&] { return socket.isEncrypted(); }, 5000))
            return false;
        socket.write(bytes);
        return true;
    }
};
}  // namespace

TEST_CASE("sandbox server survives garbage and answers 400", "[sandbox]")
{
    SandboxFixture sandbox;
    sandbox.server().route("GET", QStringLiteral("/a"),
                           [](const Request &) { return Response::json(200, "alive"); });

    const QList<QByteArray> garbage = {
        QByteArray("\x00\x01\x02\xff\xfe garbage\r\n\r\n", 18),
        "GET\r\n\r\n",
        "GET /a HTTP/1.1\r\n\r\n",            // HTTP/1.1 without Host
        "GET a HTTP/1.1\r\nHost: x\r\n\r\n",  // not origin-form
        "GET /a HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 2\r\n\r\n",
        "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: x\r\n bad fold\r\n\r\n",
        "GET /a HTTP/1.1\r\nNo colon here\r\n\r\n",
        "GET /a HTTP/9.9\r\nHost: x\r\n\r\n",
        "GET /a HTTP/1.1\nHost: x\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n",
    };
    for (const QByteArray &bytes : garbage) {
        RawClient raw(sandbox);
        REQUIRE(raw.send(bytes));
        INFO(bytes.toStdString());
        REQUIRE(waitFor([&] { return raw.closed; }, 5000));
        REQUIRE(raw.received.startsWith("HTTP/1.1 "));
        const int status = raw.received.mid(9, 3).toInt();
        CHECK(status >= 400);
        CHECK(status < 600);
        CHECK(raw.received.contains("Connection: close"));
    }

    {  // Oversized headers are refused before they fill memory.
        RawClient raw(sandbox);
        REQUIRE(raw.send("GET /a HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(100 * 1024, 'a')));
        REQUIRE(waitFor([&] { return raw.closed; }, 5000));
        CHECK(raw.received.startsWith("HTTP/1.1 431"));
    }
    {  // Not TLS at all: the handshake fails, the server stays up.
        QTcpSocket plain;
        plain.connectToHost(QStringLiteral("127.0.0.1"), sandbox.server().port());
        REQUIRE(waitFor([&] { return plain.state() == QAbstractSocket::ConnectedState; }));
        plain.write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        plain.write(QByteArray(4096, '\x16'));
        CHECK(waitFor([&] { return plain.state() == QAbstractSocket::UnconnectedState; }, 8000));
    }
    {  // Two requests pipelined in one write get two answers, in order.
        RawClient raw(sandbox);
        REQUIRE(raw.send("GET /a?1 HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: "
                         "x\r\nConnection: close\r\n\r\n"));
        REQUIRE(waitFor([&] { return raw.closed; }, 5000));
        CHECK(raw.received.startsWith("HTTP/1.1 200"));
        CHECK(raw.received.indexOf("HTTP/1.1 404") > raw.received.indexOf("alive"));
    }

    HttpClient client(sandbox.endpoints());
    const HttpResponse after = waitForGet(client, sandbox.url(QStringLiteral("/a")));
    CHECK(after.status == 200);
    CHECK(after.body == "alive");
}

TEST_CASE("SandboxMalls points every fake's endpoints at its server and writes only the CA",
          "[sandbox]")
{
    SandboxFixture sandbox;
    const Endpoints endpoints = sandbox.endpoints();
    CHECK(endpoints.extraCaCertificates()
          == QList<QSslCertificate>{sandbox.malls().certificateAuthority().certificate()});
    for (const QString &mallId : sandbox.malls().mallIds()) {
        sandbox::FakeMall *fake = sandbox.malls().fake(mallId);
        REQUIRE(fake);
        const QStringList keys = fake->endpointKeys();
        CHECK_FALSE(keys.isEmpty());
        for (const QString &key : keys) {
            INFO(key.toStdString());
            CHECK(endpoints.url(key, QUrl(QStringLiteral("https://mall.example")),
                                QStringLiteral("/x"))
                  == sandbox.url(QStringLiteral("/x")));
        }
        CHECK(sandbox.malls().scenarios(mallId).size() >= 1);
    }
    CHECK(sandbox.malls().fake(QStringLiteral("no-such-mall")) == nullptr);

    const QString caPath = sandbox.malls().caPemPath();
    REQUIRE_FALSE(caPath.isEmpty());
    CHECK(caPath == sandbox.malls().caPemPath());
    QFile file(caPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    CHECK(pem == sandbox.malls().certificateAuthority().certificatePem());
    CHECK_FALSE(pem.contains("PRIVATE KEY"));

    // A child process would read it back through --endpoints.
    Endpoints fromFile;
    QString error;
    REQUIRE(Endpoints::fromJson(endpoints.toJson(caPath), {}, {}, &fromFile, &error));
    CHECK(fromFile.extraCaCertificates() == endpoints.extraCaCertificates());

    // The file goes with the sandbox.
    QString otherPath;
    {
        sandbox::SandboxMalls other;
        QString otherError;
        REQUIRE(other.start(&otherError));
        otherPath = other.caPemPath();
        REQUIRE(QFile::exists(otherPath));
        CHECK(otherPath != caPath);
    }
    CHECK_FALSE(QFile::exists(otherPath));
}

TEST_CASE("sandbox server drops a client that never shakes hands, and serves others meanwhile",
          "[sandbox]")
{
    SandboxFixture sandbox;
    sandbox.server().route("GET", QStringLiteral("/a"),
                           [](const Request &) { return Response::json(200, "alive"); });
    QTcpSocket silent;  // connects, then says nothing: no TLS hello ever comes
    silent.connectToHost(QStringLiteral("127.0.0.1"), sandbox.server().port());
    REQUIRE(waitFor([&] { return silent.state() == QAbstractSocket::ConnectedState; }));
    const int accepted = sandbox.server().acceptedConnections();

    HttpClient client(sandbox.endpoints());
    CHECK(waitForGet(client, sandbox.url(QStringLiteral("/a"))).status == 200);
    CHECK(waitFor([&] { return silent.state() == QAbstractSocket::UnconnectedState; },
                  TlsServer::kHandshakeTimeoutMs + 3000));
    CHECK(sandbox.server().acceptedConnections() == accepted + 1);  // the real client only
}

TEST_CASE("sandbox server that listens only after its certificate is made serves at once",
          "[sandbox]")
{
    const CertificateAuthority ca = CertificateAuthority::create(QStringLiteral("late listen CA"));
    REQUIRE(ca.isValid());
    Server server(ca);
    // The event loop turns long enough for the certificate (made on a worker) to arrive first.
    waitFor([] { return false; }, 1500);
    QString error;
    REQUIRE(server.listen(&error));
    server.route("GET", QStringLiteral("/a"),
                 [](const Request &) { return Response::json(200, "alive"); });
    Endpoints endpoints;
    endpoints.setOverride(QStringLiteral("rakuten.api"), server.baseUrl());
    endpoints.addTrustedCaPem(ca.certificatePem());
    HttpClient client(endpoints);
    const HttpResponse answer = waitForGet(client,
                                           server.baseUrl().resolved(QUrl(QStringLiteral("/a"))));
    INFO(answer.errorText.toStdString());
    CHECK(answer.status == 200);
}
