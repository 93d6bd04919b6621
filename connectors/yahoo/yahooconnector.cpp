#include "yahooconnector.h"

#include "core/normalise.h"
#include "yahooconfig.h"
#include "yahoopublickey.h"
#include "yahooverifyjob.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace crossma {

namespace {
const QUrl kStoreCreatorPro(QStringLiteral("https://pro.store.yahoo.co.jp/"));

// The shapes of MALLS.md, for recognising what the seller pasted.
ShapeConfidence storeAccountShape(const QString &value)
{
    // As Store Creator Pro shows it: lower case (upper case is another mall's id).
    const QString &account = value;
    if (account.startsWith(QLatin1String("snbx-")) && YahooConnector::isValidStoreAccount(account))
        return ShapeConfidence::Likely;  // a test store
    // A short word: so are many other values, hence only Weak.
    static const QRegularExpression word(QStringLiteral("^(?=.*[a-z])[a-z0-9_-]{1,40}$"));
    return word.match(account).hasMatch() ? ShapeConfidence::Weak : ShapeConfidence::None;
}

ShapeConfidence publicKeyShape(const QString &value)
{
    // Parses also with lost BEGIN/END lines, spaces and full-width characters.
    if (yahoo::YahooPublicKey::parse(value).ok())
        return ShapeConfidence::Certain;
    // A damaged public key still belongs here: check() says what is wrong.
    return value.contains(QLatin1String("BEGIN PUBLIC KEY"))
                   || value.contains(QLatin1String("BEGIN RSA PUBLIC KEY"))
               ? ShapeConfidence::Likely
               : ShapeConfidence::None;
}

ShapeConfidence versionShape(const QString &value)
{
    static const QRegularExpression small(QStringLiteral("^[1-9][0-9]{0,3}$"));
    return small.match(value).hasMatch() ? ShapeConfidence::Weak : ShapeConfidence::None;
}

bool hasProblem(const QList<FieldProblem> &problems, const QString &id)
{
    for (const FieldProblem &p : problems) {
        if (p.fieldId == id)
            return true;
    }
    return false;
}
}  // namespace

const QUrl &YahooConnector::authBase()
{
    static const QUrl base(QStringLiteral("https://auth.login.yahoo.co.jp"));
    return base;
}

const QUrl &YahooConnector::apiBase()
{
    static const QUrl base(QStringLiteral("https://circus.shopping.yahooapis.jp"));
    return base;
}

QUrl YahooConnector::apiBaseFor(const QString &storeAccount)
{
    if (storeAccount.startsWith(QLatin1String("snbx-")))
        return QUrl(QStringLiteral("https://test.circus.shopping.yahooapis.jp"));
    return apiBase();
}

QString YahooConnector::displayName() const
{
    return tr("Yahoo! Shopping");
}

QString YahooConnector::pageTitle() const
{
    return tr("Yahoo! Shopping settings");
}

QString YahooConnector::pageIntro() const
{
    return tr("Enter your store account and the public key issued in Store Creator Pro (with its "
              "バージョン), then log in with the Yahoo! JAPAN ID that manages the store. Only "
              "stores still on the old method use the API certificate ZIP instead of the public "
              "key.");
}

QString YahooConnector::methodOf(const FieldValues &values)
{
    return values.value(YahooField::method) == YahooField::methodCertificate
               ? YahooField::methodCertificate
               : YahooField::methodPublicKey;
}

bool YahooConnector::isValidStoreAccount(const QString &account)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_-]{1,128}$"));
    return re.match(account).hasMatch();
}

FieldSpec YahooConnector::storeAccountField() const
{
    FieldSpec store;
    store.id = YahooField::storeAccount;
    store.label = tr("Store account");
    store.placeholder = tr("e.g. my-store");
    store.help = tr("Shown at the top right of the Store Creator Pro top page.");
    store.maxLength = 128;
    store.shape = storeAccountShape;
    return store;
}

FieldSpec YahooConnector::methodField() const
{
    FieldSpec method;
    method.id = YahooField::method;
    method.label = tr("Authentication method");
    method.kind = FieldSpec::Kind::Choice;
    method.defaultValue = YahooField::methodPublicKey;
    method.choices = {
        {YahooField::methodPublicKey, tr("Public key (recommended, current)")},
        {YahooField::methodCertificate, tr("API certificate (old method, ended 2023-07-27)")},
    };
    return method;
}

