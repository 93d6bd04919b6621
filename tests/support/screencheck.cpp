#include "screencheck.h"
#include "testpaths.h"

#include <QDir>
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

}  // namespace crossma::test
