#include <catch2/catch.hpp>

#include "core/normalise.h"

using namespace crossma;

TEST_CASE("Pasted values lose surrounding spaces of any width and line breaks", "[normalise]")
{
    CHECK(Normalise::trimPasted(QStringLiteral("  SL338500_abc \n"))
          == QStringLiteral("SL338500_abc"));
    CHECK(Normalise::trimPasted(QStringLiteral("\u3000SL338500_abc\u3000"))
          == QStringLiteral("SL338500_abc"));
    CHECK(Normalise::trimPasted(QStringLiteral("SL3385\r\n00_abc")) == QStringLiteral("SL338500_abc"));
    CHECK(Normalise::trimPasted(QStringLiteral("\u200BSL338500_abc\u00A0"))
          == QStringLiteral("SL338500_abc"));
}
