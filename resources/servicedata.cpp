#include "servicedata.h"

#include <QFile>
#include <QJsonDocument>

// crossma_resources is a static library: nothing else references its resource
// initialiser, so the linker would drop it unless it is called by name here.
static void initServiceResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace crossma {

QJsonObject serviceData()
{
    static const QJsonObject data = [] {
        initServiceResources();
        QFile file(QStringLiteral(":/crossma/service.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return data;
}

}  // namespace crossma
