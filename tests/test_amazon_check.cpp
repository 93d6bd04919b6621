// Offline checks of the Amazon (SP-API) page: every field's documented shape,
// and a message that says which value landed in which field.
#include <catch2/catch.hpp>

#include "amazon/amazonconnector.h"
#include "amazon/amazonvalues.h"
#include "registry.h"

using namespace crossma;

namespace {
const QString kClientId = QStringLiteral(
    "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef");
const QString kSecret = QStringLiteral("amzn1.oa2-cs.v1.")
                        + QString(QStringLiteral("0123456789abcdef")).repeated(4);
const QString kRefresh = QStringLiteral("Atzr|IwEBI")
                         + QString(QStringLiteral("Ab3-_x9Z")).repeated(12);

FieldValues good()
{
    return {{QStringLiteral("sellerId"), QStringLiteral("A2Q3Y263D00KXY")},
            {QStringLiteral("lwaClientId"), kClientId},
            {QStringLiteral("lwaClientSecret"), kSecret},
            {QStringLiteral("refreshToken"), kRefresh},
            {QStringLiteral("marketplaceId"), QStringLiteral("A1VC38T7YXB528")}};
}

// The problems of `values` after the connector's own normalisation, by field.
QMap<QString, QString> problems(const FieldValues &values)
{
    AmazonConnector amazon;
    QMap<QString, QString> out;
    for (const FieldProblem &p : amazon.check(amazon.normalise(values))) {
        INFO(p.fieldId.toStdString() << ": " << p.message.toStdString());
        CHECK_FALSE(out.contains(p.fieldId));  // one message per field
        CHECK_FALSE(p.message.isEmpty());
        out.insert(p.fieldId, p.message);
    }
    return out;
}

// The one message for `fieldId` when only that field holds `value`.
QString messageFor(const QString &fieldId, const QString &value)
{
    FieldValues values = good();
    values.insert(fieldId, value);
    const auto found = problems(values);
    INFO(fieldId.toStdString() << " = " << value.toStdString());
    REQUIRE(found.keys() == QStringList{fieldId});
    return found.value(fieldId);
}

void requireDistinct(const QStringList &messages)
{
    for (int i = 0; i < messages.size(); ++i) {
        for (int j = i + 1; j < messages.size(); ++j) {
            INFO(i << " vs " << j << ": " << messages.at(i).toStdString());
            CHECK(messages.at(i) != messages.at(j));
        }
    }
}
}  // namespace

TEST_CASE("Amazon comes first in the registry and describes its page", "[amazon]")
{
    const auto connectors = createConnectors();
    REQUIRE_FALSE(connectors.empty());
    CHECK(connectors.front()->id() == QStringLiteral("amazon"));
    CHECK(allEndpointKeys().contains(QStringLiteral("amazon.lwa")));
    CHECK(allEndpointKeys().contains(QStringLiteral("amazon.spapi")));

    AmazonConnector amazon;
    CHECK(amazon.pageTitle().contains(QStringLiteral("MWS")));  // the seed's heading stays recognisable
    CHECK(amazon.pageIntro().contains(QStringLiteral("SP-API")));
    CHECK(amazon.secretFieldIds()
          == QStringList{QStringLiteral("lwaClientSecret"), QStringLiteral("refreshToken")});
    const FieldSpec market = amazon.field(QStringLiteral("marketplaceId"));
    CHECK(market.kind == FieldSpec::Kind::Choice);
    CHECK(market.defaultValue == QStringLiteral("A1VC38T7YXB528"));
    CHECK(market.choices.first().first == QStringLiteral("A1VC38T7YXB528"));
    const Procedure procedure = amazon.procedure();
    CHECK(procedure.steps.size() >= 4);
    bool warns = false;
    for (const ProcedureNote &note : procedure.notes)
        warns = warns || note.kind == ProcedureNote::Kind::Warning;
    CHECK(warns);  // the seed's "wrong values mean no product data" warning
}

