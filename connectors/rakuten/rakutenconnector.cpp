#include "rakutenconnector.h"

#include "rakutenshopurl.h"
#include "rakutenverifyjob.h"

#include <QRegularExpression>

namespace crossma {

namespace {
// The shapes of MALLS.md, for recognising what the seller pasted: the keys are
// observed as SP<shopId>_… and SL<shopId>_….
ShapeConfidence keyShape(const QString &value, const QString &prefix)
{
    static const QRegularExpression re(QStringLiteral("^S[PL][0-9]+_[A-Za-z0-9_-]+$"));
    return value.startsWith(prefix) && re.match(value).hasMatch() ? ShapeConfidence::Certain
                                                                  : ShapeConfidence::None;
}

ShapeConfidence shopUrlShape(const QString &value)
{
    if (RakutenShopUrl::shopCode(value).isEmpty())
        return ShapeConfidence::None;
    // An address names the mall; a bare code is a word like many others.
    if (value.contains(QLatin1Char('/')) || value.contains(QLatin1Char('.')))
        return ShapeConfidence::Certain;
    static const QRegularExpression word(QStringLiteral("^(?=.*[a-z])[a-z0-9_-]{1,40}$"));
    return word.match(value).hasMatch() ? ShapeConfidence::Weak : ShapeConfidence::None;
}
}  // namespace

const QUrl &RakutenConnector::productionBase()
{
    static const QUrl base(QStringLiteral("https://api.rms.rakuten.co.jp"));
    return base;
}

QString RakutenConnector::displayName() const
{
    return tr("Rakuten Ichiba");
}

QString RakutenConnector::pageTitle() const
{
    return tr("Rakuten Ichiba settings");
}

QString RakutenConnector::pageIntro() const
{
    return tr("Apply for the WEB API service in RMS, enable its functions, then enter the service "
              "secret, license key and shop URL shown there.");
}

QList<FieldSpec> RakutenConnector::fields() const
{
    FieldSpec secret;
    secret.id = QStringLiteral("serviceSecret");
    secret.label = tr("Service secret");
    secret.placeholder = tr("e.g. SP338500_xxxxxxxxxxxx");
    secret.help = tr("RMS > Store information & services > WEB API service > 2-1 WEB API: "
                     "shown as the service secret.");
    secret.secret = true;
    secret.maxLength = 50;
    secret.shape = [](const QString &v) { return keyShape(v, QStringLiteral("SP")); };

    FieldSpec license;
    license.id = QStringLiteral("licenseKey");
    license.label = tr("License key");
    license.placeholder = tr("e.g. SL338500_xxxxxxxxxxxx");
    license.help = tr("Shown next to the service secret in 2-1 WEB API. It is valid for 90 days.");
    license.secret = true;
    license.maxLength = 50;
    license.shape = [](const QString &v) { return keyShape(v, QStringLiteral("SL")); };

    FieldSpec shop;
    shop.id = QStringLiteral("shopUrl");
    shop.label = tr("Shop URL");
    shop.placeholder = QStringLiteral("https://www.rakuten.co.jp/your-shop/");
    shop.help = tr("The address of your shop's top page. The shop code alone is fine too.");
    shop.maxLength = 200;
    shop.shape = shopUrlShape;

    return {secret, license, shop};
}

Procedure RakutenConnector::procedure() const
{
    Procedure p;
    const QUrl rms(QStringLiteral("https://glogin.rms.rakuten.co.jp/"));
    p.steps = {
        {QStringLiteral("apply"), tr("Apply for the WEB API service"),
         tr("RMS > Store information & services > WEB API service > 1-2 Application and terms of "
            "use > Apply"),
         tr("Read the terms of use and press 申し込む. Skip this step if you have already "
            "applied."),
         rms},
        {QStringLiteral("functions"), tr("Set every function to 利用する in 利用機能編集"),
         tr("RMS > Store information & services > WEB API service > 2-1 WEB API > 利用機能編集"),
         tr("The list is very long: scroll to the very bottom and set every item to 利用する. "
            "Items "
            "that are 利用不可 from the start can stay as they are. Then press 確認する and "
            "登録する."),
         rms},
        {QStringLiteral("csv"), tr("Apply for the CSV商品一括編集 option"),
         tr("RMS > Store information & services > 2. Option functions: apply / cancel > "
            "CSV商品一括編集 > 申込・解約"),
         tr("Without this option the service cannot be linked to Rakuten Ichiba."), rms},
        {QStringLiteral("copy"), tr("Copy the service secret and the license key"),
         tr("RMS > Store information & services > WEB API service > 2-1 WEB API"),
         tr("The usage information there shows the service secret and the license key. Paste them "
            "below."),
         rms},
    };
    p.notes = {
        {ProcedureNote::Kind::Info,
         tr("Rakuten needs about 1 to 1.5 hours after 登録する before the settings take effect. If "
            "the connection test fails right after, try again later.")},
        {ProcedureNote::Kind::Warning, tr("Shops still on the old payment method (旧決済) need "
                                          "different settings; please contact "
                                          "support. Almost every shop today uses 楽天ペイ.")},
    };
    return p;
}

FieldValues RakutenConnector::normalise(const FieldValues &raw) const
{
    FieldValues values = Connector::normalise(raw);
    const QString url = values.value(QStringLiteral("shopUrl"));
    const QString code = RakutenShopUrl::shopCode(url);
    if (!code.isEmpty())
        values.insert(QStringLiteral("shopUrl"), RakutenShopUrl::canonical(code));
    return values;
}

QList<FieldProblem> RakutenConnector::check(const FieldValues &normalised) const
{
    QList<FieldProblem> problems = Connector::check(normalised);
    auto hasProblem = [&problems](const QString &id) {
        for (const FieldProblem &p : std::as_const(problems)) {
            if (p.fieldId == id)
                return true;
        }
        return false;
    };
    // Keys are letters, digits and '_' (observed SP<shop>_…, SL<shop>_…).
    static const QRegularExpression keyChars(QStringLiteral("^[A-Za-z0-9_\\-]+$"));
    for (const QString &id : {QStringLiteral("serviceSecret"), QStringLiteral("licenseKey")}) {
        const QString value = normalised.value(id);
        if (hasProblem(id) || value.isEmpty())
            continue;
        if (!keyChars.match(value).hasMatch()) {
            problems.append({id, tr("The %1 can only contain half-width letters, digits and \"_\". "
                                    "Copy it again from 2-1 WEB API in RMS.")
                                     .arg(field(id).label)});
        }
    }
    const QString secret = normalised.value(QStringLiteral("serviceSecret"));
    const QString license = normalised.value(QStringLiteral("licenseKey"));
    if (!secret.isEmpty() && secret == license) {
        problems.append({QStringLiteral("licenseKey"),
                         tr("The license key is the same as the service secret. Copy the license "
                            "key from its own line in 2-1 WEB API.")});
    } else if (secret.startsWith(QLatin1String("SL")) && license.startsWith(QLatin1String("SP"))) {
        problems.append({QStringLiteral("serviceSecret"),
                         tr("The service secret and the license key seem swapped: the service "
                            "secret usually starts with SP and the license key with SL.")});
    }
    const QString url = normalised.value(QStringLiteral("shopUrl"));
    if (!url.isEmpty() && !hasProblem(QStringLiteral("shopUrl"))
        && RakutenShopUrl::shopCode(url).isEmpty()) {
        problems.append({QStringLiteral("shopUrl"),
                         tr("This is not a Rakuten Ichiba shop address. Enter it like "
                            "https://www.rakuten.co.jp/your-shop/ or just the shop code.")});
    }
    return problems;
}

VerifyJob *RakutenConnector::verify(const FieldValues &normalised, const Endpoints &endpoints,
                                    QObject *parent) const
{
    return new RakutenVerifyJob(normalised, endpoints, displayName(), parent);
}

QList<ExpirySpec> RakutenConnector::expiries() const
{
    // RMS license keys live 90 days (MALLS.md); a new one is issued in RMS.
    return {{QStringLiteral("licenseExpiry"), tr("License key expiry"), kExpirySoonDays,
             tr("Issue a new license key in RMS (店舗様向け情報・サービス > WEB APIサービス > "
                "利用設定), "
                "then enter it with Edit.")}};
}

}  // namespace crossma
