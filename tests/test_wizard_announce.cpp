#include "resultpanel.h"

#include <QStringList>

#include <catch2/catch.hpp>

using namespace crossma;

// The Alert event itself only reaches a real accessibility bridge (none on
// the offscreen platform); what it carries is checked here.
TEST_CASE("A connection test's verdict and errors are announced to screen readers", "[wizard]")
{
    ResultPanel panel(QStringLiteral("rakuten"), QStringLiteral("楽天市場"));
    QStringList announced;
    QObject::connect(&panel, &ResultPanel::announced,
                     [&announced](const QString &t) { announced.append(t); });
    panel.show();

    panel.showResult(VerifyResult::failure(Code::AuthRejected, QStringLiteral("キーが違います。")));
    REQUIRE(announced.size() == 1);
    CHECK(announced.at(0).contains(QStringLiteral("キーが違います。")));
    CHECK(panel.accessibleDescription() == announced.at(0));

    panel.showNotice(QStringLiteral("保存できませんでした。"), true);
    REQUIRE(announced.size() == 2);
    CHECK(announced.at(1) == QStringLiteral("保存できませんでした。"));
    CHECK(panel.accessibleDescription() == QStringLiteral("保存できませんでした。"));
}
