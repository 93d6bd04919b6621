#include "homewindow.h"

#include "closewhilesaving.h"
#include "endpointsbanner.h"
#include "overviewpage.h"
#include "remindersbox.h"
#include "screensharebanner.h"
#include "wrappedlabel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <utility>

namespace crossma {

HomeWindow::HomeWindow(const WizardContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("homeWindow"));
    m_closeWhileSaving = new CloseWhileSaving(this, context.store);
    setWindowTitle(context.sandbox ? tr("クロスマ mall links (sandbox)") : tr("クロスマ mall links"));

    auto *layout = new QVBoxLayout(this);
    m_overview = new OverviewPage(context.connectors, context.store, context.endpoints, this);
    m_overview->remindersBox()->setSandbox(context.sandbox);
    buildHeader(layout);
    layout->addWidget(m_overview, 1);

    m_saveStatus = new WrappedLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("supportSaveStatus"));
    layout->addWidget(m_saveStatus);
    buildButtons(layout);

    connect(m_overview, &OverviewPage::editRequested, this,
            [this](const QString &id) { openWizard(id); });
    setScreenShare(context.screenShare);
    probeKeychain();

    resize(QSize(SetupWizard::kDefaultWidth, SetupWizard::kDefaultHeight)
               .boundedTo(screen() ? screen()->availableSize() - QSize(20, 40)
                                   : QSize(SetupWizard::kDefaultWidth, SetupWizard::kDefaultHeight)));
}

void HomeWindow::buildHeader(QVBoxLayout *layout)
{
    auto *title = new QLabel(OverviewPage::title(), this);
    title->setObjectName(QStringLiteral("homeTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    auto *subtitle = new WrappedLabel(OverviewPage::subTitle(), this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    m_screenShareBanner = createScreenShareBanner(this);
    layout->addWidget(m_screenShareBanner);
    if (QLabel *endpoints = createEndpointsBanner(m_context.endpoints, this))
        layout->addWidget(endpoints);
}

void HomeWindow::buildButtons(QVBoxLayout *layout)
{
    auto *buttons = new QDialogButtonBox(this);
    auto *setUp = buttons->addButton(tr("Set up malls…"), QDialogButtonBox::ActionRole);
    setUp->setObjectName(QStringLiteral("openWizardButton"));
    setUp->setAccessibleName(tr("Open the setup wizard"));
    auto *copy = buttons->addButton(tr("Copy support information"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copySupportButton"));
    copy->setAccessibleName(
        tr("Copy the support information to the clipboard (no passwords or keys)"));
    auto *save = buttons->addButton(tr("Save support information…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveSupportButton"));
    save->setAccessibleName(tr("Save the support information to a file (no passwords or keys)"));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(setUp, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(copy, &QPushButton::clicked, this, [this] {
        withSupportInformation([this](const QString &text) {
            QGuiApplication::clipboard()->setText(text);
            m_saveStatus->setText(
                tr("Copied the support information. It contains no password or key."));
        });
    });
    connect(save, &QPushButton::clicked, this, &HomeWindow::onSaveClicked);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

void HomeWindow::probeKeychain()
{
    // Asked once, in the background: the answer is ready by the time support asks for it.
    m_situation.keychain = Diagnostics::Keychain::Checking;
    Diagnostics::probeKeychain(m_context.store->service(), this,
                               [this](Diagnostics::Keychain state, const QString &) {
                                   m_situation.keychain = state;
                                   const auto waiting = std::exchange(m_waitingForProbe, {});
                                   for (const auto &run : waiting)
                                       run();
                               });
}

void HomeWindow::withSupportInformation(std::function<void(const QString &)> use)
{
    auto run = [this, use] { use(supportInformation()); };
    if (m_situation.keychain != Diagnostics::Keychain::Checking) {
        run();
        return;
    }
    // The probe has a deadline of its own, so this wait ends.
    m_saveStatus->setText(tr("Preparing the support information…"));
    m_waitingForProbe.append(run);
}

void HomeWindow::setScreenShare(bool on)
{
    m_context.screenShare = on;
    m_situation.screenShare = on;
    m_screenShareBanner->setVisible(on);
}

void HomeWindow::openWizard(const QString &mallId)
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    m_wizard = new SetupWizard(m_context);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Back here when the wizard closes, with what it changed.
    connect(m_wizard, &QWizard::finished, this, [this] {
        if (m_wizard)
            setScreenShare(m_wizard->isScreenShare());
        m_overview->refresh();
        show();
    });
    m_wizard->show();
    if (!mallId.isEmpty())
        m_wizard->editOnly(mallId);
    hide();
}

QString HomeWindow::supportInformation() const
{
    return diagnosticsText(m_context.connectors, *m_context.store, m_context.endpoints, m_situation);
}

bool HomeWindow::saveSupportInformation(const QString &path, QString *error)
{
    return saveDiagnostics(path, supportInformation(), error);
}

void HomeWindow::onSaveClicked()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/crossma-support.txt");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save support information"),
                                                      suggested, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    withSupportInformation([this, path](const QString &text) {
        QString error;
        m_saveStatus->setText(
            saveDiagnostics(path, text, &error)
                ? tr("Saved the support information to %1. It contains no password or key.").arg(path)
                : error);
    });
}

void HomeWindow::showEvent(QShowEvent *event)
{
    // Before QDialog picks its default from the buttons that are auto-default:
    // none is, so no button looks as if Enter anywhere would press it.
    const auto buttons = findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        button->setAutoDefault(false);
    QDialog::showEvent(event);
}

void HomeWindow::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter || event->modifiers() & ~Qt::KeypadModifier) {
        QDialog::keyPressEvent(event);  // Esc still closes
        return;
    }
    if (auto *button = qobject_cast<QPushButton *>(focusWidget()); button && button->isEnabled())
        button->click();
    event->accept();
}

void HomeWindow::done(int result)
{
    if (m_closeWhileSaving->defer([this, result] { done(result); }))
        return;
    QDialog::done(result);
}

}  // namespace crossma
