// --sandbox's start: the CA begun before the application object, the practice
// malls listening on it, and their keys made only once the window is up.
#include <catch2/catch.hpp>

#include "firstpagewatcher.h"
#include "sandboxcontext.h"
#include "sandboxmalls.h"
#include "waitfor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>

#include <future>
#include <thread>

using namespace crossma;

namespace {
struct Argv {
    explicit Argv(QList<QByteArray> args) : storage(std::move(args))
    {
        for (QByteArray &a : storage)
            pointers.push_back(a.data());
    }
    int argc() const { return int(pointers.size()); }
    char **argv() { return pointers.data(); }
    QList<QByteArray> storage;
    std::vector<char *> pointers;
};

}  // namespace

TEST_CASE("The practice malls start on a CA begun early, or made when asked", "[sandbox]")
{
    for (const QList<QByteArray> &args :
         {QList<QByteArray>{"crossma-setup", "--sandbox"}, QList<QByteArray>{"crossma-setup"}}) {
        INFO(args.join(' ').toStdString());
        Argv argv(args);
        SandboxStart early(argv.argc(), argv.argv());
        QString error;
        const std::unique_ptr<sandbox::SandboxMalls> malls = early.start(&error);
        REQUIRE(malls);
        CHECK(error.isEmpty());
        CHECK(malls->certificateAuthority().isValid());
        const Endpoints endpoints = malls->endpoints();
        CHECK(endpoints.extraCaCertificates()
              == QList<QSslCertificate>{malls->certificateAuthority().certificate()});
        // A request at once: it waits in the backlog for the server's
        // certificate (made on a worker), then passes the CA's check.
        HttpClient client(endpoints);
        const HttpResponse answer = test::waitForGet(
            client, malls->server().baseUrl().resolved(QUrl(QStringLiteral("/none"))));
        INFO(answer.errorText.toStdString());
        CHECK(answer.status == 404);
    }
}

TEST_CASE("The practice malls listen and hand out endpoints before their CA is made", "[sandbox]")
{
    std::promise<sandbox::CertificateAuthority> made;
    sandbox::SandboxMalls malls(sandbox::CertificateAuthority::createLater(made.get_future().share()));
    // All the window needs of the sandbox, with no CA yet: any wait for it
    // would hang here, as nothing makes it until below.
    QString error;
    REQUIRE(malls.start(&error));
    CHECK(malls.isStarted());
    const Endpoints endpoints = malls.endpoints();
    CHECK(endpoints.hasOverrides());
    CHECK(endpoints.hasTrustedCas());
    CHECK_FALSE(malls.certificateAuthority().hasFailed());

    // A request made while the CA is still coming waits for it, then passes
    // its check: the CA the endpoints trust is the one the server's leaf has.
    std::thread maker([&made] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        made.set_value(sandbox::CertificateAuthority::create(QStringLiteral("late CA")));
    });
    HttpClient client(endpoints);
    const HttpResponse answer = test::waitForGet(
        client, malls.server().baseUrl().resolved(QUrl(QStringLiteral("/none"))));
    maker.join();
    INFO(answer.errorText.toStdString());
    CHECK(answer.status == 404);
    CHECK(endpoints.extraCaCertificates()
          == QList<QSslCertificate>{malls.certificateAuthority().certificate()});
}

TEST_CASE("Practice malls whose CA could not be made refuse requests at once", "[sandbox]")
{
    std::promise<sandbox::CertificateAuthority> made;
    made.set_value(sandbox::CertificateAuthority());  // OpenSSL failed
    sandbox::SandboxMalls malls(sandbox::CertificateAuthority::createLater(made.get_future().share()));
    QString error;
    REQUIRE(malls.start(&error));  // the failure shows when the CA is used
    HttpClient client(malls.endpoints());
    QElapsedTimer clock;
    clock.start();
    const HttpResponse answer = test::waitForGet(
        client, malls.server().baseUrl().resolved(QUrl(QStringLiteral("/none"))));
    CHECK(answer.status == 0);
    CHECK_FALSE(answer.errorText.isEmpty());
    CHECK(clock.elapsed() < 5000);  // refused, not left to the client's timeout
    CHECK_FALSE(malls.certificateAuthority().isValid());
    CHECK(malls.endpoints().extraCaCertificates().isEmpty());
}

TEST_CASE("Work put off until the first paint runs once, after it", "[wizard]")
{
    QLabel window(QStringLiteral("はじめに"));
    int runs = 0;
    bool paintedBefore = false;
    afterFirstPaint(&window, [&] {
        ++runs;
        paintedBefore = window.isVisible();
    });
    QCoreApplication::processEvents();
    CHECK(runs == 0);  // not shown, not painted
    window.show();
    REQUIRE(test::waitFor([&] { return runs > 0; }));
    CHECK(paintedBefore);
    window.repaint();
    window.hide();
    window.show();
    QCoreApplication::processEvents();
    CHECK(runs == 1);
}