QList<FieldSpec> YahooConnector::certificateFields() const
{
    FieldSpec zip;
    zip.id = YahooField::certificateZip;
    zip.label = tr("API certificate (ZIP)");
    zip.help = tr("The ZIP file downloaded from 重要なお知らせ on the Store Creator Pro top page. "
                  "Do not unzip it: this program reads it as it is.");
    zip.kind = FieldSpec::Kind::File;
    zip.charset = FieldSpec::Charset::Any;
    zip.optional = true;

    // The certificate and its private key read from the ZIP: kept only in the
    // keychain, never written to a file.
    FieldSpec certPem;
    certPem.id = YahooField::certificatePem;
    certPem.label = tr("API certificate");
    certPem.kind = FieldSpec::Kind::Hidden;
    certPem.charset = FieldSpec::Charset::Any;
    certPem.secret = true;
    certPem.optional = true;

    FieldSpec keyPem = certPem;
    keyPem.id = YahooField::certificateKeyPem;
    keyPem.label = tr("Private key of the API certificate");
    return {zip, certPem, keyPem};
}

QList<FieldSpec> YahooConnector::publicKeyFields() const
{
    FieldSpec publicKey;
    publicKey.id = YahooField::publicKey;
    publicKey.label = tr("Public key");
    publicKey.placeholder = QStringLiteral(
        "-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----");
    publicKey.help = tr(
        "Store Creator Pro > 設定 > 暗号鍵管理 > 「Web APIを利用する」: press コピー "
        "and paste everything, including the BEGIN and END lines.");
    publicKey.kind = FieldSpec::Kind::Multiline;
    publicKey.charset = FieldSpec::Charset::Any;
    publicKey.optional = true;
    publicKey.maxLength = 4096;
    publicKey.shape = publicKeyShape;

    FieldSpec version;
    version.id = YahooField::publicKeyVersion;
    version.label = tr("Public key version");
    version.placeholder = tr("e.g. 1");
    version.help = tr("The バージョン shown next to the public key you set to 有効.");
    version.charset = FieldSpec::Charset::Digits;
    version.optional = true;
    version.maxLength = 9;
    version.shape = versionShape;
    return {publicKey, version};
}

QList<FieldSpec> YahooConnector::loginFields() const
{
    FieldSpec token;
    token.id = YahooField::refreshToken;
    token.label = tr("Yahoo! JAPAN ID login");
    token.kind = FieldSpec::Kind::Hidden;
    token.charset = FieldSpec::Charset::Any;
    token.secret = true;

    FieldSpec issued;
    issued.id = YahooField::refreshTokenIssuedAt;
    issued.label = tr("Login time");
    issued.kind = FieldSpec::Kind::Hidden;
    issued.charset = FieldSpec::Charset::Any;
    issued.optional = true;
    return {token, issued};
}

QList<FieldSpec> YahooConnector::appOverrideFields() const
{
    FieldSpec clientId;
    clientId.id = YahooField::clientId;
    clientId.label = tr("Client ID (advanced)");
    clientId.help = tr(
        "Only if support asks you to: the Client ID of another YConnect application.");
    clientId.optional = true;
    clientId.advanced = true;
    clientId.maxLength = 200;

    FieldSpec clientSecret = clientId;
    clientSecret.id = YahooField::clientSecret;
    clientSecret.label = tr("Client secret (advanced)");
    clientSecret.help = tr("Only together with the Client ID above.");
    clientSecret.secret = true;
    return {clientId, clientSecret};
}

QList<FieldSpec> YahooConnector::fields() const
{
    // The order is the page's: account, method, ZIP, key, login, overrides.
    QList<FieldSpec> all{storeAccountField(), methodField()};
    all += certificateFields();
    all += publicKeyFields();
    all += loginFields();
    all += appOverrideFields();
    return all;
}

