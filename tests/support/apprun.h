#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace crossma::test {

// The product binary run as a child, the way support staff and scripts run it.
struct AppRunOptions {
    QString configHome;  // XDG_CONFIG_HOME of the child: its own settings
    QString lang = QStringLiteral("ja");
    QString platform;  // QT_QPA_PLATFORM when set
    QByteArray input;  // written to standard input, which is then closed
    int timeoutMs = 30000;
    bool mergeChannels = false;  // stderr into out
};

struct AppRun {
    bool finished = false;
    int exitCode = -1;  // -1 when it crashed or was killed
    QByteArray out;
    QByteArray err;

    // stdout parsed as one JSON object; REQUIREs that it is one.
    QJsonObject json() const;
    bool mentions(const QString &text) const;
};

// Starts the child and keeps this process's event loop running until it ends
// (the fake malls it talks to live here); kills it after the timeout and
// REQUIREs that it finished.
AppRun runApp(const QStringList &args, const AppRunOptions &options);

}  // namespace crossma::test
