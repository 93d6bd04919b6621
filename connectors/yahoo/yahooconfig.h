#pragma once

#include "core/fieldspec.h"

#include <QString>
#include <QUrl>

namespace crossma {

// The service's own YConnect application (Yahoo! ID連携 v2): its client id,
// secret and the redirect URI registered for it. Read from the "yahoo" object
// of the app's service data (:/crossma/service.json); the advanced fields
// clientId / clientSecret of the Yahoo page override it.
struct YahooAppConfig {
    QString clientId;
    QString clientSecret;
    QUrl redirectUri;

    bool isComplete() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }

    // The bundled service data, if the resource is linked into this program.
    static YahooAppConfig bundled();
    // Parses {"yahoo": {"clientId": …, "clientSecret": …, "redirectUri": …}};
    // placeholders ("<…>" or empty) count as missing.
    static YahooAppConfig fromServiceJson(const QByteArray &json);
    // `base` with the seller's overrides from the page's fields applied.
    static YahooAppConfig withOverrides(const YahooAppConfig &base, const FieldValues &values);
};

}  // namespace crossma