Procedure YahooConnector::procedure() const
{
    Procedure p;
    p.steps = {
        {QStringLiteral("storeAccount"), tr("Look up your store account"),
         tr("Store Creator Pro > top page (top right)"),
         tr("The store account is shown at the top right of the Store Creator Pro top page."),
         kStoreCreatorPro},
        {QStringLiteral("publicKey"), tr("Issue a public key and set it to 有効"),
         tr("Store Creator Pro > 設定 > 暗号鍵管理 > 「Web APIを利用する」 > 公開鍵発行"),
         tr("Set the issued key to 有効, press コピー and paste the whole key below, including the "
            "BEGIN and END lines. Enter its バージョン as well. If two keys are 有効, enter the "
            "バージョン of the key you pasted, and do not switch off the other key while another "
            "tool still uses it."),
         kStoreCreatorPro},
        {QStringLiteral("login"),
         tr("Log in with your Yahoo! JAPAN ID"),
         QString(),
         tr("Press ログイン: your browser opens. Log in with the Yahoo! JAPAN ID that manages the "
            "store and agree."),
         {}},
        {QStringLiteral("certificate"), tr("Old method only: the API certificate ZIP"),
         tr("Store Creator Pro > top page > 重要なお知らせ > download"),
         tr("Drop the downloaded ZIP file here as it is; no unzip tool is needed. Yahoo! ended API "
            "certificates on 2023-07-27, so new settings use the public key."),
         kStoreCreatorPro},
    };
    p.notes = {
        {ProcedureNote::Kind::Warning,
         tr("If your store already uses the Yahoo! API with another tool, that tool loses its API "
            "access the moment a new application for a certificate or key is approved. Apply "
            "at a time you choose.")},
        {ProcedureNote::Kind::Info,
         tr("Stores that were already open on Yahoo! Shopping when they signed up for クロスマ "
            "must "
            "apply themselves, in Store Creator Pro > 設定 > 暗号鍵管理 > 「Web APIを利用する」; "
            "it is not done in the initial setup.")},
        {ProcedureNote::Kind::Info,
         tr("The login stays valid for 28 days with a public key. Log in again before it runs "
            "out.")},
    };
    return p;
}

FieldValues YahooConnector::normalise(const FieldValues &raw) const
{
    FieldValues values = Connector::normalise(raw);
    const QString store = values.value(YahooField::storeAccount);
    if (!store.isEmpty())
        values.insert(YahooField::storeAccount, store.toLower());
    // PEM blocks from the ZIP keep their line breaks exactly.
    for (const QString &id : {YahooField::certificatePem, YahooField::certificateKeyPem}) {
        const QString pem = raw.value(id).trimmed();
        if (pem.isEmpty())
            values.remove(id);
        else
            values.insert(id, pem);
    }
    // The canonical PEM (lost BEGIN/END lines restored) when the key parses;
    // otherwise the text stays as pasted so check() can say what is wrong.
    const QString key = values.value(YahooField::publicKey);
    if (!key.isEmpty()) {
        const yahoo::PublicKeyResult parsed = yahoo::YahooPublicKey::parse(key);
        if (parsed.ok())
            values.insert(YahooField::publicKey, QString::fromLatin1(parsed.pem).trimmed());
    }
    return values;
}

void YahooConnector::checkStoreAccount(const FieldValues &normalised,
                                       QList<FieldProblem> &problems) const
{
    const QString store = normalised.value(YahooField::storeAccount);
    if (store.isEmpty()) {
        problems.append({YahooField::storeAccount,
                         tr("Please enter the store account. It is shown at the top right of the "
                            "Store Creator Pro top page.")});
    } else if (!isValidStoreAccount(store)) {
        problems.append({YahooField::storeAccount,
                         tr("The store account can only contain half-width lower-case letters, "
                            "digits, \"-\" and \"_\" (at most 128). Copy it from the top right of "
                            "the Store Creator Pro top page.")});
    }
}

void YahooConnector::checkCertificate(const FieldValues &normalised, QList<FieldProblem> &problems) const
{
    const QString zip = normalised.value(YahooField::certificateZip);
    const bool imported = !normalised.value(YahooField::certificatePem).isEmpty()
                          && !normalised.value(YahooField::certificateKeyPem).isEmpty();
    if (!imported && zip.isEmpty()) {
        problems.append({YahooField::certificateZip,
                         tr("Drop the API certificate ZIP here or choose it with 選択….")});
    } else if (!imported && !QFileInfo(zip).isFile()) {
        problems.append({YahooField::certificateZip,
                         tr("The file %1 does not exist. Choose the ZIP file again.").arg(zip)});
    }
}

