#pragma once

#include "notifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <functional>

class QSettings;

namespace crossma {

class Connector;

// `status --notify`: one desktop notification per stored expiry within its
// warning days, at most once a day per item (recorded in the settings). A
// click opens the wizard on that mall: the freedesktop service reports the
// click to the process that sent the notification, so this one stays a while
// (waitForClicks) instead of leaving a notification that can do nothing.
class NotifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(crossma::NotifyCommand)
public:
    using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;
    struct Options {
        bool sandbox = false;
        QString profile;                           // the settings profile, for the lock file's name
        int waitForClicksMs = 8 * 60 * 60 * 1000;  // a working day
        Launcher launch;                           // unset: a detached process
    };

    NotifyCommand(const QList<const Connector *> &connectors, QSettings *settings,
                  const QString &keychainService, Notifier *notifier, Options options);

    // Sends what is due and records it. 0, or 3 when one could not be shown
    // (it is not recorded, so the next check tries again); `error` says why.
    int send(QString *error);
    // What was sent, for the command's output.
    QStringList sentTitles() const { return m_titles; }
    QJsonArray sentJson() const { return m_json; }

    // Until each sent notification is clicked or closed, or the time is up.
    void waitForClicks();

private:
    int sendDue(QString *error);

    QList<const Connector *> m_connectors;
    QSettings *m_settings;
    QString m_service;
    Notifier *m_notifier;
    Options m_options;
    QHash<quint32, QString> m_open;  // notification id -> mall id
    QStringList m_titles;
    QJsonArray m_json;
};

}  // namespace crossma
