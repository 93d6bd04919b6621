#include "homewindow.h"

#include "closewhilesaving.h"
#include "diagnostics.h"
#include "endpointsbanner.h"
#include "overviewpage.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace crossma {

HomeWindow::HomeWindow(const WizardContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("homeWindow"));
    m_closeWhileSaving = new CloseWhileSaving(this, context.store);
    setWindowTitle(context.sandbox ? tr("クロスマ mall links (sandbox)") : tr("クロスマ mall links"));

    auto *layout = new QVBoxLayout(this);
    m_overview = new OverviewPage(context.connectors, context.store, context.endpoints, this);
    auto *title = new QLabel(OverviewPage::title(), this);
    title->setObjectName(QStringLiteral("homeTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    auto *subtitle = new QLabel(OverviewPage::subTitle(), this);
    subtitle->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    if (QLabel *endpoints = createEndpointsBanner(context.endpoints, this))
        layout->addWidget(endpoints);
    layout->addWidget(m_overview, 1);

    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("supportSaveStatus"));
    m_saveStatus->setWordWrap(true);
    layout->addWidget(m_saveStatus);

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
        QGuiApplication::clipboard()->setText(supportInformation());
        m_saveStatus->setText(
            tr("Copied the support information. It contains no password or key."));
    });
    connect(save, &QPushButton::clicked, this, &HomeWindow::onSaveClicked);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_overview, &OverviewPage::editRequested, this,
            [this](const QString &id) { openWizard(id); });

    resize(QSize(SetupWizard::kDefaultWidth, SetupWizard::kDefaultHeight)
               .boundedTo(screen() ? screen()->availableSize() - QSize(20, 40)
                                   : QSize(SetupWizard::kDefaultWidth, SetupWizard::kDefaultHeight)));
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
    return diagnosticsText(m_context.connectors, *m_context.store, m_context.endpoints);
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
    QString error;
    m_saveStatus->setText(
        saveSupportInformation(path, &error)
            ? tr("Saved the support information to %1. It contains no password or key.").arg(path)
            : error);
}

void HomeWindow::done(int result)
{
    if (m_closeWhileSaving->defer([this, result] { done(result); }))
        return;
    QDialog::done(result);
}

}  // namespace crossma
