#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace crossma {

class MallPageController;

// The mall-specific widget shown between ② 入力 and ③ 確認 on a mall page
// (a certificate drop zone, a login button, addresses to register…). It
// talks to the page only through the controller: setValue(), value(), and
// its signals. A mall's folder provides it; its registry line registers it.
using PageExtraFactory = std::function<QWidget *(MallPageController &controller, QWidget *parent)>;

void registerPageExtra(const QString &mallId, const PageExtraFactory &factory);
void unregisterPageExtra(const QString &mallId);

// The registered widget for the mall, or nullptr when the generic page is enough.
QWidget *createPageExtra(const QString &mallId, MallPageController &controller, QWidget *parent);

}  // namespace crossma
