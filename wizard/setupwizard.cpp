#include "setupwizard.h"

#include "closewhilesaving.h"
#include "endpointsbanner.h"
#include "look.h"
#include "mallpage.h"
#include "mallpagecontroller.h"
#include "steplist.h"
#include "summarypage.h"
#include "unsavedquestion.h"
#include "welcomepage.h"
#include "wrappedlabel.h"

#include <QAbstractButton>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QVBoxLayout>

namespace crossma {

namespace {
// The step indicator is read aloud to support over a shared screen: larger then.
constexpr double kScreenShareTitleScale = 1.5;
// What QWizard adds to the window's font for a page title.
constexpr int kTitleExtraPoints = 4;
}  // namespace

SetupWizard::SetupWizard(const WizardContext &context, QWidget *parent)
    : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("setupWizard"));
    look::install();  // a no-op after main(); for wizards made elsewhere (tests)
    m_closeWhileSaving = new CloseWhileSaving(this, context.store);
    m_unsaved = new UnsavedQuestion(this);
    // A save asked for on leaving failed: stay with that mall, where the page says why.
    connect(m_unsaved, &UnsavedQuestion::saveFailed, this, [this](MallPageController *c) {
        const QScopedValueRollback<bool> leaving(m_leaving, true);
        jumpTo(pageIdFor(c->mallId()));
    });
    // One look everywhere, so that screenshots and support instructions match.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoDefaultButton, true);  // Enter in a field must not leave the page
    setWindowTitle(context.sandbox ? tr("クロスマ mall link setup (sandbox)")
                                   : tr("クロスマ mall link setup"));

    const QStringList shortTitles = addPages();

    // The step header is a label of ours, moved onto the current page: QWizard's
    // own title label has no name to style it by and resets its font itself.
    m_stepTitle = new WrappedLabel(this);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_stepTitle->hide();

    buildSideColumn(shortTitles);

    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::onCurrentIdChanged);
    connect(m_welcome, &WelcomePage::choiceChanged, this, &SetupWizard::updateSteps);

    updateSteps();
    guardBackButton();

    // 1366×768 with a task bar must fit; smaller screens get what they have.
    QSize size(kDefaultWidth, kDefaultHeight);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        size = size.boundedTo(available - QSize(20, 40));
    }
    // Small enough for 1366×768 at 150 % scaling (about 900×480 usable).
    setMinimumSize(720, 460);
    resize(size);
}

QStringList SetupWizard::addPages()
{
    for (Connector *connector : std::as_const(m_context.connectors)) {
        auto *controller = new MallPageController(connector, m_context.endpoints, m_context.store,
                                                  this);
        m_controllers.append(controller);
        // Re-opening shows what is linked already: the settings now, the
        // secrets (masked) when the keychain answers. Before the pages are
        // built, so that they start from it.
        controller->loadStored();
    }
    // In place before it is filled: see WelcomePage::fill.
    m_welcome = new WelcomePage(this);
    setPage(welcomeId(), m_welcome);
    m_welcome->fill(m_controllers);
    m_titles << tr("Getting started");
    QStringList shortTitles{tr("Getting started")};

    for (int i = 0; i < m_controllers.size(); ++i) {
        MallPageController *controller = m_controllers.at(i);
        Connector *connector = controller->connector();
        MallPage::Options options;
        options.screenShare = m_context.screenShare;
        options.sandbox = m_context.sandbox;
        options.samples = m_context.samples;
        auto *page = new MallPage(controller, options, this);
        m_pages.append(page);
        setPage(i + 1, page);
        m_titles << connector->pageTitle();
        shortTitles << connector->displayName();
        connect(controller, &MallPageController::storedChanged, this, &SetupWizard::updateSteps);
    }
    m_summary = new SummaryPage(m_controllers, this);
    setPage(summaryId(), m_summary);
    m_titles << tr("Summary");
    shortTitles << tr("Summary");
    return shortTitles;
}

void SetupWizard::buildSideColumn(const QStringList &shortTitles)
{
    // The screen-share banner and toggle on top, then the steps.
    // In place before it is filled, as the welcome page.
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("sideColumn"));
    setSideWidget(side);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(6);
    m_steps = new StepList(side);
    m_steps->setSteps(shortTitles);
    m_steps->setModes(m_context.screenShare, m_context.sandbox);
    connect(m_steps, &StepList::stepActivated, this, &SetupWizard::jumpTo);
    buildHeader(side);
    sideLayout->addWidget(m_header);
    sideLayout->addWidget(m_steps, 1);
}

