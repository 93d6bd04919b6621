#include "apprun.h"

#include "testpaths.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QProcess>

namespace crossma::test {

QJsonObject AppRun::json() const
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
    INFO("stdout: " << out.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

bool AppRun::mentions(const QString &text) const
{
    const QByteArray bytes = text.toUtf8();
    return out.contains(bytes) || err.contains(bytes);
}

AppRun runApp(const QStringList &args, const AppRunOptions &options)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), options.configHome);
    if (!options.lang.isEmpty())
        env.insert(QStringLiteral("CROSSMA_LANG"), options.lang);
    // Under AddressSanitizer the child gets full allocation stacks, so that a
    // leak suppression can name the library that really made the allocation
    // (packaging/sanitizers/lsan.supp) rather than only OpenSSL's allocator.
    if (const QString asan = env.value(QStringLiteral("ASAN_OPTIONS")); !asan.isEmpty())
        env.insert(QStringLiteral("ASAN_OPTIONS"), asan + QStringLiteral(":fast_unwind_on_malloc=0"));
    if (!options.platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), options.platform);
    process.setProcessEnvironment(env);
    if (options.mergeChannels)
        process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(appBinary(), args);
    REQUIRE(process.waitForStarted(10000));
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    AppRun r;
    r.finished = waitFor([&] { return process.state() == QProcess::NotRunning; }, options.timeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    INFO("args: " << args.join(QLatin1Char(' ')).toStdString());
    INFO("stdout: " << r.out.toStdString());
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.finished);
    return r;
}

}  // namespace crossma::test
