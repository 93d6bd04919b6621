#include "amazonconnector.h"

#include "amazonvalues.h"
#include "amazonverifyjob.h"
#include "core/normalise.h"

#include <QRegularExpression>

namespace crossma {

using AmazonValues::Kind;

namespace {
const QString kSellerId = QStringLiteral("sellerId");
const QString kClientId = QStringLiteral("lwaClientId");
const QString kClientSecret = QStringLiteral("lwaClientSecret");
const QString kRefreshToken = QStringLiteral("refreshToken");
const QString kMarketplace = QStringLiteral("marketplaceId");

// The shapes of MALLS.md, for recognising what the seller pasted.
ShapeConfidence sellerIdShape(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^A[0-9A-Z]{9,19}$"));
    // Marketplace ids look exactly like seller ids; kindOf knows them.
    return re.match(value).hasMatch() && AmazonValues::kindOf(value) == Kind::Unknown
               ? ShapeConfidence::Likely
               : ShapeConfidence::None;
}

ShapeConfidence kindShape(const QString &value, Kind wanted)
{
    if (AmazonValues::kindOf(value) != wanted)
        return ShapeConfidence::None;
    // A bare 64-hex secret of an older app shares its shape with other malls' keys.
    if (wanted == Kind::ClientSecret
        && !value.startsWith(AmazonValues::kClientSecretPrefix, Qt::CaseInsensitive))
        return ShapeConfidence::Weak;
    return ShapeConfidence::Certain;
}

ShapeConfidence refreshTokenShape(const QString &value)
{
    // Copied from an address bar the | arrives as %7C; check() says so.
    if (value.startsWith(QLatin1String("Atzr%7C"), Qt::CaseInsensitive))
        return ShapeConfidence::Likely;
    return kindShape(value, Kind::RefreshToken);
}

bool hasInnerSpace(const QString &value)
{
    for (QChar c : value) {
        if (c.isSpace())
            return true;
    }
    return false;
}
}  // namespace

const QUrl &AmazonConnector::lwaProductionBase()
{
    static const QUrl base(QStringLiteral("https://api.amazon.com"));
    return base;
}

const QUrl &AmazonConnector::spapiProductionBase()
{
    static const QUrl base(QStringLiteral("https://sellingpartnerapi-fe.amazon.com"));
    return base;
}

QString AmazonConnector::displayName() const
{
    return tr("Amazon");
}

QString AmazonConnector::pageTitle() const
{
    // Keeps the seed's 「Amazon MWS設定」 recognisable for sellers holding the old manual.
    return tr("Amazon settings (formerly MWS settings)");
}

QString AmazonConnector::pageIntro() const
{
    return tr("Amazon retired MWS in 2024; the Selling Partner API (SP-API) took its place, so "
              "enter the values of your own SP-API app here.");
}

QList<FieldSpec> AmazonConnector::fields() const
{
    FieldSpec seller;
    seller.id = kSellerId;
    seller.label = tr("Seller ID (merchant ID)");
    seller.placeholder = tr("e.g. A1B2C3D4E5F6G7");
    seller.help = tr("Seller Central > Settings > Account Info > Your Merchant Token. Capital "
                     "letters and digits, starting with A.");
    seller.shape = sellerIdShape;

    FieldSpec clientId;
    clientId.id = kClientId;
    clientId.label = tr("LWA client ID");
    clientId.placeholder = QStringLiteral("amzn1.application-oa2-client.…");
    clientId.help = tr("Seller Central > Apps and Services > Develop Apps > LWA credentials > "
                       "View: the client identifier.");
    clientId.shape = [](const QString &v) { return kindShape(v, Kind::ClientId); };

    FieldSpec clientSecret;
    clientSecret.id = kClientSecret;
    clientSecret.label = tr("LWA client secret");
    clientSecret.placeholder = QStringLiteral("amzn1.oa2-cs.v1.…");
    clientSecret.help = tr("Shown under the client ID in LWA credentials > View: the client "
                           "secret.");
    clientSecret.secret = true;
    clientSecret.shape = [](const QString &v) { return kindShape(v, Kind::ClientSecret); };

    FieldSpec refresh;
    refresh.id = kRefreshToken;
    refresh.label = tr("Refresh token");
    refresh.placeholder = QStringLiteral("Atzr|…");
    refresh.help = tr("Shown once when you authorise your app in Develop Apps (Authorize > "
                      "Generate refresh token). It starts with Atzr|.");
    refresh.secret = true;
    refresh.maxLength = 4096;
    refresh.shape = refreshTokenShape;

    FieldSpec marketplace;
    marketplace.id = kMarketplace;
    marketplace.label = tr("Marketplace");
    marketplace.help = tr("The Amazon store you sell in. Almost every seller uses Amazon.co.jp.");
    marketplace.kind = FieldSpec::Kind::Choice;
    marketplace.defaultValue = AmazonValues::kDefaultMarketplaceId;
    marketplace.choices = {
        {AmazonValues::kDefaultMarketplaceId, tr("Amazon.co.jp (Japan)")},
        {QStringLiteral("A39IBJ37TRP1C6"), tr("Amazon.com.au (Australia)")},
        {QStringLiteral("A19VAU5U5O7RUS"), tr("Amazon.sg (Singapore)")},
    };

    return {seller, clientId, clientSecret, refresh, marketplace};
}

Procedure AmazonConnector::procedure() const
{
    Procedure p;
    const QUrl developerConsole(
        QStringLiteral("https://sellercentral.amazon.co.jp/sellingpartner/developerconsole"));
    const QUrl sellerCentral(QStringLiteral("https://sellercentral.amazon.co.jp/"));
    p.steps = {
        {QStringLiteral("developer"), tr("Register as a developer"),
         tr("Seller Central > Apps and Services > Develop Apps > Developer profile"),
         tr("Sign in to Seller Central as the account's primary user: only the primary user can "
            "register. Fill in the developer profile as a private developer (you develop only "
            "for your own business) and submit it. Amazon reviews the profile before you can "
            "create an app; the review can take a few days."),
         developerConsole},
        {QStringLiteral("app"), tr("Create a private app"),
         tr("Seller Central > Apps and Services > Develop Apps > Add new app client"),
         tr("Choose SP API as the API type and select the roles the service needs (product "
            "listing, pricing, inventory and order tracking). The app is only for your own "
            "account (self-authorised)."),
         developerConsole},
        {QStringLiteral("authorize"), tr("Authorise the app to get the refresh token"),
         tr("Seller Central > Apps and Services > Develop Apps > Edit App (arrow) > Authorize > "
            "Authorize app"),
         tr("After Authorize app the refresh token is shown once. Copy the whole refresh token (it "
            "starts with Atzr|) and paste it below."),
         developerConsole},
        {QStringLiteral("credentials"), tr("Copy the LWA client ID and client secret"),
         tr("Seller Central > Apps and Services > Develop Apps > LWA credentials > View"),
         tr("The client ID starts with amzn1.application-oa2-client. and the client secret with "
            "amzn1.oa2-cs.v1."),
         developerConsole},
        {QStringLiteral("seller"), tr("Copy your seller ID"),
         tr("Seller Central > Settings > Account Info > Your Merchant Token"),
         tr("The merchant token is your seller ID (capital letters and digits, starting with A)."),
         sellerCentral},
    };
    p.notes = {
        {ProcedureNote::Kind::Warning,
         tr("If these values are wrong, the service cannot fetch product information from "
            "Amazon. Please check them carefully.")},
        {ProcedureNote::Kind::Info,
         tr("The old MWS values (AWS access key ID, MWS auth token amzn.mws.…) no longer work. "
            "The refresh token does not expire unless you remove the app's authorisation.")},
    };
    return p;
}

QString AmazonConnector::wrongKind(const QString &value, const QString &fieldLabel) const
{
    switch (AmazonValues::kindOf(value)) {
    case Kind::ClientId:
        return tr("This is the LWA client ID (it starts with amzn1.application-oa2-client.), not "
                  "the %1. Paste it into the LWA client ID field.")
            .arg(fieldLabel);
    case Kind::ClientSecret:
        return tr("This is the LWA client secret (it starts with amzn1.oa2-cs.v1.), not the %1. "
                  "Paste it into the LWA client secret field.")
            .arg(fieldLabel);
    case Kind::RefreshToken:
        return tr("This is the refresh token (it starts with Atzr|), not the %1. Paste it into "
                  "the refresh token field.")
            .arg(fieldLabel);
    case Kind::AccessToken:
        return tr("This is a temporary access token (it starts with Atza|), not the %1. Access "
                  "tokens only work for one hour; the refresh token starts with Atzr|.")
            .arg(fieldLabel);
    case Kind::MwsAuthToken:
        return tr("This is an MWS auth token (amzn.mws.…). Amazon shut MWS down in 2024 and these "
                  "no longer work: create an SP-API app as described in ① and enter its %1.")
            .arg(fieldLabel);
    case Kind::AwsAccessKeyId:
        return tr("This is an AWS access key ID from the MWS days. SP-API no longer needs it: "
                  "enter the %1 of your SP-API app.")
            .arg(fieldLabel);
    case Kind::MarketplaceId:
        return tr("This is a marketplace ID (the ID of an Amazon store such as Amazon.co.jp), "
                  "not the %1.")
            .arg(fieldLabel);
    case Kind::Unknown:
        break;
    }
    return {};
}

QString AmazonConnector::checkSellerId(const QString &value) const
{
    if (hasInnerSpace(value))
        return tr("The seller ID contains a space. It is one word of capital letters and digits "
                  "(like A1B2C3D4E5F6G7): remove the space or copy it again.");
    if (AmazonValues::kindOf(value) == Kind::MarketplaceId)
        return tr("This is a marketplace ID (the ID of an Amazon store such as Amazon.co.jp), not "
                  "your seller ID. Your seller ID is shown as Your Merchant Token in Seller "
                  "Central > Settings > Account Info.");
    if (AmazonValues::kindOf(value) != Kind::Unknown)
        return wrongKind(value, field(kSellerId).label);
    static const QRegularExpression lower(QStringLiteral("[a-z]"));
    if (lower.match(value).hasMatch())
        return tr("The seller ID contains small letters, but it is written in capital letters "
                  "only (like A1B2C3D4E5F6G7). Copy it again from Your Merchant Token instead of "
                  "typing it.");
    static const QRegularExpression upperAlnum(QStringLiteral("^[A-Z0-9]+$"));
    if (!upperAlnum.match(value).hasMatch())
        return tr("The seller ID can only contain capital letters A-Z and digits 0-9.");
    if (!value.startsWith(QLatin1Char('A')))
        return tr("A seller ID starts with the letter A. Check that you copied Your Merchant Token "
                  "and not another number.");
    if (value.size() < kMinSellerIdLength || value.size() > kMaxSellerIdLength)
        return tr("The seller ID is %1 characters long, but seller IDs have about 13 to 14. Check "
                  "that it was copied completely and nothing else came with it.")
            .arg(value.size());
    return {};
}

QString AmazonConnector::checkClientId(const QString &value, const QString &secret) const
{
    const Kind kind = AmazonValues::kindOf(value);
    if (kind == Kind::ClientSecret && AmazonValues::kindOf(secret) == Kind::ClientId)
        return tr("The client ID and the client secret are swapped: the client ID starts with "
                  "amzn1.application-oa2-client. and the client secret with amzn1.oa2-cs.v1.");
    if (kind != Kind::ClientId && kind != Kind::Unknown)
        return wrongKind(value, field(kClientId).label);
    if (kind == Kind::Unknown)
        return tr("The LWA client ID starts with amzn1.application-oa2-client. Copy it from "
                  "Develop Apps > LWA credentials > View.");
    const QString prefix = AmazonValues::kClientIdPrefix;
    if (!value.startsWith(prefix))
        return tr("Write the start of the client ID exactly as amzn1.application-oa2-client. in "
                  "small letters. Copying it is safer than typing it.");
    const QString rest = value.mid(prefix.size());
    if (rest.size() != AmazonValues::kClientIdHexLength)
        return tr("After amzn1.application-oa2-client. the client ID has %1 characters, but it "
                  "should have %2. Copy it again completely.")
            .arg(rest.size())
            .arg(AmazonValues::kClientIdHexLength);
    if (!AmazonValues::isHex(rest, AmazonValues::kClientIdHexLength))
        return tr("After amzn1.application-oa2-client. the client ID only has the digits 0-9 and "
                  "the letters a-f. Copy it again instead of typing it.");
    return {};
}

QString AmazonConnector::checkClientSecret(const QString &value, const QString &clientId) const
{
    const Kind kind = AmazonValues::kindOf(value);
    if (kind == Kind::ClientId && AmazonValues::kindOf(clientId) == Kind::ClientSecret)
        return tr("The client ID and the client secret are swapped: the client ID starts with "
                  "amzn1.application-oa2-client. and the client secret with amzn1.oa2-cs.v1.");
    if (kind != Kind::ClientSecret && kind != Kind::Unknown)
        return wrongKind(value, field(kClientSecret).label);
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9a-fA-F]+$"));
    if (kind == Kind::Unknown) {
        if (hexOnly.match(value).hasMatch())
            return tr("A client secret without the amzn1.oa2-cs.v1. prefix has %1 characters 0-9 "
                      "and a-f, but this one has %2. Copy it again completely.")
                .arg(AmazonValues::kClientSecretHexLength)
                .arg(value.size());
        return tr("The LWA client secret starts with amzn1.oa2-cs.v1. Copy it from Develop Apps > "
                  "LWA credentials > View.");
    }
    const QString prefix = AmazonValues::kClientSecretPrefix;
    if (!value.startsWith(prefix, Qt::CaseInsensitive))
        return {};  // a bare 64-hex secret of an older app
    if (!value.startsWith(prefix))
        return tr("Write the start of the client secret exactly as amzn1.oa2-cs.v1. in small "
                  "letters. Copying it is safer than typing it.");
    const QString rest = value.mid(prefix.size());
    if (rest.size() != AmazonValues::kClientSecretHexLength)
        return tr("After amzn1.oa2-cs.v1. the client secret has %1 characters, but it should have "
                  "%2. Copy it again completely.")
            .arg(rest.size())
            .arg(AmazonValues::kClientSecretHexLength);
    if (!hexOnly.match(rest).hasMatch())
        return tr("After amzn1.oa2-cs.v1. the client secret only has the digits 0-9 and the "
                  "letters a-f. Copy it again instead of typing it.");
    return {};
}