TEST_CASE("Amazon accepts well-formed values, pasted with spaces or full-width", "[amazon]")
{
    CHECK(problems(good()).isEmpty());

    FieldValues pasted = good();
    pasted.insert(QStringLiteral("sellerId"), QStringLiteral("\u3000Ａ2Q3Y263D00KXY \n"));
    pasted.insert(QStringLiteral("refreshToken"),
                  QStringLiteral(" ") + kRefresh + QStringLiteral("\r\n"));
    pasted.insert(QStringLiteral("lwaClientSecret"),
                  QString(QStringLiteral("0123456789ABCDEF")).repeated(4));  // an older bare secret
    CHECK(problems(pasted).isEmpty());
    AmazonConnector amazon;
    CHECK(amazon.normalise(pasted).value(QStringLiteral("sellerId"))
          == QStringLiteral("A2Q3Y263D00KXY"));

    FieldValues noMarketplace = good();
    noMarketplace.remove(QStringLiteral("marketplaceId"));
    CHECK(amazon.normalise(noMarketplace).value(QStringLiteral("marketplaceId"))
          == QStringLiteral("A1VC38T7YXB528"));
}

TEST_CASE("Amazon reports every empty field", "[amazon]")
{
    FieldValues empty = good();
    for (const QString &id : {QStringLiteral("sellerId"), QStringLiteral("lwaClientId"),
                              QStringLiteral("lwaClientSecret"), QStringLiteral("refreshToken")})
        empty.insert(id, QStringLiteral("  "));
    CHECK(problems(empty).keys()
          == QStringList({QStringLiteral("lwaClientId"), QStringLiteral("lwaClientSecret"),
                          QStringLiteral("refreshToken"), QStringLiteral("sellerId")}));
}

TEST_CASE("Amazon seller ID: shape problems are named, never silently fixed", "[amazon]")
{
    const QString lower = messageFor(QStringLiteral("sellerId"), QStringLiteral("a2q3y263d00kxy"));
    const QString space = messageFor(QStringLiteral("sellerId"), QStringLiteral("A2Q3Y 263D00KXY"));
    const QString notA = messageFor(QStringLiteral("sellerId"), QStringLiteral("B2Q3Y263D00KXY"));
    const QString tooShort = messageFor(QStringLiteral("sellerId"), QStringLiteral("A2Q3Y"));
    const QString tooLong = messageFor(QStringLiteral("sellerId"),
                                       QStringLiteral("A2Q3Y263D00KXYA2Q3Y263D"));
    const QString symbols = messageFor(QStringLiteral("sellerId"),
                                       QStringLiteral("A2Q3Y-263D00KXY"));
    const QString marketplace = messageFor(QStringLiteral("sellerId"),
                                           QStringLiteral("A1VC38T7YXB528"));
    const QString clientId = messageFor(QStringLiteral("sellerId"), kClientId);
    CHECK(tooShort.contains(QStringLiteral("5")));
    CHECK(tooLong.contains(QStringLiteral("23")));
    requireDistinct({lower, space, notA, tooShort, symbols, marketplace, clientId});
    // Nothing was upper-cased behind the seller's back.
    AmazonConnector amazon;
    FieldValues values = good();
    values.insert(QStringLiteral("sellerId"), QStringLiteral("a2q3y263d00kxy"));
    CHECK(amazon.normalise(values).value(QStringLiteral("sellerId"))
          == QStringLiteral("a2q3y263d00kxy"));
}

