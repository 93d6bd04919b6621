#pragma once

namespace crossma::test {

// Registers テスト市場 (connector and fake) with the registry for as long as
// this object lives, as its one line in connectors/registry.cpp would.
class FifthMallRegistration
{
public:
    FifthMallRegistration();
    ~FifthMallRegistration();
    FifthMallRegistration(const FifthMallRegistration &) = delete;
    FifthMallRegistration &operator=(const FifthMallRegistration &) = delete;
};

}  // namespace crossma::test
