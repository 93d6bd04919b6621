#include "screencheck.h"
#include "lookroles.h"
#include "testpaths.h"

#include <QDir>
#include <QImage>
#include <QWidget>

namespace crossma::test {

bool fullyInside(QWidget *w, QWidget *window)
{
    if (!w || !w->isVisible())
        return false;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        const QRect inParent(w->mapTo(p, QPoint(0, 0)), w->size());
        if (!p->rect().contains(inParent))
            return false;
        if (p == window)
            return true;
    }
    return false;
}

QString screenshotPath(const QString &name)
{
    QDir().mkpath(crossma::test::screenshotDir());
    return crossma::test::screenshotDir() + QStringLiteral("/") + name;
}

bool drawnInBox(QWidget *w)
{
    const look::Appearance *box = look::appearanceOf(w->property("role").toString());
    if (!box || !box->background)
        return false;
    const QImage shot = w->grab().toImage();
    const int middle = shot.height() / 2;
    // Left of any text: the padding and the line are at least 2 px together.
    const bool filled = shot.pixelColor(1, middle) == QColor::fromRgb(box->background);
    const bool lined = !box->border || shot.pixelColor(0, middle) == QColor::fromRgb(box->border);
    return filled && lined;
}

}  // namespace crossma::test
