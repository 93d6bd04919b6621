#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QScrollBar>
#include <QWheelEvent>

namespace crossma {

namespace {
QPointer<WheelGuard> &installed()
{
    static QPointer<WheelGuard> guard;
    return guard;
}

// Widgets whose value the wheel changes. Scroll bars are what the wheel is for.
bool holdsValue(const QWidget *widget)
{
    return qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
           || (qobject_cast<const QAbstractSlider *>(widget)
               && !qobject_cast<const QScrollBar *>(widget));
}

// Click or Tab gives them focus, the wheel no longer does.
void takeStrongFocus(QWidget *widget)
{
    if (holdsValue(widget) && (widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
}
}  // namespace

void WheelGuard::install()
{
    if (isInstalled() || !qApp)
        return;
    auto *guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
    installed() = guard;
    // Widgets made before the guard: later ones are caught when polished.
    const auto widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets)
        takeStrongFocus(widget);
}

bool WheelGuard::isInstalled()
{
    return !installed().isNull();
}

QWidget *WheelGuard::guardedOwner(QWidget *widget)
{
    // The wheel may land on a part of the widget (an editable drop-down's line edit).
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (holdsValue(w))
            return w;
        if (w->isWindow())  // an open drop-down list is a window of its own: it scrolls
            break;
    }
    return nullptr;
}

bool WheelGuard::scrollEnclosing(QWidget *from, QWheelEvent *event)
{
    // The nearest scroll area that can still move that way, as Qt itself
    // would pass an unused wheel on to the parents.
    for (QWidget *w = from->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            QWidget *viewport = area->viewport();
            QWheelEvent passed(viewport->mapFromGlobal(event->globalPosition()),
                               event->globalPosition(), event->pixelDelta(), event->angleDelta(),
                               event->buttons(), event->modifiers(), event->phase(),
                               event->inverted(), event->source());
            passed.ignore();
            QCoreApplication::sendEvent(viewport, &passed);
            if (passed.isAccepted())
                return true;
        }
        if (w->isWindow())
            break;
    }
    return false;
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Polish && event->type() != QEvent::Wheel)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return false;
    if (event->type() == QEvent::Polish) {
        takeStrongFocus(widget);
        return false;
    }
    QWidget *owner = guardedOwner(widget);
    if (!owner || owner->hasFocus())
        return false;
    // Taken here, so neither the widget nor Qt's own passing-on sees it twice.
    scrollEnclosing(owner, static_cast<QWheelEvent *>(event));
    event->accept();
    return true;
}

}  // namespace crossma
