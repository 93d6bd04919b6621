#include "yahooextralogin.h"

#include "core/sellertime.h"
#include "look.h"
#include "mallpagecontroller.h"
#include "servicedata.h"
#include "wrappedlabel.h"
#include "yahoo/yahooconfig.h"
#include "yahoo/yahooconnector.h"
#include "yahoo/yahoologin.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace crossma {

namespace {
YahooExtraLogin::BrowserOpener &opener()
{
    static YahooExtraLogin::BrowserOpener open = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    return open;
}

QString jstText(const QDateTime &utc)
{
    return sellerDateTime(utc);
}
}  // namespace

void YahooExtraLogin::setBrowserOpener(BrowserOpener open)
{
    opener() = std::move(open);
}

YahooExtraLogin::YahooExtraLogin(MallPageController &controller, QWidget *parent)
    : QFrame(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("yahooLogin"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Yahoo! JAPAN ID login"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(10, 8, 10, 8);
    column->setSpacing(6);

    column->addLayout(buildLoginRow());
    column->addWidget(buildPasteRow());
    connectSignals(controller);
    setWaiting(false);
    updateIdle();
}

// The button that starts the login, its status, and the two ways out when the
// browser does not cooperate (copy the address, stop).
QHBoxLayout *YahooExtraLogin::buildLoginRow()
{
    auto *row = new QHBoxLayout;
    m_start = new QPushButton(tr("Log in with Yahoo! JAPAN ID"), this);
    m_start->setObjectName(QStringLiteral("yahooLoginButton"));
    m_start->setToolTip(tr("Opens Yahoo!'s login page in your browser. Log in with the ID that "
                           "manages the store and agree."));
    row->addWidget(m_start);
    m_status = new WrappedLabel(this);
    m_status->setObjectName(QStringLiteral("yahooLoginStatus"));
    row->addWidget(m_status, 1);
    m_copyUrl = new QPushButton(tr("Copy the login address"), this);
    m_copyUrl->setObjectName(QStringLiteral("yahooCopyLoginUrl"));
    m_copyUrl->setToolTip(tr("If the browser did not open, paste this address into it."));
    row->addWidget(m_copyUrl);
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setObjectName(QStringLiteral("yahooLoginCancel"));
    m_cancel->setFlat(true);
    m_cancel->setProperty("role", QStringLiteral("link"));
    row->addWidget(m_cancel);
    return row;
}

// The fallback for a browser that cannot reach our loopback redirect: the
// seller pastes the address it ended on.
QWidget *YahooExtraLogin::buildPasteRow()
{
    m_pasteRow = new QWidget(this);
    m_pasteRow->setObjectName(QStringLiteral("yahooPasteRow"));
    auto *pasteColumn = new QVBoxLayout(m_pasteRow);
    pasteColumn->setContentsMargins(0, 0, 0, 0);
    auto *pasteHint = new WrappedLabel(
        tr("If the browser shows an error page or does not come back after "
           "the login, copy the whole address from its address bar and "
           "paste it here."),
        m_pasteRow);
    pasteHint->setProperty("role", QStringLiteral("help"));
    pasteColumn->addWidget(pasteHint);
    auto *pasteLine = new QHBoxLayout;
    m_paste = new QLineEdit(m_pasteRow);
    m_paste->setObjectName(QStringLiteral("yahooPasteUrl"));
    m_paste->setAccessibleName(tr("Address after the login"));
    m_paste->setPlaceholderText(tr("https://…?code=…&state=…"));
    pasteLine->addWidget(m_paste, 1);
    m_pasteSubmit = new QPushButton(tr("Continue"), m_pasteRow);
    m_pasteSubmit->setObjectName(QStringLiteral("yahooPasteSubmit"));
    pasteLine->addWidget(m_pasteSubmit);
    pasteColumn->addLayout(pasteLine);
    m_pasteProblem = new WrappedLabel(m_pasteRow);
    m_pasteProblem->setObjectName(QStringLiteral("yahooPasteProblem"));
    m_pasteProblem->setProperty("role", QStringLiteral("fieldError"));
    m_pasteProblem->setVisible(false);
    pasteColumn->addWidget(m_pasteProblem);

    return m_pasteRow;
}

void YahooExtraLogin::connectSignals(MallPageController &controller)
{
    connect(m_start, &QPushButton::clicked, this, &YahooExtraLogin::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_login)
            m_login->cancel();
    });
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        if (m_login)
            QGuiApplication::clipboard()->setText(
                m_login->authorizationUrl().toString(QUrl::FullyEncoded));
    });
    connect(m_pasteSubmit, &QPushButton::clicked, this, &YahooExtraLogin::submitPaste);
    connect(m_paste, &QLineEdit::returnPressed, this, &YahooExtraLogin::submitPaste);
    connect(&controller, &MallPageController::valueChanged, this, [this](const QString &fieldId) {
        if ((fieldId == YahooField::refreshToken || fieldId == YahooField::refreshTokenIssuedAt
             || fieldId == YahooField::clientId || fieldId == YahooField::clientSecret)
            && !(m_login && m_login->isRunning()))
            updateIdle();
    });
    connect(&controller, &MallPageController::problemsChanged, this, [this] {
        if (!(m_login && m_login->isRunning()))
            updateIdle();
    });
    connect(&controller, &MallPageController::stateChanged, this, [this] {
        m_start->setEnabled(!m_controller.isChecking() && !(m_login && m_login->isRunning()));
    });
}

