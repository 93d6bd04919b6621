#include "yahooconfig.h"

#include "servicedata.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace crossma {

namespace {
// "<YConnect client id>" in the shipped file means "not configured yet".
QString realValue(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || v.startsWith(QLatin1Char('<')))
        return {};
    return v;
}
}  // namespace

YahooAppConfig YahooAppConfig::bundled()
{
    return fromServiceJson(QJsonDocument(serviceData()).toJson(QJsonDocument::Compact));
}

YahooAppConfig YahooAppConfig::fromServiceJson(const QByteArray &json)
{
    const QJsonObject yahoo =
        QJsonDocument::fromJson(json).object().value(QLatin1String("yahoo")).toObject();
    YahooAppConfig config;
    config.clientId = realValue(yahoo.value(QLatin1String("clientId")).toString());
    config.clientSecret = realValue(yahoo.value(QLatin1String("clientSecret")).toString());
    const QUrl redirect(realValue(yahoo.value(QLatin1String("redirectUri")).toString()),
                        QUrl::StrictMode);
    if (redirect.isValid() && !redirect.isRelative())
        config.redirectUri = redirect;
    return config;
}

YahooAppConfig YahooAppConfig::withOverrides(const YahooAppConfig &base, const FieldValues &values)
{
    YahooAppConfig config = base;
    const QString id = values.value(QStringLiteral("clientId")).trimmed();
    const QString secret = values.value(QStringLiteral("clientSecret")).trimmed();
    if (!id.isEmpty())
        config.clientId = id;
    if (!secret.isEmpty())
        config.clientSecret = secret;
    return config;
}

}  // namespace crossma
