#include "registry.h"

#include "amazon/amazonconnector.h"
#include "aupay/aupayconnector.h"
#include "rakuten/rakutenconnector.h"
#include "yahoo/yahooconnector.h"

namespace crossma {

std::vector<std::unique_ptr<Connector>> createConnectors()
{
    std::vector<std::unique_ptr<Connector>> connectors;
    connectors.push_back(std::make_unique<AmazonConnector>());
    connectors.push_back(std::make_unique<RakutenConnector>());
    connectors.push_back(std::make_unique<YahooConnector>());
    connectors.push_back(std::make_unique<AupayConnector>());
    return connectors;
}

QStringList allEndpointKeys()
{
    QStringList keys;
    for (const auto &connector : createConnectors())
        keys += connector->endpointKeys();
    return keys;
}

}  // namespace crossma
