#include "look.h"

#include "servicedata.h"

#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QStyle>
#include <QWidget>

namespace crossma::look {

QString styleSheet()
{
    static const QString sheet = [] {
        serviceData();  // makes sure the resources are registered (a static library)
        QFile file(QStringLiteral(":/crossma/wizard.qss"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return sheet;
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
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
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
        delete item;
    }
}

}  // namespace crossma::look
