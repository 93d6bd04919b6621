#include "endpointsbanner.h"
#include "wrappedlabel.h"

#include <QCoreApplication>
#include <QLabel>

namespace crossma {

QLabel *createEndpointsBanner(const Endpoints &endpoints, QWidget *parent)
{
    if (!endpoints.isFromFile() || !endpoints.hasOverrides())
        return nullptr;
    auto *banner = new WrappedLabel(
        QCoreApplication::translate(
            "crossma::EndpointsBanner",
            "Test servers in use (endpoints file): connection tests go to "
            "other servers than the malls'. Saved passwords and keys are not "
            "sent there, and no result is recorded."),
        parent);
    banner->setObjectName(QStringLiteral("endpointsBanner"));
    banner->setProperty("role", QStringLiteral("alertBanner"));
    banner->setAccessibleName(banner->text());
    return banner;
}

}  // namespace crossma
