#include "look.h"
#include "lookstyle.h"
#include "wrappedlabel.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QStyleFactory>
#include <QWidget>

namespace crossma::look {

void install()
{
    if (qobject_cast<LookStyle *>(QApplication::style()))
        return;
    // Over a new instance of the style Qt chose (the platform's, or -style):
    // the application deletes its current one.
    QApplication::setStyle(new LookStyle(QStyleFactory::create(QApplication::style()->name())));
}

void setRole(QWidget *widget, const QString &role)
{
    widget->setProperty("role", role);
    repolish(widget);
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();  // a frame drawn from a property changes with no other repaint
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Gone from the page at once (findChildren, layout), freed safely later.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        if (QLayout *inner = item->layout())
            clearLayout(inner);  // a nested grid's widgets belong to the page, not to it
        delete item;
    }
}

}  // namespace crossma::look
