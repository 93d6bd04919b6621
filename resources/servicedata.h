#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace crossma {

// The service's own data built into the app (the JSON named by
// CROSSMA_SERVICE_CONFIG at configure time; resources/service.json in
// development builds): the addresses to register at au PAY, the YConnect
// application, the support contact. Parsed on first use, never at start-up.
QJsonObject serviceData();

// The embedded JSON as it was given (generated servicejson.cpp).
QByteArray embeddedServiceJson();

// "support.contact" of the service data: where a seller asks for help, or an
// empty string when the build names none.
QString supportContact();

}  // namespace crossma
