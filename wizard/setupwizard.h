#pragma once

#include "core/connector.h"
#include "core/credentialstore.h"
#include "core/endpoints.h"
#include "sampletable.h"

#include <QHash>
#include <QList>
#include <QWizard>

#include <functional>

class QLabel;
class QPushButton;

namespace crossma {

class CloseWhileSaving;
class UnsavedQuestion;
class MallPage;
class MallPageController;
class StepList;
class SummaryPage;
class WelcomePage;

// What the wizard works with; app/main.cpp fills it in. The connectors and the
// store must outlive the wizard.
struct WizardContext {
    QList<Connector *> connectors;
    Endpoints endpoints;
    CredentialStore *store = nullptr;
    bool sandbox = false;      // --sandbox: practice malls on this computer
    SampleTable samples;       // per mall id, shown in --sandbox mode
    bool screenShare = false;  // secrets can never be revealed
};

// The setup wizard: 1 はじめに, one page per mall, まとめ. A side list of the
// steps and a header "ステップ n / N  <title>" so support can say "go to step 3".
// Malls not chosen on the first page are skipped; Next never blocks on an
// unlinked mall. Closing cancels any running connection test.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    explicit SetupWizard(const WizardContext &context, QWidget *parent = nullptr);
    ~SetupWizard() override;

    static constexpr int kDefaultWidth = 1180;
    static constexpr int kDefaultHeight = 720;

    int welcomeId() const { return 0; }
    int summaryId() const { return int(m_controllers.size()) + 1; }
    int pageIdFor(const QString &mallId) const;  // -1 if unknown
    MallPageController *controller(const QString &mallId) const;
    // The page with its contents built (they are otherwise built on the first visit).
    MallPage *mallPage(const QString &mallId) const;
    WelcomePage *welcomePage() const { return m_welcome; }
    SummaryPage *summaryPage() const { return m_summary; }
    StepList *stepList() const { return m_steps; }

    int nextId() const override;
    // Leaving a page, or the wizard, with a passed but unsaved test asks first
    // (UnsavedQuestion): 次へ and 完了 here, 戻る and the side list below.
    bool validateCurrentPage() override;
    void done(int result) override;

    // "ステップ 3 / 6  楽天市場設定", shown above the page (objectName "stepTitle").
    QString stepHeader(int id) const;

    // Screen-share mode at run time (the header's toggle): on re-masks at once.
    void setScreenShare(bool on);
    bool isScreenShare() const { return m_context.screenShare; }
    // Goes to step `id` (the side list): back through the history, or forward.
    void jumpTo(int id);
    // The overview's 編集: only this mall's page; 完了 returns to the overview.
    void editOnly(const QString &mallId);
    bool isEditingOne() const { return !m_editOnly.isEmpty(); }

private:
    QStringList addPages();  // はじめに, one per mall, まとめ; their short titles
    void buildSideColumn(const QStringList &shortTitles);
    void buildHeader(QWidget *parent);
    void applyTitleFont();
    void showStepTitle(int id);  // our step header on top of page `id`
    void onCurrentIdChanged(int id);
    void updateSteps();
    void cancelAllTests(int except = -1);
    MallPageController *currentController() const;
    // True when no page in `from` holds a passed, unsaved test (or the seller
    // has answered already): go on now. Otherwise asks, and runs `later` once
    // the answer (and a save it asked for) allows it.
    bool mayLeave(const QList<MallPageController *> &from, const std::function<void()> &later);
    void guardBackButton();

    WizardContext m_context;
    CloseWhileSaving *m_closeWhileSaving = nullptr;
    UnsavedQuestion *m_unsaved = nullptr;
    bool m_leaving = false;  // the question was answered: this move goes ahead
    QString m_editOnly;
    QList<MallPageController *> m_controllers;
    QList<MallPage *> m_pages;
    WelcomePage *m_welcome = nullptr;
    SummaryPage *m_summary = nullptr;
    StepList *m_steps = nullptr;
    QWidget *m_header = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_stepTitle = nullptr;
    QPushButton *m_shareToggle = nullptr;
    QStringList m_titles;
};

}  // namespace crossma
