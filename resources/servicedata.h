#pragma once

#include <QJsonObject>

namespace crossma {

// The service's own data shipped with the app (resources/service.json): the
// addresses to register at au PAY, the YConnect application… Read on first
// use, never at start-up.
QJsonObject serviceData();

}  // namespace crossma
