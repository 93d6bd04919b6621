#pragma once

#include <QString>

class QWidget;

namespace crossma {

class MallPageController;

// The mall-specific widget shown between ② 入力 and ③ 確認 on a mall page
// (Yahoo's certificate ZIP drop zone and login, au PAY's address list…), or
// nullptr when the generic page is enough. It talks to the page only through
// the controller: setValue(), value(), and its signals.
QWidget *createMallExtra(const QString &mallId, MallPageController &controller, QWidget *parent);

}  // namespace crossma