SetupWizard::~SetupWizard()
{
    cancelAllTests();
}

int SetupWizard::pageIdFor(const QString &mallId) const
{
    for (int i = 0; i < m_controllers.size(); ++i) {
        if (m_controllers.at(i)->mallId() == mallId)
            return i + 1;
    }
    return -1;
}

MallPageController *SetupWizard::controller(const QString &mallId) const
{
    const int id = pageIdFor(mallId);
    return id > 0 ? m_controllers.at(id - 1) : nullptr;
}

MallPage *SetupWizard::mallPage(const QString &mallId) const
{
    const int id = pageIdFor(mallId);
    MallPage *page = id > 0 ? m_pages.at(id - 1) : nullptr;
    if (page)
        page->ensureBuilt();
    return page;
}

void SetupWizard::buildHeader(QWidget *parent)
{
    // QWizard has no header slot of its own: the top of the side column.
    m_header = new QWidget(parent);
    m_header->setObjectName(QStringLiteral("wizardHeader"));
    auto *column = new QVBoxLayout(m_header);
    column->setContentsMargins(0, 0, 8, 0);
    column->setSpacing(4);
    m_banner = new WrappedLabel(tr("Screen-share mode: passwords and keys stay hidden"), m_header);
    m_banner->setObjectName(QStringLiteral("screenShareBanner"));
    m_banner->setProperty("role", QStringLiteral("modeBanner"));
    m_banner->setAccessibleName(m_banner->text());
    column->addWidget(m_banner);
    if (QLabel *endpoints = createEndpointsBanner(m_context.endpoints, m_header))
        column->addWidget(endpoints);
    // Says its state in words (オン / オフ): a pressed look alone is easy to miss.
    m_shareToggle = new QPushButton(m_header);
    m_shareToggle->setObjectName(QStringLiteral("screenShareToggle"));
    m_shareToggle->setCheckable(true);
    m_shareToggle->setToolTip(tr("While on, passwords and keys cannot be shown or copied. "
                                 "Turn it on before sharing your screen; press again to turn "
                                 "it off."));
    m_shareToggle->setAutoDefault(false);
    connect(m_shareToggle, &QPushButton::toggled, this, &SetupWizard::setScreenShare);
    column->addWidget(m_shareToggle);
    setScreenShare(m_context.screenShare);
}

void SetupWizard::setScreenShare(bool on)
{
    m_context.screenShare = on;
    for (MallPage *page : std::as_const(m_pages))
        page->setScreenShare(on);  // unbuilt pages only remember it
    if (m_steps)
        m_steps->setModes(on, m_context.sandbox);
    if (m_shareToggle) {
        if (m_shareToggle->isChecked() != on)
            m_shareToggle->setChecked(on);
        m_shareToggle->setText(on ? tr("Screen-share mode: on") : tr("Screen-share mode: off"));
        m_shareToggle->setAccessibleName(m_shareToggle->text());
    }
    if (m_banner)
        m_banner->setVisible(on);
    applyTitleFont();
}

void SetupWizard::applyTitleFont()
{
    // As large and bold as a QWizard title, larger still in screen-share mode.
    QFont font = this->font();
    font.setBold(true);
    const double scale = m_context.screenShare ? kScreenShareTitleScale : 1.0;
    if (font.pointSizeF() > 0)
        font.setPointSizeF((font.pointSizeF() + kTitleExtraPoints) * scale);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound((font.pixelSize() + kTitleExtraPoints) * scale));
    m_stepTitle->setFont(font);
}

void SetupWizard::showStepTitle(int id)
{
    QWidget *current = page(id);
    auto *layout = current ? qobject_cast<QBoxLayout *>(current->layout()) : nullptr;
    if (!layout)
        return;
    if (m_stepTitle->parentWidget() != current) {
        if (QWidget *before = m_stepTitle->parentWidget(); before && before->layout())
            before->layout()->removeWidget(m_stepTitle);
        layout->insertWidget(0, m_stepTitle);
    }
    m_stepTitle->setText(stepHeader(id));
    m_stepTitle->show();
}