YahooExtraLogin::~YahooExtraLogin()
{
    if (m_login)
        m_login->disconnect(this);
}

QString YahooExtraLogin::status() const
{
    return m_status->text();
}

void YahooExtraLogin::setStatus(const QString &text, const QString &role)
{
    m_status->setText(text);
    m_status->setProperty("role", role);
    look::repolish(m_status);
}

void YahooExtraLogin::setWaiting(bool waiting)
{
    m_start->setEnabled(!waiting && !m_controller.isChecking());
    m_cancel->setVisible(waiting);
    m_copyUrl->setVisible(waiting);
    m_pasteRow->setVisible(waiting);
    if (!waiting) {
        m_paste->clear();
        m_pasteProblem->setVisible(false);
    }
}

void YahooExtraLogin::updateIdle()
{
    const QString problem = m_controller.problemFor(YahooField::refreshToken);
    if (!problem.isEmpty()) {
        setStatus(problem, QStringLiteral("problem"));
        return;
    }
    if (m_controller.value(YahooField::refreshToken).isEmpty()) {
        setStatus(hasApplication() ? tr("Not logged in yet.") : noApplicationText(), QString());
        return;
    }
    const QDateTime issued = QDateTime::fromString(
        m_controller.value(YahooField::refreshTokenIssuedAt), Qt::ISODate);
    setStatus(issued.isValid() ? tr("Logged in (%1).").arg(jstText(issued)) : tr("Logged in."),
              QStringLiteral("success"));
}

// A build without the service's YConnect application (no vendor settings)
// says so instead of failing at the login; a client id from support, typed
// into the advanced fields, makes the login work.
bool YahooExtraLogin::hasApplication() const
{
    return YahooAppConfig::withOverrides(YahooAppConfig::bundled(), m_controller.normalisedValues())
        .isComplete();
}

QString YahooExtraLogin::noApplicationText()
{
    const QString contact = supportContact();
    return tr("This copy of the program has no Yahoo! login application (YConnect) set up, so the "
              "login cannot start yet. Ask %1 for a client ID and client secret and enter them in "
              "the advanced fields of this page.")
        .arg(contact.isEmpty() ? tr("support") : contact);
}

void YahooExtraLogin::start()
{
    if (m_login && m_login->isRunning())
        return;
    if (m_login)
        m_login->deleteLater();
    const YahooAppConfig app = YahooAppConfig::withOverrides(YahooAppConfig::bundled(),
                                                             m_controller.normalisedValues());
    m_login = new YahooLogin(app, m_controller.endpoints(), this);
    connect(m_login, &YahooLogin::stageChanged, this,
            [this](const QString &stage) { setStatus(stage, QStringLiteral("infoNote")); });
    connect(m_login, &YahooLogin::openBrowser, this, [this](const QUrl &url) {
        if (!opener()(url)) {
            setStatus(tr("The browser could not be opened. Press \"Copy the login address\" and "
                         "paste it into your browser."),
                      QStringLiteral("problem"));
        }
    });
    connect(m_login, &YahooLogin::finished, this, &YahooExtraLogin::onFinished);
    setWaiting(true);
    setStatus(tr("Opening the browser…"), QStringLiteral("infoNote"));
    m_login->start();
}

void YahooExtraLogin::submitPaste()
{
    if (!m_login || !m_login->isRunning())
        return;
    QString problem;
    if (m_login->submitPasted(m_paste->text(), &problem)) {
        m_pasteProblem->setVisible(false);
        return;
    }
    m_pasteProblem->setText(problem);
    m_pasteProblem->setVisible(true);
}

void YahooExtraLogin::onFinished(const VerifyResult &result)
{
    setWaiting(false);
    if (result.ok()) {
        m_controller.setValue(YahooField::refreshTokenIssuedAt,
                              m_login->issuedAt().toString(Qt::ISODate));
        m_controller.setValue(YahooField::refreshToken, m_login->refreshToken());
        setStatus(
            tr("Logged in (%1). Run the connection test next.").arg(jstText(m_login->issuedAt())),
            QStringLiteral("success"));
        return;
    }
    if (result.code == QLatin1String(Code::Cancelled)) {
        updateIdle();
        return;
    }
    QString text = result.message;
    if (!result.mallCode.isEmpty())
        text += QStringLiteral(" [%1]").arg(result.mallCode);
    setStatus(text, QStringLiteral("problem"));
}

}  // namespace crossma
