#include "dailycheck.h"

#include "core/programpath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace crossma {

namespace {
QString unitsDir(const DailyCheckPlan &plan)
{
    return plan.configHome + QStringLiteral("/systemd/user");
}

QString title()
{
    return DailyCheck::tr("crossma-setup: expiry check");
}

// An Exec= argument of a desktop entry: quoted when it holds a reserved
// character, then escaped once more as a string value; % is a field code.
QString desktopArgument(const QString &arg)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString text = arg;
    text.replace(QLatin1Char('%'), QStringLiteral("%%"));
    const bool quote = std::any_of(text.cbegin(), text.cend(),
                                   [](QChar c) { return reserved.contains(c); });
    if (!quote)
        return text;
    QString quoted;
    for (const QChar c : text) {
        if (QStringLiteral("\"`$\\").contains(c))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
    return quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
}

// An ExecStart= argument: always quoted; systemd expands % and $ itself.
QString unitArgument(const QString &arg)
{
    QString text;
    for (const QChar c : arg) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            text += QLatin1Char('\\');
        if (c == QLatin1Char('%') || c == QLatin1Char('$'))
            text += c;
        text += c;
    }
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString commandLine(const DailyCheckPlan &plan, QString (*quote)(const QString &))
{
    QStringList parts{quote(plan.program)};
    for (const QString &arg : plan.arguments)
        parts << quote(arg);
    return parts.join(QLatin1Char(' '));
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return true;
    *error = DailyCheck::tr("Could not write %1: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool removeFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (QFile::remove(path))
        return true;
    *error = DailyCheck::tr("Could not remove %1.").arg(QDir::toNativeSeparators(path));
    return false;
}

// The calls one after the other; a call that hangs (a user manager that does
// not answer) is ended after `timeoutMs`, so that the calls after it still run.
void runSystemctl(const QString &systemctl, int timeoutMs, QList<QStringList> calls)
{
    if (calls.isEmpty())
        return;
    auto *process = new QProcess(QCoreApplication::instance());
    process->setProgram(systemctl);
    process->setArguments(QStringList{QStringLiteral("--user")} + calls.takeFirst());
    QObject::connect(process, &QProcess::finished, process, [process, systemctl, timeoutMs, calls] {
        process->deleteLater();
        runSystemctl(systemctl, timeoutMs, calls);
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            process->deleteLater();
    });
    QTimer::singleShot(timeoutMs, process, [process] {
        if (process->state() != QProcess::NotRunning)
            process->kill();  // finished follows, and with it the next call
    });
    process->start();
}

// systemctl --user calls in the background, only when a user manager runs
// (its private socket is there), so that it picks up the change.
void tellSystemd(const DailyCheckPlan &plan, const QList<QStringList> &calls)
{
    const QString socket = qEnvironmentVariable("XDG_RUNTIME_DIR")
                           + QStringLiteral("/systemd/private");
    if (plan.systemctl.isEmpty() || !QFileInfo::exists(socket))
        return;
    runSystemctl(plan.systemctl, plan.systemctlTimeoutMs, calls);
}
}  // namespace

bool DailyCheck::supported()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return true;
#else
    return false;
#endif
}

DailyCheckPlan DailyCheck::forThisProgram(const QString &profile, bool sandbox)
{
    DailyCheckPlan plan;
    // The XDG Base Directory rule, not Qt's test-mode folders.
    const QString configured = qEnvironmentVariable("XDG_CONFIG_HOME");
    plan.configHome = QDir::isAbsolutePath(configured)
                          ? configured
                          : QDir::homePath() + QStringLiteral("/.config");
    plan.name = profile + QStringLiteral("-reminders");
    plan.program = programPath();  // crossma-setup, not the program behind it
    plan.arguments = {QStringLiteral("status"), QStringLiteral("--notify")};
    if (sandbox)
        plan.arguments << QStringLiteral("--sandbox");
    plan.systemd = systemdPresent();
    plan.systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    return plan;
}

