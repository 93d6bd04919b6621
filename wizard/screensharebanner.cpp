#include "screensharebanner.h"

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
    banner->setProperty("role", QStringLiteral("modeBanner"));
    return banner;
}

}  // namespace crossma
