#include "registry.h"

#include "amazon/amazonconnector.h"
#include "amazon/sandbox/amazonfake.h"
#include "aupay/aupayconnector.h"
#include "aupay/sandbox/aupayfake.h"
#include "rakuten/rakutenconnector.h"
#include "rakuten/sandbox/rakutenfake.h"
#include "yahoo/sandbox/yahoofake.h"
#include "yahoo/yahooconnector.h"

#include <algorithm>

namespace crossma {

namespace {
template <typename T, typename Base> std::function<std::unique_ptr<Base>()> make()
{
    return [] { return std::make_unique<T>(); };
}

struct Mall {
    QString id;
    MallRegistration parts;
};

std::vector<Mall> &malls();

void add(std::vector<Mall> &list, const MallRegistration &parts)
{
    const QString id = parts.connector()->id();
    registerPageExtra(id, parts.pageExtra);
    for (Mall &mall : list) {
        if (mall.id == id) {
            mall.parts = parts;
            return;
        }
    }
    list.push_back({id, parts});
}

std::vector<Mall> builtIn()
{
    std::vector<Mall> list;
    // One line per mall, in the wizard's order: connector and fake. Their page
    // widgets, for the malls that have one, are in mallpages.cpp.
    add(list,
        {make<AmazonConnector, Connector>(), make<sandbox::AmazonFake, sandbox::FakeMall>(), {}});
    add(list,
        {make<RakutenConnector, Connector>(), make<sandbox::RakutenFake, sandbox::FakeMall>(), {}});
    add(list, {make<YahooConnector, Connector>(), make<sandbox::YahooFake, sandbox::FakeMall>(), {}});
    add(list, {make<AupayConnector, Connector>(), make<sandbox::AupayFake, sandbox::FakeMall>(), {}});
    return list;
}

std::vector<Mall> &malls()
{
    static std::vector<Mall> list = builtIn();
    return list;
}
}  // namespace

void registerMall(const MallRegistration &mall)
{
    add(malls(), mall);
}

void unregisterMall(const QString &mallId)
{
    auto &list = malls();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Mall &m) { return m.id == mallId; }),
               list.end());
    unregisterPageExtra(mallId);
}

std::vector<std::unique_ptr<Connector>> createConnectors()
{
    std::vector<std::unique_ptr<Connector>> connectors;
    for (const Mall &mall : malls())
        connectors.push_back(mall.parts.connector());
    return connectors;
}

std::unique_ptr<Connector> createConnector(const QString &mallId)
{
    for (const Mall &mall : malls()) {
        if (mall.id == mallId)
            return mall.parts.connector();
    }
    return nullptr;
}

std::vector<std::unique_ptr<sandbox::FakeMall>> createFakeMalls()
{
    std::vector<std::unique_ptr<sandbox::FakeMall>> fakes;
    for (const Mall &mall : malls()) {
        if (mall.parts.fake)
            fakes.push_back(mall.parts.fake());
    }
    return fakes;
}

QStringList mallIds()
{
    QStringList ids;
    for (const Mall &mall : malls())
        ids << mall.id;
    return ids;
}

QStringList allEndpointKeys()
{
    QStringList keys;
    for (const auto &connector : createConnectors())
        keys += connector->endpointKeys();
    return keys;
}

}  // namespace crossma