void YahooConnector::checkPublicKey(const FieldValues &normalised, QList<FieldProblem> &problems) const
{
    const QString key = normalised.value(YahooField::publicKey);
    if (key.isEmpty()) {
        problems.append({YahooField::publicKey,
                         tr("Please paste the public key. Store Creator Pro > 設定 > 暗号鍵管理: "
                            "press コピー and paste everything, including the BEGIN and END "
                            "lines.")});
    } else {
        const yahoo::PublicKeyResult parsed = yahoo::YahooPublicKey::parse(key);
        if (!parsed.ok())
            problems.append({YahooField::publicKey, parsed.message});
    }
    const QString version = normalised.value(YahooField::publicKeyVersion);
    if (version.isEmpty()) {
        problems.append({YahooField::publicKeyVersion,
                         tr("Please enter the public key's バージョン. It is shown next to the "
                            "key in 暗号鍵管理.")});
    } else {
        const yahoo::KeyVersionResult parsed = yahoo::YahooPublicKey::parseVersion(version);
        if (!parsed.ok)
            problems.append({YahooField::publicKeyVersion, parsed.message});
    }
}

void YahooConnector::checkAppOverride(const FieldValues &normalised, QList<FieldProblem> &problems) const
{
    const YahooAppConfig app = YahooAppConfig::withOverrides(YahooAppConfig::bundled(), normalised);
    const bool oneOverride = normalised.value(YahooField::clientId).isEmpty()
                             != normalised.value(YahooField::clientSecret).isEmpty();
    if (oneOverride) {
        const QString missing = normalised.value(YahooField::clientId).isEmpty()
                                    ? YahooField::clientId
                                    : YahooField::clientSecret;
        problems.append(
            {missing, tr("Enter both the client ID and the client secret, or neither.")});
    } else if (!app.isComplete()) {
        problems.append({YahooField::clientId,
                         tr("This program has no YConnect client ID configured. Please contact "
                            "support.")});
    }
    for (const QString &id : {YahooField::clientId, YahooField::clientSecret}) {
        const QString value = normalised.value(id);
        if (!value.isEmpty() && !hasProblem(problems, id)
            && (!Normalise::isPrintableAsciiToken(value) || value.size() > 200)) {
            problems.append({id, tr("The %1 can only contain half-width letters, digits and "
                                    "symbols, without spaces.")
                                     .arg(field(id).label)});
        }
    }
}

QList<FieldProblem> YahooConnector::check(const FieldValues &normalised) const
{
    QList<FieldProblem> problems;
    const QString method = normalised.value(YahooField::method, YahooField::methodPublicKey);
    if (method != YahooField::methodPublicKey && method != YahooField::methodCertificate) {
        problems.append({YahooField::method, tr("Choose the public key or the API certificate.")});
    }
    checkStoreAccount(normalised, problems);
    if (method == YahooField::methodCertificate)
        checkCertificate(normalised, problems);
    else
        checkPublicKey(normalised, problems);
    if (normalised.value(YahooField::refreshToken).isEmpty()) {
        problems.append({YahooField::refreshToken,
                         tr("Please log in with your Yahoo! JAPAN ID (ログイン) first.")});
    }
    checkAppOverride(normalised, problems);
    return problems;
}

VerifyJob *YahooConnector::verify(const FieldValues &normalised, const Endpoints &endpoints,
                                  QObject *parent) const
{
    const YahooAppConfig app = YahooAppConfig::withOverrides(YahooAppConfig::bundled(), normalised);
    return new YahooVerifyJob(normalised, app, endpoints, displayName(), parent);
}

QList<ExpirySpec> YahooConnector::expiries() const
{
    return {
        {QStringLiteral("certificateExpiry"), tr("Certificate expiry"), kExpirySoonDays,
         tr("Download the new API certificate in ストアクリエイターPro, then load it with Edit.")},
        {QStringLiteral("refreshTokenExpiry"), tr("Login (refresh token) expiry"), kExpirySoonDays,
         tr("Log in to Yahoo! JAPAN again with Edit.")}};
}

}  // namespace crossma
