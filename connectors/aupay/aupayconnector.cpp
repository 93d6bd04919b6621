#include "aupayconnector.h"

#include "aupayverifyjob.h"
#include "core/normalise.h"

#include <QRegularExpression>

namespace crossma {

namespace {
const QString kShopId = QStringLiteral("shopId");
const QString kApiKey = QStringLiteral("apiKey");
const QUrl kManager(QStringLiteral("https://manager.wowma.jp/"));

// The shapes of MALLS.md, for recognising what the seller pasted.
ShapeConfidence shopIdShape(const QString &value)
{
    // Real 会員番号 are seen with 8 digits; other numbers are only possible.
    static const QRegularExpression eight(QStringLiteral("^[0-9]{8}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (eight.match(value).hasMatch())
        return ShapeConfidence::Likely;
    return digits.match(value).hasMatch() ? ShapeConfidence::Weak : ShapeConfidence::None;
}

ShapeConfidence apiKeyShape(const QString &value)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex64.match(value).hasMatch() ? ShapeConfidence::Likely : ShapeConfidence::None;
}
}  // namespace

const QUrl &AupayConnector::productionBase()
{
    static const QUrl base(QStringLiteral("https://api.manager.wowma.jp"));
    return base;
}

QString AupayConnector::displayName() const
{
    return tr("au PAY Market");
}

QString AupayConnector::pageTitle() const
{
    return tr("au PAY Market settings (formerly Wowma!)");
}

QString AupayConnector::pageIntro() const
{
    return tr("Apply for API use in Wow!manager, issue an API key, register the source addresses "
              "below, then enter your member number and the API key.");
}

QList<FieldSpec> AupayConnector::fields() const
{
    FieldSpec shop;
    shop.id = kShopId;
    shop.label = tr("Member number (shop ID)");
    shop.placeholder = tr("e.g. 12345678");
    shop.help = tr("Shown at the top left of Wow!manager after you log in. Digits only.");
    shop.charset = FieldSpec::Charset::Digits;
    // The base check() would cut a long value short with a generic message;
    // ours explains where the number comes from.
    shop.maxLength = 0;
    shop.shape = shopIdShape;

    FieldSpec key;
    key.id = kApiKey;
    key.label = tr("API key");
    key.placeholder = tr("64 half-width letters and digits");
    key.help = tr("Wow!manager > 各種申し込み > API利用申請 > APIキーの発行はこちら > "
                  "<1.APIキーを発行>. It is valid for 90 days.");
    key.secret = true;
    key.maxLength = 256;
    key.shape = apiKeyShape;

    return {shop, key};
}

QList<ProcedureStep> AupayConnector::paygentSteps() const
{
    return {
        {QStringLiteral("paygentApply"),
         tr("Apply for ペイジェント (au PAY Market payment service)"),
         {},
         tr("Needed for credit-card and other payments in your store. The review usually takes up "
            "to about 4 weeks. Skip this if your store already passed the review."),
         {}},
        {QStringLiteral("paygentItems"),
         tr("Create at least 1 item page in every planned category, 6 or more in total"),
         {},
         tr("The ペイジェント review looks at these pages, so create them before you apply."),
         kManager},
        {QStringLiteral("paygentLicences"),
         tr("Enter your licence details if you sell second-hand goods, alcohol or medicines"),
         {},
         tr("古物・酒類・医薬品 and similar goods need their licence information in the "
            "application."),
         {}},
        {QStringLiteral("paygentDocuments"),
         tr("Send the paper documents for the ペイジェント review"),
         {},
         tr("The review needs documents such as a certified copy of the company register and "
            "stamped application forms sent by post. クロスマ cannot do this for you."),
         {}},
    };
}

QList<ProcedureStep> AupayConnector::apiSteps() const
{
    return {
        {QStringLiteral("memberNumber"), tr("Copy your member number (会員番号)"),
         tr("Wow!manager > top left of the screen"),
         tr("Log in to Wow!manager; the member number is shown at the top left. Paste it below."),
         kManager},
        {QStringLiteral("apiApply"), tr("Apply for API use"),
         tr("Wow!manager > トップページ > メニュー > 各種申し込み > API利用申請 > 申請"),
         tr("Press 【申請】 below the terms of use."), kManager},
        {QStringLiteral("apiKey"), tr("Issue an API key"),
         tr("API利用申請 > 「APIキーの発行はこちら」 > <1.APIキーを発行>"),
         tr("Copy the API key shown there and paste it below. It is valid for 90 days."), kManager},
        {QStringLiteral("sourceAddresses"), tr("Register the source IP addresses, then press 登録"),
         tr("API利用設定 > <2.接続元IPアドレス> > 登録"),
         tr("Enter every address listed below. Without them the service cannot use the API."),
         kManager},
    };
}

QList<ProcedureNote> AupayConnector::procedureNotes() const
{
    return {
        {ProcedureNote::Kind::Info,
         tr("With the Wow!manager login ID and password you gave when you signed up, クロスマ does "
            "the initial setup for you. With store setup: payment method description and returns "
            "policy, shipping day and delivery date/time settings, mail settings and the API use "
            "application. Without store setup: mail settings and the API use application only. "
            "Store sign images and headers are not made.")},
        {ProcedureNote::Kind::Info,
         tr("The login information you gave is kept strictly and discarded after the initial "
            "setup.")},
        {ProcedureNote::Kind::Info,
         tr("When the initial setup is done, you receive the mail 【クロスマau PAY マーケット版】 "
            "ご利用開始のご案内. If your store already passed the ペイジェント review, you can "
            "skip "
            "the ペイジェント steps.")},
        {ProcedureNote::Kind::Warning,
         tr("Until the ペイジェント review passes, card and other payments do not work in your "
            "store: start selling on au PAY Market only after the review has passed.")},
        {ProcedureNote::Kind::Info,
         tr("API keys are valid for 90 days. Issue a new one in Wow!manager before it expires and "
            "enter it here again.")},
    };
}

Procedure AupayConnector::procedure() const
{
    // ペイジェント first: selling waits for its review; then the API key itself.
    Procedure p;
    p.steps = paygentSteps() + apiSteps();
    p.notes = procedureNotes();
    return p;
}

QList<FieldProblem> AupayConnector::check(const FieldValues &normalised) const
{
    QList<FieldProblem> problems = Connector::check(normalised);
    const QString shopId = normalised.value(kShopId);
    const QString key = normalised.value(kApiKey);

    // Our wording for the 会員番号 replaces the generic digits message.
    if (!shopId.isEmpty()) {
        problems.erase(std::remove_if(problems.begin(), problems.end(),
                                      [](const FieldProblem &p) { return p.fieldId == kShopId; }),
                       problems.end());
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (shopId.contains(QLatin1Char('@'))) {
            problems.append({kShopId, tr("This looks like a login ID or mail address. Enter the "
                                         "member number (digits) shown at the top left of "
                                         "Wow!manager instead.")});
        } else if (!digits.match(shopId).hasMatch()) {
            problems.append(
                {kShopId, tr("The member number can only contain half-width digits "
                             "(0-9). Copy it again from the top left of Wow!manager.")});
        } else if (shopId.size() > kShopIdMaxDigits) {
            problems.append({kShopId, tr("The member number has %1 digits, but it has at most %2. "
                                         "Check that nothing else was copied with it.")
                                          .arg(shopId.size())
                                          .arg(kShopIdMaxDigits)});
        }
    }

    bool keyHasProblem = false;
    for (const FieldProblem &p : std::as_const(problems))
        keyHasProblem = keyHasProblem || p.fieldId == kApiKey;
    if (key.isEmpty() || keyHasProblem)
        return problems;

    static const QRegularExpression onlyDigits(QStringLiteral("^[0-9]{1,18}$"));
    if (key.contains(QRegularExpression(QStringLiteral("\\s")))) {
        problems.append({kApiKey, tr("The API key contains a space. Copy it again from "
                                     "<1.APIキーを発行> in Wow!manager, without spaces.")});
    } else if (key == shopId || onlyDigits.match(key).hasMatch()) {
        problems.append({kApiKey, tr("This looks like the member number, not the API key. The API "
                                     "key is the long string shown in <1.APIキーを発行>.")});
    } else if (!Normalise::isPrintableAsciiToken(key)) {
        problems.append({kApiKey, tr("The API key can only contain half-width letters and digits. "
                                     "Copy it again from <1.APIキーを発行> in Wow!manager.")});
    } else if (key.size() < kKeyMinLength) {
        problems.append({kApiKey, tr("The API key is only %1 characters long; it was probably not "
                                     "copied completely. Copy all of it from <1.APIキーを発行>.")
                                      .arg(key.size())});
    }
    return problems;
}

VerifyJob *AupayConnector::verify(const FieldValues &normalised, const Endpoints &endpoints,
                                  QObject *parent) const
{
    return new AupayVerifyJob(normalised, endpoints, displayName(), parent);
}

QList<ExpirySpec> AupayConnector::expiries() const
{
    return {{QStringLiteral("apiKeyExpiry"), tr("API key expiry"), kExpirySoonDays,
             tr("Issue a new API key in Wow!manager (各種申し込み > API利用申請 > APIキーの発行), "
                "then enter it with Edit.")}};
}

}  // namespace crossma
