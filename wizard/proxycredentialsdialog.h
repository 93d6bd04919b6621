#pragma once

#include <QDialog>

class QLineEdit;

namespace crossma {

// Asks for the user name and password of a proxy that wants them. What the
// seller types is kept in memory for this run only (by HttpClient), never saved.
class ProxyCredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    ProxyCredentialsDialog(const QString &proxyHostPort, bool retry, QWidget *parent = nullptr);

    QString user() const;
    QString password() const;

    // Makes every HttpClient of this run ask through this dialog, on top of
    // the active window. Call once, from the GUI thread, before any request.
    static void installAsPrompt();

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
};

}  // namespace crossma
