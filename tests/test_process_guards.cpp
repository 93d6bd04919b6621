// The shipped crossma-setup as a process: one instance per profile (a second
// window raises the first, a writing command waits and then says why it
// cannot write), no core dump of a process that holds secrets, and the
// launcher becoming the window's or the commands' program.
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "waitfor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace crossma::test;

namespace {

// A profile of its own: settings, runtime folder (lock and socket), no display.
struct Profile {
    QTemporaryDir root;
    QString runtime = root.path() + QStringLiteral("/runtime");

    Profile()
    {
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ExeOwner);
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }
    QString lockFile() const { return runtime + QStringLiteral("/crossma-setup.lock"); }
};

struct Finished {
    bool finished = false;
    int exitCode = -1;
    QString output;
};

Finished runApp(const Profile &profile, const QStringList &arguments, int timeoutMs = 20000)
{
    QProcess process;
    process.setProcessEnvironment(profile.environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(crossma::test::appBinary(), arguments);
    Finished run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

// In the child before exec: core dumps as large as the system allows.
void allowCoreDumps()
{
    struct rlimit limit;
    getrlimit(RLIMIT_CORE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_CORE, &limit);
}

// The window, started and left open (offscreen), with core dumps allowed as
// far as the parent is concerned: whatever stops them is the app's own doing.
void startWindow(QProcess &window, const Profile &profile, const QString &workingDirectory)
{
    window.setProcessEnvironment(profile.environment());
    window.setWorkingDirectory(workingDirectory);
    window.setChildProcessModifier(allowCoreDumps);
    window.start(crossma::test::appBinary(), {QStringLiteral("--lang"), QStringLiteral("ja")});
}

// The window, started and up: it holds the profile's lock and listens on its socket.
bool startWindowAndWait(QProcess &window, const Profile &profile, const QString &workingDirectory)
{
    startWindow(window, profile, workingDirectory);
    return window.waitForStarted(10000)
           && waitFor([&] { return QFile::exists(profile.lockFile() + QStringLiteral(".socket")); },
                      20000);
}

QString coreLimitLine(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return QString::fromLatin1(line.simplified());
    }
    return {};
}

bool hasCoreFile(const QString &folder)
{
    return !QDir(folder).entryList({QStringLiteral("core*")}, QDir::Files).isEmpty();
}

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString programOf(qint64 pid)
{
    return QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
}

void stop(QProcess &process)
{
    process.kill();
    process.waitForFinished(5000);
}

}  // namespace

TEST_CASE("A second window raises the first, and a writing command waits and then says why",
          "[lifetimes][lock]")
{
    Profile profile;
    QTemporaryDir work;
    QProcess first;
    REQUIRE(startWindowAndWait(first, profile, work.path()));
    CHECK(QFile::exists(profile.lockFile()));

    // The second window asks the first to come forward and ends at once.
    const Finished second = runApp(profile, {QStringLiteral("--lang"), QStringLiteral("ja")});
    INFO(second.output.toStdString());
    CHECK(second.finished);
    CHECK(second.exitCode == 0);
    CHECK(first.state() == QProcess::Running);

    // verify records its result: it may not, while the window holds the profile.
    const Finished verify = runApp(profile, {QStringLiteral("verify"), QStringLiteral("--mall"),
                                             QStringLiteral("rakuten"), QStringLiteral("--lang"),
                                             QStringLiteral("ja")});
    INFO(verify.output.toStdString());
    CHECK(verify.finished);
    CHECK(verify.exitCode == 3);
    CHECK(verify.output.contains(QStringLiteral("設定を変更中")));
    CHECK(verify.output.contains(profile.lockFile()));
    // status only reads: it runs.
    const Finished status = runApp(
        profile, {QStringLiteral("status"), QStringLiteral("--lang"), QStringLiteral("ja")});
    CHECK(status.finished);
    CHECK_FALSE(status.output.contains(QStringLiteral("設定を変更中")));

    // Once the window is gone (even killed, leaving its lock file), verify runs again.
    stop(first);
    const Finished after = runApp(profile, {QStringLiteral("verify"), QStringLiteral("--mall"),
                                            QStringLiteral("rakuten"), QStringLiteral("--lang"),
                                            QStringLiteral("ja")});
    INFO(after.output.toStdString());
    CHECK(after.finished);
    CHECK_FALSE(after.output.contains(QStringLiteral("設定を変更中")));
}

