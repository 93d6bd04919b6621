#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace crossma::test {

// A D-Bus session bus of its own for a child process, started with
// dbus-run-session and a configuration that reads none of the system's
// service files, so no Secret Service can be started on it.
class PrivateBus
{
public:
    enum class SecretService {
        Absent,   // nothing owns org.freedesktop.secrets: "was not provided"
        Hanging,  // starting it never finishes, like an unanswered unlock prompt
        Locked,   // gnome-keyring with a login keyring that is locked, and no
                  // prompter to unlock it: every access is refused
    };
    explicit PrivateBus(SecretService secretService);

    struct Run {
        bool started = false;
        bool finished = false;  // false: killed at the deadline
        int exitCode = -1;
        QByteArray output;  // stdout and stderr, for a failing test's message
        qint64 elapsedMs = 0;
    };
    // Runs this test executable with `arguments` on the private bus.
    Run runSelf(const QStringList &arguments, const QProcessEnvironment &extra, int timeoutMs) const;

    QString configFile() const { return m_dir.path() + QStringLiteral("/session.conf"); }
    bool ready() const { return m_ready; }

private:
    bool createLockedKeyring();

    QTemporaryDir m_dir;
    bool m_ready = true;
};

}  // namespace crossma::test
