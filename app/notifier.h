#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace crossma {

// A desktop notification service. Each platform plugs in its own: the
// freedesktop service over D-Bus on Linux; elsewhere a stand-in that says
// notifications are not supported yet.
class Notifier : public QObject
{
    Q_OBJECT
public:
    struct Notice {
        QString title;
        QString body;         // plain text
        QString actionLabel;  // the default action, a click on the notification
        bool urgent = false;  // already expired
    };

    using QObject::QObject;
    // Shows `notice`; its id, or 0 with a translated `error` (no service…).
    virtual quint32 show(const Notice &notice, QString *error) = 0;

signals:
    void activated(quint32 id);  // the seller clicked it
    void closed(quint32 id);     // dismissed, expired or closed
};

// The notifier of this platform, on the user's session.
std::unique_ptr<Notifier> createDesktopNotifier();

}  // namespace crossma
