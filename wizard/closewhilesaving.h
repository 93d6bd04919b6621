#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QLabel;
class QWidget;

namespace crossma {

class CredentialStore;

// A window that is asked to close while the store still works (a save or an
// unlink waiting for the keychain) stays open: it shows 保存中… over its
// contents, takes no more input, and closes by itself once the store is idle.
// Closing mid-save would end the process under a keychain write.
class CloseWhileSaving : public QObject
{
    Q_OBJECT
public:
    CloseWhileSaving(QWidget *window, CredentialStore *store);

    // True when closing must wait; `closeNow` runs once the store is idle.
    bool defer(std::function<void()> closeNow);
    bool isWaiting() const { return bool(m_closeNow); }

private:
    void showNotice();
    void onIdle();

    QWidget *m_window;
    QPointer<CredentialStore> m_store;
    QLabel *m_notice = nullptr;
    std::function<void()> m_closeNow;
};

}  // namespace crossma
