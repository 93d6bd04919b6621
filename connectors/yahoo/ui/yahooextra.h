#pragma once

#include <QWidget>

class QLabel;

namespace crossma {

class MallPageController;
class YahooExtraLogin;
class YahooExtraZip;

// The Yahoo! page's own part under ② 入力: what the pasted public key turned
// out to be (and whether lost BEGIN/END lines were restored), the API
// certificate ZIP drop zone for the old method, and the Yahoo! JAPAN ID login.
// Everything goes through the controller (setValue / valueChanged).
class YahooExtra : public QWidget
{
    Q_OBJECT
public:
    YahooExtra(MallPageController &controller, QWidget *parent = nullptr);

private:
    void onValueChanged(const QString &fieldId, const QString &raw);
    void updateMethod();
    void updateKeyStatus();

    MallPageController &m_controller;
    QLabel *m_keyStatus = nullptr;
    YahooExtraZip *m_zip = nullptr;
    YahooExtraLogin *m_login = nullptr;
};

}  // namespace crossma
