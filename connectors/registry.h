#pragma once

#include "core/connector.h"

#include <memory>
#include <vector>

namespace crossma {

// Every mall the product knows, in the order the wizard shows them.
// Adding a mall is one folder under connectors/ plus one line in registry.cpp.
std::vector<std::unique_ptr<Connector>> createConnectors();

// The endpoint keys of every connector, for validating --endpoints files.
QStringList allEndpointKeys();

}  // namespace crossma
