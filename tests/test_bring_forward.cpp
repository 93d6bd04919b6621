// A second start of the window brings the first forward (InstanceLock's
// local socket), on the mall a reminder's click asks for (--edit MALL).
#include "test_wizard_support.h"

#include "bringforward.h"
#include "homewindow.h"
#include "instancelock.h"
#include "registry.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <future>

using namespace crossma;

namespace {

// A lock of its own: the runtime folder is XDG_RUNTIME_DIR, so the test's
// application name keeps it apart from any other.
struct Holder {
    InstanceLock lock{false};
    QStringList asked;  // one entry per raise, the mall it named
    Holder()
    {
        REQUIRE(lock.tryLock(0));
        REQUIRE(lock.listen([this](const QString &mallId) { asked << mallId; }));
    }
};

// The second start's side runs on a thread of its own: it blocks, as a real
// second process does, while this thread's event loop lets the holder answer.
bool askFromAnotherStart(const Holder &holder, const QString &mallId)
{
    auto answer = std::async(std::launch::async,
                             [&] { return holder.lock.askHolderToRaise(mallId, 5000); });
    test::waitFor(
        [&] { return answer.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 10000);
    return answer.get();
}

// Sends `bytes` as a peer would and waits for the holder to hang up.
QByteArray sendRaw(const Holder &holder, const QByteArray &bytes)
{
    QLocalSocket socket;
    socket.connectToServer(holder.lock.socketName());
    REQUIRE(test::waitFor([&] { return socket.state() == QLocalSocket::ConnectedState; }, 5000));
    socket.write(bytes);
    QByteArray answer;
    test::waitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QLocalSocket::UnconnectedState;
        },
        5000);
    return answer + socket.readAll();
}

}  // namespace

TEST_CASE("A second start asks the first to come forward, naming the mall it was started for",
          "[lifetimes][lock]")
{
    Holder holder;
    CHECK(askFromAnotherStart(holder, QString()));
    CHECK(askFromAnotherStart(holder, QStringLiteral("rakuten")));
    // Not a plain mall id: never sent.
    CHECK(askFromAnotherStart(holder, QStringLiteral("../rakuten")));
    CHECK(holder.asked == QStringList{QString(), QStringLiteral("rakuten"), QString()});

    SECTION("a request in pieces is one request")
    {
        holder.asked.clear();
        QLocalSocket socket;
        socket.connectToServer(holder.lock.socketName());
        REQUIRE(test::waitFor([&] { return socket.state() == QLocalSocket::ConnectedState; }, 5000));
        socket.write("rai");
        socket.flush();
        test::waitFor([] { return false; }, 50);
        socket.write("se aupay\n");
        REQUIRE(test::waitFor([&] { return !holder.asked.isEmpty(); }, 5000));
        CHECK(holder.asked == QStringList{QStringLiteral("aupay")});
    }
    SECTION("anything else is not a raise, and an odd mall id is dropped")
    {
        holder.asked.clear();
        CHECK(sendRaw(holder, "hello\n").isEmpty());
        CHECK(sendRaw(holder, QByteArray(200, 'r')).isEmpty());  // no line end, too long
        CHECK(holder.asked.isEmpty());
        CHECK(sendRaw(holder, "raise ../../etc\n") == "raised\n");
        CHECK(sendRaw(holder, "raise Rakuten\n") == "raised\n");
        CHECK(holder.asked == QStringList{QString(), QString()});
    }
}

TEST_CASE("A peer that connects and says nothing is let go", "[lifetimes][lock]")
{
    Holder holder;
    QLocalSocket silent;
    silent.connectToServer(holder.lock.socketName());
    REQUIRE(test::waitFor([&] { return silent.state() == QLocalSocket::ConnectedState; }, 5000));
    // Another start is answered meanwhile.
    CHECK(askFromAnotherStart(holder, QString()));
    CHECK(test::waitFor([&] { return silent.state() == QLocalSocket::UnconnectedState; }, 15000));
    CHECK(holder.asked == QStringList{QString()});
}

TEST_CASE("Brought forward for a mall, the overview opens that mall, unless the wizard is open",
          "[lifetimes][overview]")
{
    test::TestStore t;
    REQUIRE(t.linkRakuten(QStringLiteral("SP338500_forward"), QStringLiteral("SL338500_forward")));
    const auto connectors = createConnectors();
    HomeWindow home(test::contextFor(connectors, &t.store));
    home.show();

    bringWindowsForward(QString());  // no mall: only to the front
    CHECK_FALSE(home.wizard());
    CHECK(home.isVisible());
    bringWindowsForward(QStringLiteral("nosuchmall"));  // plain, but not one of ours
    CHECK_FALSE(home.wizard());
    CHECK(home.isVisible());

    bringWindowsForward(QStringLiteral("rakuten"));
    REQUIRE(home.wizard());
    const int rakutenPage = home.wizard()->pageIdFor(QStringLiteral("rakuten"));
    CHECK(home.wizard()->currentId() == rakutenPage);

    // The seller is on a page already: a second click does not take them away.
    SetupWizard *open = home.wizard();
    bringWindowsForward(QStringLiteral("aupay"));
    CHECK(home.wizard() == open);
    CHECK(home.wizard()->currentId() == rakutenPage);
    home.wizard()->reject();
    REQUIRE(test::waitFor([&] { return home.isVisible(); }, 5000));
}
