#include "bringforward.h"

#include "homewindow.h"

#include <QApplication>
#include <QWidget>

namespace crossma {

void bringWindowsForward(const QString &mallId)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible())
            continue;
        window->showNormal();
        window->raise();
        window->activateWindow();
    }
    if (mallId.isEmpty())
        return;
    for (QWidget *window : windows) {
        // Hidden while its wizard is open: then openWizard() only raises that.
        if (auto *home = qobject_cast<HomeWindow *>(window))
            home->openWizard(mallId);
    }
}

}  // namespace crossma