bool DailyCheck::systemdPresent()
{
    return QFileInfo::exists(QStringLiteral("/run/systemd/system"))
           || !QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty();
}

QString DailyCheck::autostartFile(const DailyCheckPlan &plan)
{
    return plan.configHome + QStringLiteral("/autostart/") + plan.name + QStringLiteral(".desktop");
}

QString DailyCheck::serviceFile(const DailyCheckPlan &plan)
{
    return unitsDir(plan) + QLatin1Char('/') + plan.name + QStringLiteral(".service");
}

QString DailyCheck::timerFile(const DailyCheckPlan &plan)
{
    return unitsDir(plan) + QLatin1Char('/') + plan.name + QStringLiteral(".timer");
}

QString DailyCheck::timerLink(const DailyCheckPlan &plan)
{
    return unitsDir(plan) + QStringLiteral("/timers.target.wants/") + plan.name
           + QStringLiteral(".timer");
}

bool DailyCheck::isInstalled(const DailyCheckPlan &plan)
{
    if (!QFileInfo::exists(autostartFile(plan)))
        return false;
    return !plan.systemd
           || (QFileInfo::exists(serviceFile(plan)) && QFileInfo(timerLink(plan)).isSymLink());
}

QByteArray DailyCheck::autostartEntry(const DailyCheckPlan &plan)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=%1\n"
                          "Comment=%2\n"
                          "Exec=%3\n"
                          "Icon=jp.crossma.setup\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n"
                          "X-GNOME-Autostart-Delay=60\n")
        .arg(title(), tr("Reminds you of keys that expire soon."), commandLine(plan, desktopArgument))
        .toUtf8();
}

QByteArray DailyCheck::serviceUnit(const DailyCheckPlan &plan)
{
    // Type=exec: the check stays a while so that a click on its notification
    // can still open the app.
    return QStringLiteral("[Unit]\n"
                          "Description=%1\n\n"
                          "[Service]\n"
                          "Type=exec\n"
                          "ExecStart=%2\n")
        .arg(title(), commandLine(plan, unitArgument))
        .toUtf8();
}

QByteArray DailyCheck::timerUnit(const DailyCheckPlan &plan)
{
    return QStringLiteral("[Unit]\n"
                          "Description=%1\n\n"
                          "[Timer]\n"
                          "OnCalendar=*-*-* 09:00:00\n"
                          "Persistent=true\n"
                          "RandomizedDelaySec=10min\n"
                          "Unit=%2.service\n\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(title(), plan.name)
        .toUtf8();
}

bool DailyCheck::install(const DailyCheckPlan &plan, QString *error)
{
    if (!writeFile(autostartFile(plan), autostartEntry(plan), error))
        return false;
    if (!plan.systemd)
        return true;
    if (!writeFile(serviceFile(plan), serviceUnit(plan), error)
        || !writeFile(timerFile(plan), timerUnit(plan), error))
        return false;
    // What `systemctl --user enable` does, without needing a running manager.
    const QString link = timerLink(plan);
    QDir().mkpath(QFileInfo(link).absolutePath());
    if (!QFileInfo(link).isSymLink()
        && !QFile::link(QStringLiteral("../") + plan.name + QStringLiteral(".timer"), link)) {
        *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(link));
        return false;
    }
    tellSystemd(plan, {{QStringLiteral("daemon-reload")},
                       {QStringLiteral("start"), plan.name + QStringLiteral(".timer")}});
    return true;
}

bool DailyCheck::remove(const DailyCheckPlan &plan, QString *error)
{
    // The unit files go whether or not systemd was found this time.
    for (const QString &path :
         {timerLink(plan), timerFile(plan), serviceFile(plan), autostartFile(plan)}) {
        if (!removeFile(path, error))
            return false;
    }
    tellSystemd(plan, {{QStringLiteral("stop"), plan.name + QStringLiteral(".timer")},
                       {QStringLiteral("daemon-reload")}});
    return true;
}

}  // namespace crossma
