#include "screensharebanner.h"

#include "look.h"
#include "wrappedlabel.h"

#include <QCoreApplication>
#include <QLabel>

namespace crossma {

QLabel *createScreenShareBanner(QWidget *parent)
{
    auto *banner = new WrappedLabel(
        QCoreApplication::translate("crossma::ScreenShareBanner",
                                    "Screen-share mode is on: passwords and keys stay hidden and "
                                    "cannot be copied."),
        parent);
    banner->setObjectName(QStringLiteral("screenShareBanner"));
    banner->setAccessibleName(banner->text());
    // The window around it may have no style sheet of its own.
    banner->setStyleSheet(look::styleSheet());
    return banner;
}

}  // namespace crossma
