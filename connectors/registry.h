#pragma once

#include "core/connector.h"
#include "pageextras.h"

#include <functional>
#include <memory>
#include <vector>

namespace crossma {

namespace sandbox {
class FakeMall;
}

// Everything that makes one mall, all from its folder connectors/<mall>/:
// the connector, the practice fake of its API (--sandbox and the tests,
// connectors/<mall>/sandbox/) and the widget its page shows besides the
// generic fields (connectors/<mall>/ui/, the only Widgets code under
// connectors/, built into a library of its own; none for most malls). The
// built-in malls' page widgets are registered by registerMallPages()
// (mallpages.h), so that the commands' program links no Widgets.
struct MallRegistration {
    std::function<std::unique_ptr<Connector>()> connector;
    std::function<std::unique_ptr<sandbox::FakeMall>()> fake;
    PageExtraFactory pageExtra;  // may be empty
};

// Adds a mall after the built-in ones (one line each in registry.cpp); tests
// add a fifth one this way. Registering an id again replaces it.
void registerMall(const MallRegistration &mall);
void unregisterMall(const QString &mallId);

// Every mall the product knows, in the order the wizard shows them.
std::vector<std::unique_ptr<Connector>> createConnectors();
// One mall's connector only (the command line checks one mall); null if unknown.
std::unique_ptr<Connector> createConnector(const QString &mallId);
// Every mall's practice fake, in the same order.
std::vector<std::unique_ptr<sandbox::FakeMall>> createFakeMalls();
QStringList mallIds();

// The endpoint keys of every connector, for validating --endpoints files.
QStringList allEndpointKeys();

}  // namespace crossma
