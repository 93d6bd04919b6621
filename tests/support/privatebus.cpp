#include "privatebus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

namespace crossma::test {

PrivateBus::PrivateBus(SecretService secretService)
{
    const QString services = m_dir.path() + QStringLiteral("/services");
    QDir().mkpath(services);
    if (secretService == SecretService::Hanging) {
        // Activation waits for a process that never takes the name; it exits
        // on its own a little later so nothing outlives the test for long.
        QFile service(services + QStringLiteral("/org.freedesktop.secrets.service"));
        service.open(QIODevice::WriteOnly);
        service.write("[D-BUS Service]\nName=org.freedesktop.secrets\nExec=/bin/sleep 15\n");
    } else if (secretService == SecretService::Locked) {
        // Started on demand; it finds the login keyring locked and cannot ask
        // for the password (no prompter on this bus).
        QFile service(services + QStringLiteral("/org.freedesktop.secrets.service"));
        service.open(QIODevice::WriteOnly);
        service.write(
            "[D-BUS Service]\nName=org.freedesktop.secrets\n"
            "Exec=/usr/bin/gnome-keyring-daemon --start --foreground --components=secrets\n");
    }

    QFile config(configFile());
    config.open(QIODevice::WriteOnly);
    config.write(
        QStringLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig>\n"
            "  <type>session</type>\n"
            "  <listen>unix:tmpdir=%1</listen>\n"
            "  <auth>EXTERNAL</auth>\n"
            "  <servicedir>%2</servicedir>\n"
            "  <policy context=\"default\">\n"
            "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
            "    <allow eavesdrop=\"true\"/>\n"
            "    <allow own=\"*\"/>\n"
            "  </policy>\n"
            "  <limit name=\"service_start_timeout\">60000</limit>\n"
            "</busconfig>\n")
            .arg(m_dir.path(), services)
            .toUtf8());
    config.close();

    if (secretService == SecretService::Locked)
        m_ready = createLockedKeyring();
}

// A first session unlocks (and so creates) the login keyring with a password
// and ends; the keyring stays on disk, locked, for the sessions after it.
bool PrivateBus::createLockedKeyring()
{
    QDir().mkpath(m_dir.path() + QStringLiteral("/data"));
    QDir().mkpath(m_dir.path() + QStringLiteral("/first-runtime"));
    QFile::setPermissions(m_dir.path() + QStringLiteral("/first-runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                       m_dir.path() + QStringLiteral("/first-runtime"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(
        QStringLiteral("dbus-run-session"),
        {QStringLiteral("--config-file=") + configFile(), QStringLiteral("--"),
         QStringLiteral("sh"), QStringLiteral("-c"),
         // Storing an item waits until the keyring is written to disk.
         QStringLiteral("printf test-pass | gnome-keyring-daemon --unlock --components=secrets "
                        ">/dev/null 2>&1 && printf seed | secret-tool store --label=seed "
                        "crossma-test seed")});
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    return QFile::exists(m_dir.path() + QStringLiteral("/data/keyrings/login.keyring"));
}

PrivateBus::Run PrivateBus::runSelf(const QStringList &arguments, const QProcessEnvironment &extra,
                                    int timeoutMs) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    // The keychain's files and sockets of this bus only.
    const QString runtime = m_dir.path() + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/data"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList command{QStringLiteral("--config-file=") + configFile(), QStringLiteral("--"),
                        QCoreApplication::applicationFilePath()};
    command += arguments;

    Run run;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral("dbus-run-session"), command);
    run.started = process.waitForStarted(10000);
    if (!run.started) {
        run.output = process.errorString().toUtf8();
        return run;
    }
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAll();
    return run;
}

}  // namespace crossma::test
