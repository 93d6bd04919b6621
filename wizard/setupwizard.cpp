#include "setupwizard.h"

#include "mallpage.h"
#include "mallpagecontroller.h"
#include "sandboxmalls.h"
#include "steplist.h"
#include "summarypage.h"
#include "welcomepage.h"

#include <QAbstractButton>
#include <QGuiApplication>
#include <QScreen>

namespace crossma {

namespace {
// Colours carry meaning only together with words (接続できました, 注意…), and
// the panels set their own text colour so that a dark theme stays readable.
const char kStyleSheet[] = R"(
QLabel[role="blockHeading"] { font-weight: bold; }
QLabel[role="help"] { color: #5f6368; }
QLabel[role="fieldError"] { color: #b3261e; }
QLabel[role="menuPath"] { color: #1f4e8c; }
QLabel[role="success"] { color: #1b6e20; font-weight: bold; }
QLabel[role="problem"] { color: #b3261e; font-weight: bold; }
QLabel[role="badge"] { background: #fff3cd; color: #5c4300; border: 1px solid #e0c36c;
                       border-radius: 3px; padding: 2px 4px; }
QFrame[role="infoNote"] { background: #e8f0fe; border: 1px solid #b6ccf2; border-radius: 4px; }
QFrame[role="infoNote"] QLabel { color: #202124; }
QFrame[role="warningNote"] { background: #fff4e5; border: 1px solid #f0c27a; border-radius: 4px; }
QFrame[role="warningNote"] QLabel { color: #202124; }
QFrame#resultPanel[outcome="ok"] { background: #e6f4ea; border: 1px solid #a8d5b5; border-radius: 4px; }
QFrame#resultPanel[outcome="failed"] { background: #fce8e6; border: 1px solid #f1b3ad; border-radius: 4px; }
QFrame#resultPanel[outcome="neutral"] { background: #f1f3f4; border: 1px solid #dadce0; border-radius: 4px; }
QFrame#resultPanel QLabel { color: #202124; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border: 2px solid #b3261e; border-radius: 2px; }
QPushButton[role="link"] { color: #1a5fb4; text-decoration: underline; border: none; padding: 2px 4px; }
)";
}  // namespace

SetupWizard::SetupWizard(const WizardContext &context, QWidget *parent)
    : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("setupWizard"));
    // One look everywhere, so that screenshots and support instructions match.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoDefaultButton, true);  // Enter in a field must not leave the page
    setWindowTitle(context.sandbox ? tr("クロスマ mall link setup (sandbox)")
                                   : tr("クロスマ mall link setup"));
    setStyleSheet(QString::fromUtf8(kStyleSheet));

    m_welcome = nullptr;
    for (Connector *connector : std::as_const(m_context.connectors)) {
        auto *controller = new MallPageController(connector, context.endpoints, context.store, this);
        m_controllers.append(controller);
        // Re-opening shows what is linked already: the settings now, the
        // secrets (masked) when the keychain answers. Before the pages are
        // built, so that they start from it.
        controller->loadStored();
    }
    m_welcome = new WelcomePage(m_controllers, this);
    setPage(welcomeId(), m_welcome);
    m_titles << tr("Getting started");
    QStringList shortTitles{tr("Getting started")};

    for (int i = 0; i < m_controllers.size(); ++i) {
        MallPageController *controller = m_controllers.at(i);
        Connector *connector = controller->connector();
        MallPage::Options options;
        options.screenShare = context.screenShare;
        if (context.sandbox) {
            options.sandbox = true;
            options.scenarios = context.sandbox->scenarios(connector->id());
        }
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

    for (int id = 0; id <= summaryId(); ++id)
        page(id)->setTitle(stepHeader(id));

    m_steps = new StepList(this);
    m_steps->setSteps(shortTitles);
    m_steps->setModes(context.screenShare, context.sandbox != nullptr);
    setSideWidget(m_steps);

    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::onCurrentIdChanged);
    connect(m_welcome, &WelcomePage::choiceChanged, this, &SetupWizard::updateSteps);

    updateSteps();

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
    return id > 0 ? m_pages.at(id - 1) : nullptr;
}

int SetupWizard::nextId() const
{
    const int current = currentId();
    if (current < 0 || current >= summaryId())
        return -1;
    // The next chosen mall, else the summary.
    for (int id = current + 1; id < summaryId(); ++id) {
        if (m_welcome->isChosen(m_controllers.at(id - 1)->mallId()))
            return id;
    }
    return summaryId();
}

void SetupWizard::done(int result)
{
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
    if (id == summaryId())
        m_summary->refresh();
    updateSteps();
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
