#pragma once

#include "yahoo/yahoologin.h"

#include <QFrame>
#include <QPointer>

#include <functional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace crossma {

class MallPageController;

// ログイン with the Yahoo! JAPAN ID: opens the system browser on Yahoo!'s
// login page, waits for the redirect (loopback) or for the seller to paste
// the address they were sent to, and hands the refresh token to the page's
// values. Shows where the login stands; never shows the token.
class YahooExtraLogin : public QFrame
{
    Q_OBJECT
public:
    YahooExtraLogin(MallPageController &controller, QWidget *parent = nullptr);
    ~YahooExtraLogin() override;

    // How a URL reaches the browser; tests replace it. Returns false if it could not.
    using BrowserOpener = std::function<bool(const QUrl &)>;
    static void setBrowserOpener(BrowserOpener opener);

    YahooLogin *login() const { return m_login; }
    QString status() const;

private:
    QHBoxLayout *buildLoginRow();
    QWidget *buildPasteRow();
    void connectSignals(MallPageController &controller);
    void start();
    void submitPaste();
    void onFinished(const VerifyResult &result);
    void updateIdle();
    bool hasApplication() const;
    static QString noApplicationText();
    void setStatus(const QString &text, const QString &role);
    void setWaiting(bool waiting);

    MallPageController &m_controller;
    QPointer<YahooLogin> m_login;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_pasteRow = nullptr;
    QLineEdit *m_paste = nullptr;
    QPushButton *m_pasteSubmit = nullptr;
    QLabel *m_pasteProblem = nullptr;
};

}  // namespace crossma
