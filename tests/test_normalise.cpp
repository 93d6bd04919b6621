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

TEST_CASE("A pasted key keeps its lines, whatever line breaks the web page used", "[normalise]")
{
    FieldSpec key;
    key.kind = FieldSpec::Kind::Multiline;
    key.charset = FieldSpec::Charset::Any;
    // CR LF, CR, LF, U+2028 and U+2029 each end a line; blank lines at either
    // end go, those inside stay; each line loses the spaces around it.
    CHECK(Normalise::field(key,
                           QStringLiteral("\r\n -----BEGIN-----\r\nAB\rCD\u2028\nEF\u2029GH \n\n"))
          == QStringLiteral("-----BEGIN-----\nAB\nCD\n\nEF\nGH"));
    CHECK(Normalise::field(key, QString()).isEmpty());
    CHECK(Normalise::field(key, QStringLiteral("\r\r\n")).isEmpty());
    CHECK(Normalise::field(key, QStringLiteral("one line")) == QStringLiteral("one line"));
}
