// --sandbox's start: the CA begun before the application object, the practice
// malls listening on it, and their keys made only once the window is up.
#include <catch2/catch.hpp>

#include "firstpagewatcher.h"
#include "sandboxcontext.h"
#include "sandboxmalls.h"
#include "waitfor.h"

#include <QCoreApplication>
#include <QLabel>

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
