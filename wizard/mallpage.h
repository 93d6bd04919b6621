#pragma once

#include "mallpagecontroller.h"
#include "sampletable.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace crossma {

class FieldEditor;
class ProcedureView;
class ResultPanel;
class SandboxExamplesBox;

// One mall's page, built generically from its connector (UX.md). One scroll
// area holds the intro, ① the procedure checklist, ② the fields, the mall's
// extra widget, the result of the last test and the sandbox examples; below
// it, never scrolled and never moving, ③ 接続テスト and 【この内容で更新】, so
// that they stay on screen at 150 % on 1366×768 too. Renders its
// controller's state and forwards the seller's input to it; holds no state
// of its own.
class MallPage : public QWizardPage
{
    Q_OBJECT
public:
    struct Options {
        bool screenShare = false;
        bool sandbox = false;  // show the sample-input box
        SampleTable samples;   // its content, per mall id
    };

    MallPage(MallPageController *controller, const Options &options, QWidget *parent = nullptr);

    MallPageController *controller() const { return m_controller; }
    // The contents are built on the first visit (initializePage), so that the
    // wizard opens fast; tests and extras may build them earlier.
    void ensureBuilt();
    bool isBuilt() const { return m_built; }
    void initializePage() override;
    // Masks every secret at once when turned on (run time, from the header toggle).
    void setScreenShare(bool on);
    // Next is only held back while a check runs; an unlinked mall never blocks it.
    bool isComplete() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The page, top to bottom: the scroll area (intro, ①, ②, the result);
    // the ③ check row; the save row. Then the controller's signals.
    void build();
    void buildIntro(QWidget *content, QVBoxLayout *column);
    void buildPreparationAndInput(QVBoxLayout *page);
    void buildCheckRow(QVBoxLayout *page);
    void buildResultArea(QWidget *content, QVBoxLayout *column);
    void buildSaveRow(QVBoxLayout *page);
    void connectController();
    void buildFields(QWidget *parent, QVBoxLayout *into);
    void onStateChanged();
    void onProblemsChanged();
    void onResultChanged();
    void revealResult();
    void focusForward();
    void scrollToInput();
    void scrollToFirstProblem();
    void onSaveFinished(bool ok, const QString &message);
    void updateLinkedStatus();

    MallPageController *m_controller;
    Options m_options;
    bool m_built = false;
    QScrollArea *m_scroll = nullptr;
    ProcedureView *m_procedure = nullptr;
    SandboxExamplesBox *m_sandbox = nullptr;
    QLabel *m_inputHeading = nullptr;
    QHash<QString, FieldEditor *> m_editors;
    QPushButton *m_test = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_stage = nullptr;
    QPushButton *m_cancel = nullptr;
    ResultPanel *m_result = nullptr;
    QLabel *m_linked = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveMessage = nullptr;
};

}  // namespace crossma
