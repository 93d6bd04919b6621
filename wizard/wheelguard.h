#pragma once

#include <QObject>

class QWheelEvent;
class QWidget;

namespace crossma {

// Scrolling a page with the mouse wheel must never change a choice the pointer
// happens to pass over. Installed once on the application: drop-downs, spin
// boxes and sliders take the keyboard focus only by click or Tab
// (Qt::StrongFocus, not the wheel), and while unfocused their wheel goes to the
// scroll area around them, so the page scrolls and the value stays.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Idempotent; the guard lives as long as the application object.
    static void install();
    static bool isInstalled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    static QWidget *guardedOwner(QWidget *widget);
    static bool scrollEnclosing(QWidget *from, QWheelEvent *event);
};

}  // namespace crossma
