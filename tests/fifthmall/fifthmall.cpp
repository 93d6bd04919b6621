#include "fifthmall.h"

#include "fifthmallconnector.h"
#include "fifthmallfake.h"
#include "registry.h"

namespace crossma::test {

FifthMallRegistration::FifthMallRegistration()
{
    registerMall({[] { return std::make_unique<FifthMallConnector>(); },
                  [] { return std::make_unique<FifthMallFake>(); },
                  {}});
}

FifthMallRegistration::~FifthMallRegistration()
{
    unregisterMall(QString::fromLatin1(FifthMallConnector::kId));
}

}  // namespace crossma::test