TEST_CASE("The start-up bench's early exit leaves no lock or socket for the next start",
          "[lifetimes][lock]")
{
    // Every measured start would otherwise recover a stale lock first, which
    // a real start (after a normal exit) never does.
    Profile profile;
    for (int run = 0; run < 2; ++run) {
        const Finished start = runApp(profile, {QStringLiteral("--exit-after-first-page")});
        INFO(start.output.toStdString());
        CHECK(start.finished);
        CHECK(start.exitCode == 0);
        CHECK_FALSE(QFile::exists(profile.lockFile()));
        CHECK_FALSE(QFile::exists(profile.lockFile() + QStringLiteral(".socket")));
    }
}

TEST_CASE("crossma-setup leaves no core dump when it crashes", "[lifetimes][hardening]")
{
    // The same crash of a plain process does dump here, so the check means something.
    QTemporaryDir controlDir;
    QProcess control;
    control.setWorkingDirectory(controlDir.path());
    control.setChildProcessModifier(allowCoreDumps);
    control.start(QStringLiteral("/bin/sleep"), {QStringLiteral("30")});
    REQUIRE(control.waitForStarted(5000));
    waitFor([] { return false; }, 200);
    ::kill(pid_t(control.processId()), SIGABRT);
    control.waitForFinished(10000);
    REQUIRE(hasCoreFile(controlDir.path()));

    Profile profile;
    QTemporaryDir work;
    QProcess app;
    startWindow(app, profile, work.path());
    REQUIRE(app.waitForStarted(10000));
    // Core dumps are off from main() on.
    REQUIRE(waitFor(
        [&] {
            return coreLimitLine(app.processId()).startsWith(QStringLiteral("Max core file size 0 0"));
        },
        10000));
    waitFor([&] { return QFile::exists(profile.lockFile() + QStringLiteral(".socket")); }, 20000);
    ::kill(pid_t(app.processId()), SIGABRT);
    app.waitForFinished(10000);
    CHECK(app.exitStatus() == QProcess::CrashExit);
    CHECK_FALSE(hasCoreFile(work.path()));
}

TEST_CASE("crossma-setup becomes the window's program or the commands' one, and a command loads "
          "no Widgets",
          "[lifetimes][launcher]")
{
    Profile profile;
    QTemporaryDir work;
    QProcess window;
    REQUIRE(startWindowAndWait(window, profile, work.path()));
    // The same process (exec), now the window's program.
    CHECK(programOf(window.processId()).endsWith(QStringLiteral("/crossma-setup-wizard")));
    // It knows the launcher's path, to start crossma-setup again later.
    const QByteArray launcher = QFileInfo(appBinary()).canonicalFilePath().toUtf8();
    CHECK(procFile(window.processId(), "environ").split('\0').contains("CROSSMA_PROGRAM=" + launcher));

    // A writing command waits 3 s for the window's lock: time to look at it.
    QProcess verify;
    verify.setProcessEnvironment(profile.environment());
    verify.start(appBinary(),
                 {QStringLiteral("verify"), QStringLiteral("--mall"), QStringLiteral("rakuten")});
    REQUIRE(verify.waitForStarted(10000));
    const qint64 pid = verify.processId();
    REQUIRE(waitFor(
        [&] {
            return programOf(pid).endsWith(QStringLiteral("/crossma-setup-cli"))
                   && procFile(pid, "maps").contains("libQt6Core");
        },
        10000));
    const QByteArray maps = procFile(pid, "maps");
    CHECK(maps.contains("libQt6Network"));
    CHECK_FALSE(maps.contains("libQt6Widgets"));
    CHECK_FALSE(maps.contains("libQt6Gui"));
    REQUIRE(verify.waitForFinished(20000));
    CHECK(verify.exitCode() == 3);  // it still did its job: said why it could not record
    stop(window);
}
