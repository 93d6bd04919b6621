#include "bringforward.h"

#include "homewindow.h"
#include "registry.h"

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
    // Only a mall this build knows (the request is a plain id, not
    // necessarily one of ours): anything else only brings the windows forward.
    if (!mallIds().contains(mallId))
        return;
    for (QWidget *window : windows) {
        // Hidden while its wizard is open: then openWizard() only raises that.
        if (auto *home = qobject_cast<HomeWindow *>(window))
            home->openWizard(mallId);
    }
}

}  // namespace crossma
