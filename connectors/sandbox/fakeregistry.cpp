#include "fakeregistry.h"

#include "amazonfake.h"
#include "aupayfake.h"
#include "rakutenfake.h"
#include "yahoofake.h"

// One include and one line per fake mall, in the wizard's order.

namespace crossma::sandbox {

std::vector<std::unique_ptr<FakeMall>> createFakeMalls()
{
    std::vector<std::unique_ptr<FakeMall>> fakes;
    fakes.push_back(std::make_unique<AmazonFake>());
    fakes.push_back(std::make_unique<RakutenFake>());
    fakes.push_back(std::make_unique<YahooFake>());
    fakes.push_back(std::make_unique<AupayFake>());
    return fakes;
}

}  // namespace crossma::sandbox
