#include "mallerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crossma {

namespace {
QString stringField(const QJsonObject &obj, const char *name)
{
    return obj.value(QLatin1String(name)).toString().trimmed();
}
}  // namespace

MallError MallError::oauth(const QByteArray &json)
{
    const QJsonObject obj = QJsonDocument::fromJson(json).object();
    return {stringField(obj, "error"), stringField(obj, "error_description")};
}

MallError MallError::firstOfErrorsArray(const QByteArray &json)
{
    const QJsonArray errors =
        QJsonDocument::fromJson(json).object().value(QLatin1String("errors")).toArray();
    if (errors.isEmpty())
        return {};
    const QJsonObject first = errors.first().toObject();
    QString message = stringField(first, "message");
    const QString details = stringField(first, "details");
    if (!details.isEmpty())
        message = (message + QLatin1Char(' ') + details).trimmed();
    return {stringField(first, "code"), message};
}

}  // namespace crossma
