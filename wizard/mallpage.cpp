#include "mallpage.h"

#include "core/sellertime.h"
#include "fieldeditor.h"
#include "look.h"
#include "pageextras.h"
#include "pasteassist.h"
#include "procedureview.h"
#include "resultpanel.h"
#include "sandboxexamplesbox.h"
#include "wrappedlabel.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace crossma {

namespace {
QLabel *blockHeading(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setProperty("role", QStringLiteral("blockHeading"));
    return label;
}
}  // namespace

MallPage::MallPage(MallPageController *controller, const Options &options, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_options(options)
{
    // Cheap on purpose: the title and the step list entry come from the connector.
    setObjectName(QStringLiteral("mallPage_") + controller->connector()->id());
    setAccessibleName(controller->connector()->pageTitle());
}

void MallPage::initializePage()
{
    ensureBuilt();
}

void MallPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
}

void MallPage::setScreenShare(bool on)
{
    m_options.screenShare = on;
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setScreenShare(on);
    if (m_sandbox)
        m_sandbox->setMasked(on);
    if (auto *paste = findChild<PasteAssist *>())
        paste->setScreenShare(on);
}

void MallPage::buildIntro(QWidget *content, QVBoxLayout *column)
{
    Connector *connector = m_controller->connector();
    if (!connector->pageIntro().isEmpty()) {
        auto *intro = new WrappedLabel(connector->pageIntro(), content);
        intro->setObjectName(QStringLiteral("pageIntro"));
        column->addWidget(intro);
    }
}

void MallPage::buildPreparationAndInput(QVBoxLayout *page)
{
    MallPageController *controller = m_controller;
    const Options &options = m_options;
    Connector *connector = m_controller->connector();
    // The intro, ① the procedure, ② the fields, the mall's extra, the result
    // and the samples: they scroll, in one area (a second one inside would
    // leave each of them a sliver at 150 %).
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("contentScroll"));
    m_scroll->setAccessibleName(tr("Preparation and input"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("scrollContent"));
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(10, 8, 10, 8);
    column->setSpacing(10);

    buildIntro(content, column);
    m_procedure = new ProcedureView(connector->displayName(), connector->procedure(), content);
    column->addWidget(m_procedure);

    m_inputHeading = blockHeading(tr("② Input"), QStringLiteral("inputHeading"), content);
    column->addWidget(m_inputHeading);
    column->addWidget(new PasteAssist(*controller, options.screenShare, content));
    buildFields(content, column);

    if (QWidget *extra = createPageExtra(connector->id(), *controller, content)) {
        extra->setParent(content);
        column->addWidget(extra);
    }
    // The verdict right under the values it speaks of.
    buildResultArea(content, column);
    // Right under the fields it fills, so a demo shows both at once.
    if (options.sandbox) {
        m_sandbox = new SandboxExamplesBox(connector->fields(), options.samples, connector->id(),
                                           content);
        m_sandbox->setMasked(options.screenShare);
        connect(m_sandbox, &SandboxExamplesBox::fillRequested, controller, &MallPageController::fill);
        column->addWidget(m_sandbox);
    }
    column->addStretch(1);
    m_scroll->setWidget(content);
    page->addWidget(m_scroll, 1);
}

