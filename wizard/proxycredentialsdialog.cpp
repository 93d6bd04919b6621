#include "proxycredentialsdialog.h"

#include "core/httpclient.h"
#include "wrappedlabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossma {

ProxyCredentialsDialog::ProxyCredentialsDialog(const QString &proxyHostPort, bool retry,
                                               QWidget *parent)
    : QDialog(parent), m_user(new QLineEdit(this)), m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Proxy sign-in"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new WrappedLabel(
        (retry ? tr(
             "The proxy server %1 did not accept the user name and password. Enter them again.")
               : tr("The proxy server %1 of this network asks for a user name and password before "
                    "this app can reach the malls."))
                .arg(proxyHostPort)
            + QLatin1Char(' ')
            + tr("They are kept only until this app closes and are never saved. If you do not know "
                 "them, ask your network administrator."),
        this);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_user->setFocus();
}

QString ProxyCredentialsDialog::user() const
{
    return m_user->text();
}

QString ProxyCredentialsDialog::password() const
{
    return m_password->text();
}

void ProxyCredentialsDialog::installAsPrompt()
{
    HttpClient::setProxyCredentialsPrompt(
        [](const QString &proxyHostPort, bool retry, QString *user, QString *password) {
            // Qt fills the proxy's authenticator before this returns: a modal
            // dialog keeps the event loop (and every other request) running.
            QPointer<ProxyCredentialsDialog> dialog = new ProxyCredentialsDialog(
                proxyHostPort, retry, QApplication::activeWindow());
            const bool accepted = dialog->exec() == QDialog::Accepted && dialog
                                  && !dialog->user().isEmpty();
            if (accepted) {
                *user = dialog->user();
                *password = dialog->password();
            }
            delete dialog;
            return accepted;
        });
}

}  // namespace crossma
