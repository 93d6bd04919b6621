#pragma once

#include "diagnostics.h"
#include "setupwizard.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace crossma {

class CloseWhileSaving;
class OverviewPage;

// What a returning seller sees first when malls are linked already: the
// overview (state, expiry reminders first, すべて再確認, 編集, 連携を解除), a way
// into the setup wizard, and the support information to save for support.
class HomeWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HomeWindow(const WizardContext &context, QWidget *parent = nullptr);

    OverviewPage *overview() const { return m_overview; }
    // The wizard while it is open (editing one mall, or setting up more).
    SetupWizard *wizard() const { return m_wizard; }

    // Opens the wizard on `mallId`'s page, or on the first page when empty.
    void openWizard(const QString &mallId = {});
    // The support information (no secret), as copied and saved.
    QString supportInformation() const;
    // Writes the support information (no secret) to `path`; false with a message.
    bool saveSupportInformation(const QString &path, QString *error);
    // What the keychain probe started with the window found (Checking until it answers).
    Diagnostics::Keychain keychainState() const { return m_situation.keychain; }

    // Shown on the overview as in the wizard; the wizard may turn it on.
    void setScreenShare(bool on);
    bool isScreenShare() const { return m_context.screenShare; }

    // Waits (showing 保存中…) while the store still saves or unlinks.
    void done(int result) override;

protected:
    // Enter presses the focused button and nothing else: a dialog would press
    // its first button (すべて再確認) from anywhere, checking every mall unasked.
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildHeader(QVBoxLayout *layout);
    void buildButtons(QVBoxLayout *layout);
    void probeKeychain();
    // Runs `use` with the support information once the keychain probe has answered.
    void withSupportInformation(std::function<void(const QString &text)> use);
    void onSaveClicked();

    WizardContext m_context;
    Diagnostics::Situation m_situation;
    QList<std::function<void()>> m_waitingForProbe;
    OverviewPage *m_overview = nullptr;
    QLabel *m_screenShareBanner = nullptr;
    QLabel *m_saveStatus = nullptr;
    QPointer<SetupWizard> m_wizard;
    CloseWhileSaving *m_closeWhileSaving;
};

}  // namespace crossma
