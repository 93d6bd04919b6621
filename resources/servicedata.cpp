#include "servicedata.h"

#include <QJsonDocument>

namespace crossma {

QJsonObject serviceData()
{
    static const QJsonObject data = QJsonDocument::fromJson(embeddedServiceJson()).object();
    return data;
}

QString supportContact()
{
    const QString contact = serviceData()
                                .value(QLatin1String("support"))
                                .toObject()
                                .value(QLatin1String("contact"))
                                .toString()
                                .trimmed();
    return contact.startsWith(QLatin1Char('<')) ? QString() : contact;
}

}  // namespace crossma