QString AmazonConnector::checkRefreshToken(const QString &value) const
{
    const Kind kind = AmazonValues::kindOf(value);
    if (kind == Kind::Unknown && value.startsWith(QLatin1String("Atzr%7C"), Qt::CaseInsensitive))
        return tr("The | after Atzr was copied as %7C (from an address bar). Copy the refresh "
                  "token from the screen of Seller Central instead.");
    if (kind != Kind::RefreshToken && kind != Kind::Unknown)
        return wrongKind(value, field(kRefreshToken).label);
    if (kind == Kind::Unknown)
        return tr("A refresh token starts with Atzr|. Copy it whole from Develop Apps > Authorize "
                  "> Generate refresh token.");
    if (!value.startsWith(AmazonValues::kRefreshTokenPrefix))
        return tr("The refresh token must start with Atzr| exactly (capital A, then small "
                  "letters). Copy it instead of typing it.");
    if (hasInnerSpace(value))
        return tr("The refresh token contains a space, but it is one unbroken line. Copy it "
                  "again.");
    if (!Normalise::isPrintableAsciiToken(value))
        return tr("The refresh token contains characters that cannot be part of it (for example "
                  "Japanese or full-width characters). Copy it again.");
    if (value.size() < kMinRefreshTokenLength)
        return tr("The refresh token is only %1 characters long; real ones are much longer. It "
                  "was probably cut off: copy it again completely.")
            .arg(value.size());
    return {};
}

