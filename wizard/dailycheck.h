#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace crossma {

// What the daily expiry check runs and where its files go.
struct DailyCheckPlan {
    QString configHome;     // $XDG_CONFIG_HOME, else ~/.config
    QString name;           // file base name: "crossma-setup-reminders"
    QString program;        // absolute path of this program
    QStringList arguments;  // "status", "--notify"
    bool systemd = false;   // also a systemd user timer
    QString systemctl;      // told about the change when the user manager runs; empty: never
    int systemctlTimeoutMs = 15000;  // a call still running then is ended: the next one runs
};

// The daily `status --notify` for the current user, on the freedesktop
// desktops: an XDG autostart entry (at login) and, where systemd is there, a
// user timer (every morning while logged in). Both may fire on one day; the
// command itself notifies once a day per item. The files name the program and
// its options only, never a secret. All of them are a few hundred bytes.
class DailyCheck
{
    Q_DECLARE_TR_FUNCTIONS(crossma::DailyCheck)
public:
    // Whether this platform has a daily check yet (the freedesktop desktops).
    static bool supported();
    // For this program and settings profile ("crossma-setup").
    static DailyCheckPlan forThisProgram(const QString &profile, bool sandbox);
    // systemd is the init system, or at least systemctl is there.
    static bool systemdPresent();

    static QString autostartFile(const DailyCheckPlan &plan);
    static QString serviceFile(const DailyCheckPlan &plan);
    static QString timerFile(const DailyCheckPlan &plan);
    static QString timerLink(const DailyCheckPlan &plan);  // timers.target.wants/…

    static bool isInstalled(const DailyCheckPlan &plan);
    static bool install(const DailyCheckPlan &plan, QString *error);
    static bool remove(const DailyCheckPlan &plan, QString *error);

    // The files' contents.
    static QByteArray autostartEntry(const DailyCheckPlan &plan);
    static QByteArray serviceUnit(const DailyCheckPlan &plan);
    static QByteArray timerUnit(const DailyCheckPlan &plan);
};

}  // namespace crossma
