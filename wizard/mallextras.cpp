#include "mallextras.h"

#include "aupayaddresslist.h"
#include "mallpagecontroller.h"
#include "yahooextra.h"

#include <QWidget>

namespace crossma {

QWidget *createMallExtra(const QString &mallId, MallPageController &controller, QWidget *parent)
{
    // One line per mall that needs more than the generic page, e.g.
    //   if (mallId == QLatin1String("yahoo")) return new YahooExtra(controller, parent);
    if (mallId == QLatin1String("yahoo")) return new YahooExtra(controller, parent);
    if (mallId == QLatin1String("aupay")) return new AupayAddressList(parent);
    Q_UNUSED(mallId)
    Q_UNUSED(controller)
    Q_UNUSED(parent)
    return nullptr;
}

}  // namespace crossma