QString AmazonConnector::checkMarketplace(const QString &value) const
{
    for (const AmazonValues::Marketplace &m : AmazonValues::farEastMarketplaces()) {
        if (m.id == value)
            return {};
    }
    return tr("Choose the marketplace from the list. This program works with Amazon.co.jp, "
              "Amazon.com.au and Amazon.sg.");
}

QList<FieldProblem> AmazonConnector::check(const FieldValues &normalised) const
{
    QList<FieldProblem> problems = Connector::check(normalised);
    auto alreadyReported = [&problems](const QString &id) {
        for (const FieldProblem &p : std::as_const(problems)) {
            if (p.fieldId == id)
                return true;
        }
        return false;
    };
    auto add = [&](const QString &id, const QString &message) {
        if (!message.isEmpty())
            problems.append({id, message});
    };
    auto value = [&normalised](const QString &id) { return normalised.value(id); };
    auto checkable = [&](const QString &id) { return !value(id).isEmpty() && !alreadyReported(id); };

    if (checkable(kSellerId))
        add(kSellerId, checkSellerId(value(kSellerId)));
    if (checkable(kClientId))
        add(kClientId, checkClientId(value(kClientId), value(kClientSecret)));
    if (checkable(kClientSecret))
        add(kClientSecret, checkClientSecret(value(kClientSecret), value(kClientId)));
    if (checkable(kRefreshToken))
        add(kRefreshToken, checkRefreshToken(value(kRefreshToken)));
    if (checkable(kMarketplace))
        add(kMarketplace, checkMarketplace(value(kMarketplace)));
    return problems;
}

VerifyJob *AmazonConnector::verify(const FieldValues &normalised, const Endpoints &endpoints,
                                   QObject *parent) const
{
    return new AmazonVerifyJob(normalised, endpoints, displayName(), parent);
}

}  // namespace crossma