void SetupWizard::jumpTo(int id)
{
    if (id < 0 || id > summaryId() || id == currentId())
        return;
    if (!mayLeave({currentController()}, [this, id] { jumpTo(id); }))
        return;
    // A mall the seller left out on the first page is taken in again by going there.
    if (id > 0 && id < summaryId())
        m_welcome->setChosen(m_controllers.at(id - 1)->mallId(), true);
    // The history only ever grows forward, so: back while past the target
    // (stopping on it if it was visited), then forward to it; Back then
    // returns to the step before, as after Next.
    while (currentId() > id && visitedIds().size() > 1)
        back();
    if (currentId() < id)
        setCurrentId(id);
}

int SetupWizard::nextId() const
{
    const int current = currentId();
    if (current < 0 || current >= summaryId() || isEditingOne())
        return -1;  // editing one mall: its page is the last, 完了 goes back
    // The next chosen mall, else the summary.
    for (int id = current + 1; id < summaryId(); ++id) {
        if (m_welcome->isChosen(m_controllers.at(id - 1)->mallId()))
            return id;
    }
    return summaryId();
}

bool SetupWizard::validateCurrentPage()
{
    // 次へ (and 完了, through done()): ask before the page's passed test is lost.
    return QWizard::validateCurrentPage() && mayLeave({currentController()}, [this] { next(); });
}

void SetupWizard::done(int result)
{
    // Esc, キャンセル, the title bar's ×, 完了: a passed test on any page would be lost.
    if (!mayLeave(m_controllers, [this, result] { done(result); }))
        return;
    // The question is answered by now: closing later, once the store is idle, asks nothing.
    if (m_closeWhileSaving->defer([this, result] {
            const QScopedValueRollback<bool> leaving(m_leaving, true);
            done(result);
        }))
        return;
    cancelAllTests();
    QWizard::done(result);
}

QString SetupWizard::stepHeader(int id) const
{
    return tr("Step %1 / %2  %3").arg(id + 1).arg(m_titles.size()).arg(m_titles.value(id));
}

void SetupWizard::onCurrentIdChanged(int id)
{
    // A check left running on a page the seller moved away from would only surprise.
    cancelAllTests(id);
    if (id > 0 && id < summaryId())
        m_pages.at(id - 1)->ensureBuilt();  // also when reached without initializePage
    if (id == summaryId())
        m_summary->refresh();
    updateSteps();
    showStepTitle(id);
}

void SetupWizard::updateSteps()
{
    if (!m_steps)
        return;
    m_steps->setCurrent(currentId() < 0 ? 0 : currentId());
    for (int i = 0; i < m_controllers.size(); ++i) {
        m_steps->setDone(i + 1, m_controllers.at(i)->isLinked());
        m_steps->setSkipped(i + 1, !m_welcome->isChosen(m_controllers.at(i)->mallId()));
    }
}

void SetupWizard::cancelAllTests(int except)
{
    for (int i = 0; i < m_controllers.size(); ++i) {
        if (i + 1 != except)
            m_controllers.at(i)->cancelTest();
    }
}

}  // namespace crossma

namespace crossma {

MallPageController *SetupWizard::currentController() const
{
    const int id = currentId();
    return id > 0 && id < summaryId() ? m_controllers.at(id - 1) : nullptr;
}

bool SetupWizard::mayLeave(const QList<MallPageController *> &from, const std::function<void()> &later)
{
    if (m_leaving)
        return true;
    return !m_unsaved->ask(from, [this, later] {
        const QScopedValueRollback<bool> leaving(m_leaving, true);
        later();
    });
}

void SetupWizard::guardBackButton()
{
    // QWizard wires 戻る straight to back(), which asks no page: route it through the question.
    QAbstractButton *backButton = button(QWizard::BackButton);
    disconnect(backButton, SIGNAL(clicked()), this, SLOT(back()));
    connect(backButton, &QAbstractButton::clicked, this, [this] {
        if (mayLeave({currentController()}, [this] { back(); }))
            back();
    });
}

void SetupWizard::editOnly(const QString &mallId)
{
    const int id = pageIdFor(mallId);
    if (id < 0)
        return;
    m_editOnly = mallId;
    m_welcome->setChosen(mallId, true);
    // The page is the whole history: no 戻る into はじめに, and 完了 ends the edit.
    setStartId(id);
    restart();
}

}  // namespace crossma