void MallPage::buildCheckRow(QVBoxLayout *page)
{
    MallPageController *controller = m_controller;
    Connector *connector = m_controller->connector();
    // ③ the check and the save button: always on screen, in one place.
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(blockHeading(tr("③ Check"), QStringLiteral("checkHeading"), this));
    m_test = new QPushButton(tr("Connection test"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("Asks %1 whether it accepts these values. Nothing is saved yet.")
                           .arg(connector->displayName()));
    connect(m_test, &QPushButton::clicked, controller, &MallPageController::runTest);
    testRow->addWidget(m_test);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setAccessibleName(tr("Checking"));
    m_busy->setRange(0, 0);  // indeterminate: a spinner
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(80);
    testRow->addWidget(m_busy);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    testRow->addWidget(m_stage, 1);
    m_cancel = new QPushButton(tr("Stop the test"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancel->setFlat(true);
    m_cancel->setProperty("role", QStringLiteral("link"));
    m_cancel->setCursor(Qt::PointingHandCursor);
    connect(m_cancel, &QPushButton::clicked, controller, &MallPageController::cancelTest);
    testRow->addWidget(m_cancel);
    testRow->addStretch(0);
    // The spinner, the stage and 中止 come and go without moving 接続テスト or
    // changing the row's height: their room is kept.
    for (QWidget *w : {static_cast<QWidget *>(m_busy), static_cast<QWidget *>(m_stage),
                       static_cast<QWidget *>(m_cancel)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    page->addLayout(testRow);
}

void MallPage::buildResultArea(QWidget *content, QVBoxLayout *column)
{
    Connector *connector = m_controller->connector();
    m_result = new ResultPanel(connector->id(), connector->displayName(), content);
    column->addWidget(m_result);  // hidden until there is a result
}

void MallPage::buildSaveRow(QVBoxLayout *page)
{
    MallPageController *controller = m_controller;
    auto *saveRow = new QHBoxLayout;
    m_linked = new WrappedLabel(this);
    m_linked->setObjectName(QStringLiteral("linkedStatus"));
    saveRow->addWidget(m_linked, 1);
    m_saveMessage = new QLabel(this);
    m_saveMessage->setObjectName(QStringLiteral("saveMessage"));
    saveRow->addWidget(m_saveMessage);
    m_save = new QPushButton(tr("Save these settings"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Becomes available once the connection test succeeded for exactly "
                          "these values."));
    connect(m_save, &QPushButton::clicked, controller, &MallPageController::save);
    saveRow->addWidget(m_save);
    page->addLayout(saveRow);
}

void MallPage::connectController()
{
    MallPageController *controller = m_controller;
    connect(controller, &MallPageController::valueChanged, this,
            [this](const QString &fieldId, const QString &raw) {
                FieldEditor *editor = m_editors.value(fieldId);
                if (!editor)
                    return;
                editor->setValue(raw);
                // A saved secret is not kept on the page: say where it is.
                editor->setPlaceholder(
                    raw.isEmpty() && m_controller->secretsCleared()
                        ? tr("Saved in the password vault (keychain). Type here only to change it.")
                        : QString());
            });
    connect(controller, &MallPageController::stateChanged, this, &MallPage::onStateChanged);
    connect(controller, &MallPageController::canSaveChanged, this, &MallPage::onStateChanged);
    connect(controller, &MallPageController::problemsChanged, this, &MallPage::onProblemsChanged);
    connect(controller, &MallPageController::resultChanged, this, &MallPage::onResultChanged);
    connect(controller, &MallPageController::stageChanged, m_stage, &QLabel::setText);
    connect(controller, &MallPageController::saveFinished, this, &MallPage::onSaveFinished);
    connect(controller, &MallPageController::storedChanged, this, &MallPage::updateLinkedStatus);
    connect(controller, &MallPageController::loadingChanged, this, &MallPage::updateLinkedStatus);
}

void MallPage::build()
{
    MallPageController *controller = m_controller;
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(6);
    buildPreparationAndInput(page);
    buildCheckRow(page);
    buildSaveRow(page);
    connectController();

    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setValue(controller->value(it.key()));
    onStateChanged();
    onProblemsChanged();
    updateLinkedStatus();
    // A linked mall's seller has done the preparation already.
    if (controller->isLinked())
        m_procedure->setExpanded(false);
}

void MallPage::buildFields(QWidget *parent, QVBoxLayout *into)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const FieldSpec &spec : m_controller->connector()->fields()) {
        if (spec.kind == FieldSpec::Kind::Hidden)
            continue;
        auto *editor = new FieldEditor(spec, m_options.screenShare, parent);
        const QString text = spec.optional ? tr("%1 (optional)").arg(spec.label) : spec.label;
        auto *label = new QLabel(text, parent);
        label->setObjectName(QStringLiteral("label_") + spec.id);
        label->setBuddy(editor->editor());
        grid->addWidget(label, row, 0, Qt::AlignTop | Qt::AlignLeft);
        grid->addWidget(editor, row, 1);
        label->setContentsMargins(0, 4, 0, 0);  // line up with the editor's text
        const QString id = spec.id;
        connect(editor, &FieldEditor::edited, m_controller,
                [this, id](const QString &raw) { m_controller->setValue(id, raw); });
        connect(editor, &FieldEditor::submitted, this, [this] {
            if (m_test->isEnabled())
                m_test->click();
        });
        m_editors.insert(spec.id, editor);
        ++row;
    }
    into->addLayout(grid);
}

bool MallPage::isComplete() const
{
    return !m_controller->isChecking() && m_controller->state() != MallPageController::State::Saving;
}

void MallPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    // A verdict on screen stays on screen when the window shrinks (or grows).
    if (m_result && m_result->isVisible())
        revealResult();
}

void MallPage::onStateChanged()
{
    const auto state = m_controller->state();
    const bool checking = state == MallPageController::State::Checking;
    if (checking)
        scrollToInput();
    const bool busy = checking || state == MallPageController::State::Saving;
    m_test->setEnabled(!busy);
    m_busy->setVisible(checking);
    m_stage->setVisible(checking);
    m_cancel->setVisible(checking);
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setReadOnly(busy);
    if (m_sandbox)
        m_sandbox->setFillEnabled(!busy);
    m_save->setEnabled(m_controller->canSave());

    QString saveText;
    QString saveRole;
    if (state == MallPageController::State::Saving) {
        saveText = tr("Saving…");
    } else if (state == MallPageController::State::Saved) {
        saveText = tr("Saved.");
        saveRole = QStringLiteral("success");
    } else if (m_controller->saveFailed()) {
        saveText = tr("Could not save.");
        saveRole = QStringLiteral("problem");
    }
    m_saveMessage->setText(saveText);
    m_saveMessage->setProperty("role", saveRole);
    look::repolish(m_saveMessage);

    // QWizard hides its page area for a moment on every completeChanged, which
    // moves the focus out of the page (e.g. off the verdict just shown): put it back.
    QWidget *focus = window()->focusWidget();
    emit completeChanged();
    if (focus && focus != window()->focusWidget() && isAncestorOf(focus) && focus->isVisible()
        && focus->isEnabled())
        focus->setFocus(Qt::OtherFocusReason);
}

void MallPage::onProblemsChanged()
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setProblem(m_controller->problemFor(it.key()));
}

void MallPage::scrollToFirstProblem()
{
    for (const FieldSpec &spec : m_controller->connector()->fields()) {
        FieldEditor *editor = m_editors.value(spec.id);
        if (editor && !m_controller->problemFor(spec.id).isEmpty()) {
            if (isVisible())
                editor->editor()->setFocus(Qt::OtherFocusReason);
            QTimer::singleShot(0, this, [this, editor] {
                layout()->activate();
                m_scroll->ensureWidgetVisible(editor, 10, 40);
            });
            return;
        }
    }
}

void MallPage::onResultChanged()
{
    // A result belongs to the values it was given: new values, no result.
    if (!m_controller->hasResult()) {
        m_result->clear();
        return;
    }
    m_result->showResult(m_controller->lastResult());
    if (m_controller->lastResult().code == QLatin1String(Code::InvalidInput)) {
        scrollToFirstProblem();  // take the seller to the first field to fix
    } else {
        revealResult();
        // The keyboard (and a screen reader) lands on the verdict, not on a hidden button.
        if (isVisible())
            m_result->focusVerdict();
    }
}

void MallPage::scrollToInput()
{
    // The seller's attention is on the values and the verdict now: bring ② to
    // the top, once the layout has made room for the result.
    QTimer::singleShot(0, this, [this] {
        layout()->activate();
        QScrollBar *bar = m_scroll->verticalScrollBar();
        bar->setValue(qMin(bar->maximum(), m_inputHeading->y() - 6));
    });
}

void MallPage::revealResult()
{
    // Once the layout has made room: ② at the top when the values and the
    // verdict fit together, else as much of the verdict as fits, never past
    // its first line. Only the scroll area moves; the buttons stay put.
    QTimer::singleShot(0, this, [this] {
        // The scroll area learns the content's new height from these requests.
        layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QScrollBar *bar = m_scroll->verticalScrollBar();
        const int view = m_scroll->viewport()->height();
        const int top = m_result->y();
        int value = m_inputHeading->y() - 6;
        if (top + m_result->height() - value > view)
            value = top + m_result->height() - view;
        bar->setValue(qBound(0, qMin(value, top - 6), bar->maximum()));
    });
}

void MallPage::focusForward()
{
    // After a save the next move is onward: Enter must not go back a page.
    QWizard *wizard = this->wizard();
    if (!wizard || !isVisible())
        return;
    for (QWizard::WizardButton which : {QWizard::NextButton, QWizard::FinishButton}) {
        QAbstractButton *button = wizard->button(which);
        if (button->isVisible() && button->isEnabled()) {
            button->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MallPage::onSaveFinished(bool ok, const QString &message)
{
    if (!ok) {
        m_result->showNotice(message, true);
        revealResult();
    }
    onStateChanged();
    if (ok)
        focusForward();
}

void MallPage::updateLinkedStatus()
{
    const StoredMall stored = m_controller->stored();
    QString text;
    QString role;
    if (m_controller->isLoadingSecrets()) {
        text = tr("Reading the saved values from the password store (keychain)…");
    } else if (stored.linked) {
        const QDateTime when = stored.lastVerifiedAt.isValid() ? stored.lastVerifiedAt
                                                               : stored.savedAt;
        text = when.isValid() ? tr("Linked (last checked %1)").arg(sellerDateTime(when))
                              : tr("Linked");
        role = QStringLiteral("success");
    } else {
        text = tr("Not set up");
    }
    if (!m_controller->loadMessage().isEmpty()) {
        m_result->showNotice(m_controller->loadMessage(), true);
        revealResult();
    }
    m_linked->setText(text);
    m_linked->setProperty("role", role);
    look::repolish(m_linked);
}

}  // namespace crossma
