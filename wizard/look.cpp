#include "look.h"
#include "wrappedlabel.h"

#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QStyle>
#include <QWidget>

// crossma_wizard is a static library: nothing else references its resource
// initialiser, so the linker would drop it unless it is called by name here.
static void initLookResources()
{
    Q_INIT_RESOURCE(wizard);
}

namespace crossma::look {

QString styleSheet()
{
    static const QString sheet = [] {
        initLookResources();
        QFile file(QStringLiteral(":/crossma/wizard.qss"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return sheet;
}

void styleBeforeFilling(QWidget *empty)
{
    empty->setStyleSheet(styleSheet());
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
