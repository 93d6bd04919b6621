// A Secret Service that answers late, for the keychain fault tests.
//
// It owns org.freedesktop.secrets on the session bus it is started on and
// forwards every call, unchanged, to the real Secret Service (gnome-keyring)
// on another bus. Calls named in a rules file are held back: either the call
// reaches the keychain late ("late": the change lands after the delay, as
// behind an unlock prompt) or it is carried out at once and only its answer
// is late ("slow-answer").
//
//   crossma_slow_secret_service <upstream bus address> <rules file>
//
// Rules, one a line: <method> <calls to let through first> <calls to hold> <delay ms> <late|slow-answer>
// The file is read on every call; when its contents change, counting starts anew.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusVirtualObject>
#include <QFile>
#include <QHash>
#include <QTimer>

#include <cstdio>

namespace {

const QString SecretsName = QStringLiteral("org.freedesktop.secrets");

struct Hold {
    int delayMs = 0;
    bool late = true;  // false: carried out now, answered late
};

class Rules
{
public:
    explicit Rules(const QString &file) : m_file(file) {}

    Hold holdFor(const QString &method)
    {
        reload();
        const int call = m_calls[method]++;
        for (const QByteArray &line : m_text.split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() != 5 || QString::fromLatin1(f.at(0)) != method)
                continue;
            const int pass = f.at(1).toInt();
            const int hold = f.at(2).toInt();
            if (call >= pass && call < pass + hold)
                return Hold{f.at(3).toInt(), f.at(4) != "slow-answer"};
        }
        return {};
    }

private:
    void reload()
    {
        QFile file(m_file);
        const QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (text != m_text) {
            m_text = text;
            m_calls.clear();
        }
    }

    QString m_file;
    QByteArray m_text;
    QHash<QString, int> m_calls;
};

class Forwarder : public QDBusVirtualObject
{
public:
    Forwarder(const QDBusConnection &upstream, const QString &rulesFile)
        : m_upstream(upstream), m_rules(rulesFile)
    {
    }

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (message.type() != QDBusMessage::MethodCallMessage)
            return false;
        const Hold hold = m_rules.holdFor(message.member());
        std::fprintf(stderr, "slow-secret-service: %s.%s %s held %d ms\n",
                     qPrintable(message.interface()), qPrintable(message.member()),
                     qPrintable(message.path()), hold.delayMs);
        message.setDelayedReply(true);
        QDBusMessage call = QDBusMessage::createMethodCall(SecretsName, message.path(),
                                                           message.interface(), message.member());
        call.setArguments(message.arguments());
        const int answerDelay = hold.late ? 0 : hold.delayMs;
        auto forward = [this, call, message, connection, answerDelay] {
            auto *watcher = new QDBusPendingCallWatcher(m_upstream.asyncCall(call, 10 * 60 * 1000));
            QObject::connect(
                watcher, &QDBusPendingCallWatcher::finished, watcher,
                [watcher, message, connection, answerDelay] {
                    watcher->deleteLater();
                    const QDBusMessage reply = watcher->reply();
                    const QDBusMessage answer = reply.type() == QDBusMessage::ErrorMessage
                                                    ? message.createErrorReply(reply.errorName(),
                                                                               reply.errorMessage())
                                                    : message.createReply(reply.arguments());
                    QTimer::singleShot(answerDelay, [connection, answer] {
                        QDBusConnection(connection).send(answer);
                    });
                });
        };
        QTimer::singleShot(hold.late ? hold.delayMs : 0, forward);
        return true;
    }

private:
    QDBusConnection m_upstream;
    Rules m_rules;
};

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr,
                     "usage: crossma_slow_secret_service <upstream bus address> <rules file>\n");
        return 2;
    }
    const QDBusConnection upstream = QDBusConnection::connectToBus(args.at(1),
                                                                   QStringLiteral("upstream"));
    QDBusConnection session = QDBusConnection::sessionBus();
    if (!upstream.isConnected() || !session.isConnected()) {
        std::fprintf(stderr, "slow-secret-service: cannot reach both buses\n");
        return 3;
    }
    Forwarder forwarder(upstream, args.at(2));
    if (!session.registerVirtualObject(QStringLiteral("/"), &forwarder, QDBusConnection::SubPath)
        || !session.registerService(SecretsName)) {
        std::fprintf(stderr, "slow-secret-service: cannot own %s\n", qPrintable(SecretsName));
        return 3;
    }
    // Ends with its bus, and in any case after a few minutes.
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &app, [&session] {
        if (!session.isConnected())
            QCoreApplication::quit();
    });
    watch.start(500);
    QTimer::singleShot(5 * 60 * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}
