#include "sandboxfixture.h"

#include <catch2/catch.hpp>

namespace crossma::test {

SandboxFixture::SandboxFixture() : m_malls(std::make_unique<sandbox::SandboxMalls>())
{
    QString error;
    const bool started = m_malls->start(&error);
    INFO(error.toStdString());
    REQUIRE(started);
}

SandboxFixture::~SandboxFixture() = default;

}  // namespace crossma::test