TEST_CASE("Amazon LWA client ID: wrong values and wrong lengths are told apart", "[amazon]")
{
    const QString field = QStringLiteral("lwaClientId");
    const QString secretHere = messageFor(field, kSecret);
    const QString tokenHere = messageFor(field, kRefresh);
    const QString unknown = messageFor(field, QStringLiteral("0123456789abcdef"));
    const QString shortHex = messageFor(field, kClientId.chopped(4));
    const QString nonHex = messageFor(field, kClientId.chopped(1) + QStringLiteral("z"));
    const QString upperPrefix = messageFor(field, kClientId.toUpper());
    const QString aws = messageFor(field, QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    CHECK(shortHex.contains(QStringLiteral("28")));
    CHECK(shortHex.contains(QStringLiteral("32")));
    CHECK(unknown.contains(QStringLiteral("amzn1.application-oa2-client.")));
    requireDistinct({secretHere, tokenHere, unknown, shortHex, nonHex, upperPrefix, aws});
}

TEST_CASE("Amazon LWA client secret: the client ID pasted here is named", "[amazon]")
{
    const QString field = QStringLiteral("lwaClientSecret");
    const QString idHere = messageFor(field, kClientId);
    const QString tokenHere = messageFor(field, kRefresh);
    const QString mws = messageFor(field,
                                   QStringLiteral("amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE"));
    const QString unknown = messageFor(field, QStringLiteral("secret-of-some-kind"));
    const QString shortBare = messageFor(field,
                                         QString(QStringLiteral("0123456789abcdef")).repeated(3));
    const QString shortPrefixed = messageFor(field, kSecret.chopped(10));
    const QString nonHex = messageFor(field, kSecret.chopped(1) + QStringLiteral("g"));
    CHECK(shortBare.contains(QStringLiteral("48")));
    CHECK(shortPrefixed.contains(QStringLiteral("54")));
    requireDistinct({idHere, tokenHere, mws, unknown, shortBare, shortPrefixed, nonHex});
    // Neither the message nor anything else quotes the secret itself.
    CHECK_FALSE(shortPrefixed.contains(kSecret.chopped(10)));
}

TEST_CASE("Amazon swapped client ID and secret: both fields say so", "[amazon]")
{
    FieldValues values = good();
    values.insert(QStringLiteral("lwaClientId"), kSecret);
    values.insert(QStringLiteral("lwaClientSecret"), kClientId);
    const auto found = problems(values);
    REQUIRE(found.keys()
            == QStringList({QStringLiteral("lwaClientId"), QStringLiteral("lwaClientSecret")}));
    CHECK(found.value(QStringLiteral("lwaClientId"))
          == found.value(QStringLiteral("lwaClientSecret")));
    CHECK(found.value(QStringLiteral("lwaClientId"))
          != messageFor(QStringLiteral("lwaClientId"), kSecret));
}

TEST_CASE("Amazon refresh token must start with Atzr| and be whole", "[amazon]")
{
    const QString field = QStringLiteral("refreshToken");
    const QString access = messageFor(field, QStringLiteral("Atza|") + kRefresh.mid(5));
    const QString clientId = messageFor(field, kClientId);
    const QString secret = messageFor(field, kSecret);
    const QString mws = messageFor(field,
                                   QStringLiteral("amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE"));
    const QString unknown = messageFor(field, QStringLiteral("IwEBI") + kRefresh.mid(5));
    const QString encoded = messageFor(field, QStringLiteral("Atzr%7C") + kRefresh.mid(5));
    const QString lowerPrefix = messageFor(field, QStringLiteral("atzr|") + kRefresh.mid(5));
    const QString cut = messageFor(field, kRefresh.left(30));
    const QString space = messageFor(field,
                                     kRefresh.left(40) + QStringLiteral(" ") + kRefresh.mid(40));
    const QString japanese = messageFor(field, kRefresh + QStringLiteral("あ"));
    CHECK(cut.contains(QStringLiteral("30")));
    CHECK(unknown.contains(QStringLiteral("Atzr|")));
    requireDistinct(
        {access, clientId, secret, mws, unknown, encoded, lowerPrefix, cut, space, japanese});
    CHECK_FALSE(cut.contains(kRefresh.left(30)));
}

TEST_CASE("Amazon marketplace must be one of the Far East region's", "[amazon]")
{
    FieldValues australia = good();
    australia.insert(QStringLiteral("marketplaceId"), QStringLiteral("A39IBJ37TRP1C6"));
    CHECK(problems(australia).isEmpty());
    AmazonConnector amazon;
    for (const auto &choice : amazon.field(QStringLiteral("marketplaceId")).choices) {
        FieldValues chosen = good();
        chosen.insert(QStringLiteral("marketplaceId"), choice.first);
        CHECK(problems(chosen).isEmpty());
        CHECK_FALSE(choice.second.isEmpty());
    }
    const QString us = messageFor(QStringLiteral("marketplaceId"), QStringLiteral("ATVPDKIKX0DER"));
    CHECK(us.contains(QStringLiteral("Amazon.co.jp")));
    messageFor(QStringLiteral("marketplaceId"), QStringLiteral("jp"));
}
