#include <catch2/catch.hpp>

#include "aupay/ui/aupayaddresslist.h"
#include "servicedata.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

using namespace crossma;

namespace {
// What the service data lists, read independently of the widget.
QStringList serviceJsonAddresses()
{
    const QJsonArray list =
        serviceData()[QLatin1String("aupay")].toObject()[QLatin1String("sourceAddresses")].toArray();
    QStringList out;
    for (const QJsonValue &v : list)
        out.append(v.toString());
    return out;
}
}  // namespace

TEST_CASE("The au PAY source addresses come from the service data, the seed's two included",
          "[aupay]")
{
    const QStringList expected = serviceJsonAddresses();
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(AupayAddressList::bundledAddresses() == expected);
    CHECK(expected.contains(QStringLiteral("153.126.182.146")));
    CHECK(expected.contains(QStringLiteral("133.242.77.128/28")));
}

TEST_CASE("Broken service data gives no addresses and a message, never a crash", "[aupay]")
{
    const auto json = GENERATE(as<QByteArray>{}, "", "{", "[]", "{\"aupay\":{}}",
                               "{\"aupay\":{\"sourceAddresses\":\"1.2.3.4\"}}",
                               "{\"aupay\":{\"sourceAddresses\":[\"\",\"  \",7]}}");
    QString error;
    CHECK(AupayAddressList::parseAddresses(json, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    CHECK(
        AupayAddressList::parseAddresses("{\"aupay\":{\"sourceAddresses\":[\" 10.0.0.1 \",\"\"]}}")
        == QStringList{QStringLiteral("10.0.0.1")});
}

TEST_CASE(
    "Each コピー button and 「すべてコピー」 put exactly the listed addresses on the clipboard",
    "[aupay]")
{
    const QStringList expected = serviceJsonAddresses();
    AupayAddressList list;
    CHECK(list.addresses() == expected);
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *status = list.findChild<QLabel *>(QStringLiteral("aupayCopyStatus"));
    REQUIRE(status);

    for (int i = 0; i < expected.size(); ++i) {
        auto *label = list.findChild<QLabel *>(QStringLiteral("aupayAddress_%1").arg(i));
        auto *button = list.findChild<QPushButton *>(QStringLiteral("copyAddress_%1").arg(i));
        REQUIRE(label);
        REQUIRE(button);
        CHECK(label->text() == expected.at(i));
        CHECK(button->text() == QStringLiteral("コピー"));
        clipboard->setText(QStringLiteral("something else"));
        button->click();
        CHECK(clipboard->text() == expected.at(i));
        CHECK(status->text().contains(expected.at(i)));
    }
    CHECK_FALSE(list.findChild<QPushButton *>(QStringLiteral("copyAddress_%1").arg(expected.size())));

    auto *all = list.findChild<QPushButton *>(QStringLiteral("copyAllAddresses"));
    REQUIRE(all);
    CHECK(all->text() == QStringLiteral("すべてコピー"));
    clipboard->setText(QStringLiteral("something else"));
    all->click();
    CHECK(clipboard->text() == expected.join(QLatin1Char('\n')));
    CHECK(clipboard->text().split(QLatin1Char('\n')) == expected);
}

TEST_CASE("The address list says this computer's address must be registered too", "[aupay]")
{
    AupayAddressList list;
    bool mentioned = false;
    for (QLabel *label : list.findChildren<QLabel *>())
        mentioned = mentioned
                    || (label->text().contains(QStringLiteral("このパソコン"))
                        && label->text().contains(QStringLiteral("<2.接続元IPアドレス>")));
    CHECK(mentioned);
}
