#pragma once

#include "setupwizard.h"

#include <QDialog>
#include <QPointer>

class QLabel;

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

    // Waits (showing 保存中…) while the store still saves or unlinks.
    void done(int result) override;

private:
    void onSaveClicked();

    WizardContext m_context;
    OverviewPage *m_overview;
    QLabel *m_saveStatus;
    QPointer<SetupWizard> m_wizard;
    CloseWhileSaving *m_closeWhileSaving;
};

}  // namespace crossma
