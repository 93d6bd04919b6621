#include "yahooverifyjob.h"

#include "certificatezip.h"
#include "core/payload.h"
#include "keymaterial.h"
#include "yahooconnector.h"
#include "yahoopublickey.h"
#include "yahootoken.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <openssl/x509.h>

namespace crossma {

namespace {
const QString kOrderCountPath = QStringLiteral("/ShoppingWebService/V1/orderCount");

QString dateText(const QDateTime &utc)
{
    // Sellers read dates in JST.
    return utc.toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Facts carry the JST offset so that every reader counts JST calendar days.
QString jstIso(const QDateTime &when)
{
    return when.toOffsetFromUtc(9 * 3600).toString(Qt::ISODate);
}

int daysBetween(const QDateTime &from, const QDateTime &to)
{
    const QTimeZone jst(9 * 3600);
    return int(from.toTimeZone(jst).date().daysTo(to.toTimeZone(jst).date()));
}

QSslKey sslKeyFromPem(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}
}  // namespace

YahooVerifyJob::YahooVerifyJob(const FieldValues &values, const YahooAppConfig &app,
                               const Endpoints &endpoints, const QString &mallName, QObject *parent)
    : VerifyJob(endpoints, mallName, parent), m_values(values), m_app(app), m_endpoints(endpoints),
      m_legacy(YahooConnector::methodOf(values) == YahooField::methodCertificate)
{
    connect(this, &VerifyJob::finished, this, [this] {
        // A cancelled or timed-out run stops the ZIP reader at its next stage.
        if (m_zipWatcher)
            m_zipWatcher->cancel();
        if (m_certificateHttp)
            m_certificateHttp->cancelAll();
    });
}

YahooVerifyJob::~YahooVerifyJob()
{
    if (m_zipWatcher) {
        m_zipWatcher->disconnect(this);
        m_zipWatcher->cancel();
    }
}

QString YahooVerifyJob::storeApiCode(const QByteArray &body, const QByteArray &wwwAuthenticate)
{
    static const QRegularExpression re(QStringLiteral("px-\\d{5}"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &text : {body, wwwAuthenticate}) {
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(text));
        if (m.hasMatch())
            return m.captured(0).toLower();
    }
    return {};
}

QString YahooVerifyJob::bearerError(const QByteArray &wwwAuthenticate)
{
    static const QRegularExpression re(QStringLiteral("error\\s*=\\s*\"?([A-Za-z_]+)\"?"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(wwwAuthenticate));
    return m.hasMatch() ? m.captured(1) : QString();
}

void YahooVerifyJob::run()
{
    if (!m_legacy) {
        requestToken();
        return;
    }
    m_warnings.append(tr("Yahoo! ended API certificates on 2023-07-27. Switch to the public key "
                         "(Store Creator Pro > 設定 > 暗号鍵管理) when you can."));
    if (useStoredCertificate())
        return;
    readCertificateZip();
}

bool YahooVerifyJob::useStoredCertificate()
{
    const QByteArray certPem = m_values.value(YahooField::certificatePem).toUtf8();
    QByteArray keyPem = m_values.value(YahooField::certificateKeyPem).toUtf8();
    if (certPem.isEmpty() || keyPem.isEmpty())
        return false;
    setStage(tr("Checking the API certificate and its private key…"));
    yahoo::CertificateZipResult checked;
    yahoo::pki::KeyStatus status = yahoo::pki::KeyStatus::Ok;
    yahoo::pki::Certificate cert = yahoo::pki::readCertificate(certPem);
    yahoo::pki::PKey key = yahoo::pki::readPrivateKey(keyPem, &status);
    if (!cert || !key) {
        yahoo::pki::clearErrors();
        finish(VerifyResult::failure(Code::InvalidInput,
                                     tr("The saved API certificate or its private key cannot be "
                                        "read. Drop the certificate ZIP here again.")));
        return true;
    }
    const bool matches = X509_check_private_key(cert.get(), key.get()) == 1;
    yahoo::pki::clearErrors();
    checked.error = matches ? yahoo::CertificateZipError::None : yahoo::CertificateZipError::KeyMismatch;
    checked.notBefore = yahoo::pki::toDateTime(X509_get0_notBefore(cert.get()));
    checked.notAfter = yahoo::pki::toDateTime(X509_get0_notAfter(cert.get()));
    checked.subject = yahoo::pki::nameText(X509_get_subject_name(cert.get()));
    checked.certificatePem = certPem;
    checked.privateKeyPem = std::move(keyPem);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (matches && checked.notAfter.isValid() && checked.notAfter < now)
        checked.error = yahoo::CertificateZipError::Expired;
    else if (matches && checked.notBefore.isValid() && checked.notBefore > now)
        checked.error = yahoo::CertificateZipError::NotYetValid;
    useCertificate(checked);
    return true;
}

void YahooVerifyJob::readCertificateZip()
{
    const QString path = m_values.value(YahooField::certificateZip);
    setStage(tr("Reading the API certificate ZIP…"));
    yahoo::CertificateZipOptions options;
    options.storeAccount = m_values.value(YahooField::storeAccount);
    m_zipWatcher = new QFutureWatcher<yahoo::CertificateZipResult>(this);
    connect(m_zipWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<yahoo::CertificateZipResult> future = m_zipWatcher->future();
        if (isFinished() || future.isCanceled() || future.resultCount() == 0)
            return;
        useCertificate(future.result());
    });
    m_zipWatcher->setFuture(yahoo::readCertificateZipFileAsync(path, options));
}

void YahooVerifyJob::useCertificate(const yahoo::CertificateZipResult &certificate)
{
    using Error = yahoo::CertificateZipError;
    const QSslCertificate cert(certificate.certificatePem, QSsl::Pem);
    if (!cert.isNull())
        addCertificateFacts(cert);
    switch (certificate.error) {
    case Error::None:
        break;
    case Error::Cancelled:
        return;
    case Error::KeyMismatch:
        return finish(withFacts(VerifyResult::failure(
            Code::CertKeyMismatch,
            tr("The private key does not belong to the API certificate."),
            {tr("The certificate and the key come from different downloads: use the files of one "
                "ZIP, downloaded again from 重要なお知らせ in Store Creator Pro.")})));
    case Error::Expired:
        return finish(withFacts(VerifyResult::failure(
            Code::CertExpired,
            tr("The API certificate expired on %1. API certificates are valid for one year and "
               "Yahoo! no longer issues them: switch to the public key.")
                .arg(dateText(certificate.notAfter)))));
    case Error::NotYetValid:
        return finish(withFacts(VerifyResult::failure(
            Code::CertExpired,
            tr("The API certificate is only valid from %1. Check this computer's date and time.")
                .arg(dateText(certificate.notBefore)))));
    case Error::StoreMismatch:
        return finish(VerifyResult::failure(
                          Code::StoreMismatch,
                          tr("This API certificate is for another store account (%1), not for "
                             "%2. Check the store account, or use the ZIP of this store.")
                              .arg(certificate.detail, m_values.value(YahooField::storeAccount)))
                          .withMall({}, certificate.message));
    default:
        return finish(VerifyResult::failure(Code::InvalidInput, certificate.message));
    }

    QByteArray keyPem = certificate.privateKeyPem;
    m_clientKey = sslKeyFromPem(keyPem);
    yahoo::pki::wipe(keyPem);
    m_clientCertificate = cert;
    if (m_clientCertificate.isNull() || m_clientKey.isNull()) {
        return finish(VerifyResult::failure(Code::InvalidInput,
                                            tr("The API certificate or its private key cannot be "
                                               "used for the connection. Download the ZIP again.")));
    }
    requestToken();
}

void YahooVerifyJob::addCertificateFacts(const QSslCertificate &certificate)
{
    const QDateTime expiry = certificate.expiryDate().toUTC();
    m_facts.insert(QStringLiteral("certificateExpiry"), jstIso(expiry));
    m_facts.insert(QStringLiteral("certificateDaysLeft"),
                   daysBetween(QDateTime::currentDateTimeUtc(), expiry));
    m_facts.insert(QStringLiteral("certificateSubject"),
                   certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")));
}

void YahooVerifyJob::addRefreshTokenFacts()
{
    const QDateTime issued =
        QDateTime::fromString(m_values.value(YahooField::refreshTokenIssuedAt), Qt::ISODate);
    if (!issued.isValid())
        return;
    // 28 days when the store uses a public key, 12 hours without (MALLS.md).
    const QDateTime expiry =
        m_legacy ? issued.addSecs(qint64(YahooConnector::kRefreshTokenHoursWithoutKey) * 3600)
                 : issued.addDays(YahooConnector::kRefreshTokenDaysWithKey);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int left = daysBetween(now, expiry);
    m_facts.insert(QStringLiteral("refreshTokenExpiry"), jstIso(expiry));
    m_facts.insert(QStringLiteral("refreshTokenDaysLeft"), left);
    if (expiry > now && left < YahooConnector::kWarnDaysLeft) {
        m_warnings.append(tr("The Yahoo! JAPAN ID login expires on %1 (%2 days left). Log in "
                             "again before then, or Yahoo! orders stop reaching the service.")
                              .arg(dateText(expiry))
                              .arg(left));
    }
}

VerifyResult YahooVerifyJob::withFacts(VerifyResult result) const
{
    for (auto it = m_facts.begin(); it != m_facts.end(); ++it)
        result.facts.insert(it.key(), it.value());
    return result;
}

void YahooVerifyJob::requestToken()
{
    setStage(tr("Connecting to Yahoo! and renewing the login…"));
    http()->post(YahooToken::tokenUrl(m_endpoints), YahooToken::headers(m_app),
                 YahooToken::refreshBody(m_values.value(YahooField::refreshToken)),
                 [this](const HttpResponse &response) { onToken(response); });
}

void YahooVerifyJob::onToken(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None)
        return finish(transportFailure(response));
    if (response.status >= 500)
        return finish(serviceError(response));
    if (response.status != 200)
        return finish(withFacts(YahooToken::failureFor(response)));
    YahooToken::Tokens tokens;
    if (!YahooToken::parse(response.body, &tokens))
        return finish(badResponse(response, tr("no access_token in the token answer")));
    addRefreshTokenFacts();
    callOrderCount(tokens.accessToken);
}

void YahooVerifyJob::callOrderCount(const QString &accessToken)
{
    const QString store = m_values.value(YahooField::storeAccount);
    HttpHeaders headers = {{"Authorization", "Bearer " + accessToken.toUtf8()},
                           {"Accept", "application/xml"}};
    HttpClient *client = http();
    if (m_legacy) {
        const QSslCertificate cert = m_clientCertificate;
        const QSslKey key = m_clientKey;
        if (!m_certificateHttp)
            m_certificateHttp = new HttpClient(m_endpoints, this);
        m_certificateHttp->setTimeout(http()->timeout());
        m_certificateHttp->setSslTweak([cert, key](QSslConfiguration &ssl) {
            ssl.setLocalCertificate(cert);
            ssl.setPrivateKey(key);
        });
        client = m_certificateHttp;
    } else {
        QString error;
        const QByteArray signature = yahoo::YahooPublicKey::signature(
            m_values.value(YahooField::publicKey).toUtf8(), store,
            QDateTime::currentSecsSinceEpoch(), &error);
        if (signature.isEmpty()) {
            return finish(VerifyResult::failure(Code::InvalidInput,
                                                tr("The public key cannot be used: %1").arg(error)));
        }
        headers.append({"X-sws-signature", signature});
        headers.append({"X-sws-signature-version",
                        m_values.value(YahooField::publicKeyVersion).toLatin1()});
        m_facts.insert(QStringLiteral("publicKeyVersion"),
                       m_values.value(YahooField::publicKeyVersion));
    }
    setStage(tr("Checking the store's API access with Yahoo!…"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sellerId"),
                       QString::fromLatin1(QUrl::toPercentEncoding(store)));
    const QUrl url = m_endpoints.url(QStringLiteral("yahoo.api"), YahooConnector::apiBaseFor(store),
                                     kOrderCountPath, query);
    client->get(url, headers, [this](const HttpResponse &response) { onOrderCount(response); });
}

void YahooVerifyJob::onOrderCount(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None) {
        VerifyResult r = transportFailure(response);
        if (m_legacy && response.failure != HttpResponse::Failure::Cancelled
            && response.failure != HttpResponse::Failure::Timeout) {
            // Without a valid client certificate the handshake is simply dropped.
            r.causes.append(tr("Yahoo! no longer accepts API certificates (ended 2023-07-27): "
                               "switch to the public key."));
        }
        return finish(withFacts(r));
    }
    if (response.status >= 500)
        return finish(serviceError(response));
    if (response.status == 429)
        return finish(VerifyResult::failure(Code::RateLimited,
                                            tr("Yahoo! is receiving too many requests right now. "
                                               "Wait a minute and run the connection test again.")));
    if (response.status != 200)
        return finish(withFacts(refusal(response)));

    const QByteArray authorize = response.header("x-sws-authorize-status").trimmed().toLower();
    if (!Payload::isXml(response.body))
        return finish(badResponse(response, {}));
    const QString status = Payload::xmlText(response.body, QStringLiteral("Status"));
    if (authorize != "authorized") {
        VerifyResult r = VerifyResult::failure(
            Code::AuthRejected,
            tr("Yahoo! answered, but did not confirm the store's authentication "
               "(X-SWS-Authorize-Status is not authorized)."),
            m_legacy ? QStringList{tr("Yahoo! no longer accepts API certificates (ended "
                                      "2023-07-27): switch to the public key.")}
                     : QStringList{tr("The public key is not set to 有効 in Store Creator Pro > 設定 > "
                                      "暗号鍵管理."),
                                   tr("The version entered is not the version of the pasted key."),
                                   tr("This computer's clock is off by more than a few minutes.")});
        r.withMall(QString::fromLatin1(response.header("x-sws-authorize-status")), status);
        return finish(withFacts(r));
    }
    if (!status.isEmpty() && status.compare(QLatin1String("OK"), Qt::CaseInsensitive) != 0)
        return finish(badResponse(response, status));

    const QString newOrders = Payload::xmlText(response.body, QStringLiteral("NewOrder"));
    if (!newOrders.isEmpty())
        m_facts.insert(QStringLiteral("newOrders"), newOrders.toInt());
    m_facts.insert(QStringLiteral("storeAccount"), m_values.value(YahooField::storeAccount));

    QString message = tr("Connected to Yahoo! Shopping as store %1.")
                          .arg(m_values.value(YahooField::storeAccount));
    if (m_facts.contains(QStringLiteral("refreshTokenExpiry"))) {
        message += QLatin1Char(' ')
                   + tr("Login valid until %1 (%2 days left).")
                         .arg(dateText(QDateTime::fromString(
                             m_facts.value(QStringLiteral("refreshTokenExpiry")).toString(),
                             Qt::ISODate)))
                         .arg(m_facts.value(QStringLiteral("refreshTokenDaysLeft")).toInt());
    }
    if (m_legacy && m_facts.contains(QStringLiteral("certificateExpiry"))) {
        message += QLatin1Char(' ')
                   + tr("API certificate valid until %1 (%2 days left).")
                         .arg(dateText(QDateTime::fromString(
                             m_facts.value(QStringLiteral("certificateExpiry")).toString(),
                             Qt::ISODate)))
                         .arg(m_facts.value(QStringLiteral("certificateDaysLeft")).toInt());
    }
    VerifyResult ok = VerifyResult::success(message, m_facts);
    ok.warnings = m_warnings;
    finish(ok);
}

VerifyResult YahooVerifyJob::refusal(const HttpResponse &response) const
{
    const QByteArray wwwAuth = response.header("www-authenticate");
    const QString px = storeApiCode(response.body, wwwAuth);
    const QString bearer = bearerError(wwwAuth);
    QString mallMessage = Payload::xmlText(response.body, QStringLiteral("Message"));
    if (mallMessage.isEmpty())
        mallMessage = QString::fromLatin1(wwwAuth);
    const QString mallCode = !px.isEmpty() ? px : bearer;
    const QString store = m_values.value(YahooField::storeAccount);
    const QString keyMenu = tr("Store Creator Pro > 設定 > 暗号鍵管理 > 「Web APIを利用する」");

    VerifyResult r;
    if (bearer == QLatin1String("insufficient_scope")) {
        r = VerifyResult::failure(
            YahooCode::InsufficientScope,
            tr("The login does not include the permissions the service needs."),
            {tr("Not every item was agreed to at the login: press ログイン, log in again and "
                "agree to all items."),
             tr("The service's application lacks the scope: please contact support.")});
    } else if (bearer == QLatin1String("invalid_token")) {
        r = VerifyResult::failure(
            Code::LoginRequired,
            tr("Yahoo! refused the login (the access token is expired or invalid). Press ログイン "
               "and log in again."),
            {tr("The login is older than its lifetime (28 days with a public key)."),
             tr("This computer's clock is off by more than a few minutes.")});
    } else if (px == QLatin1String("px-04303")) {
        r = VerifyResult::failure(
            Code::PermissionMissing,
            tr("The store is not allowed to use the order API with the service's application yet."),
            {tr("The application to use the Store API with the service is not approved yet: check "
                "it in Store Creator Pro, or ask support. Approval can take a few days."),
             tr("If the store applied again for a certificate or key, API access stops until the "
                "new application is approved.")});
    } else if (px == QLatin1String("px-04306") || (response.status == 403 && px.isEmpty())) {
        r = VerifyResult::failure(
            Code::IpNotAllowed,
            tr("Yahoo! refused the request because it came from an internet address not registered "
               "for the API."),
            {tr("This computer's address is not one of the addresses registered for the service's "
                "application: run the connection test from the registered network, or ask support."),
             tr("The service's registered addresses changed: please contact support.")});
    } else if (px == QLatin1String("px-14303")) {
        r = VerifyResult::failure(
            Code::KeyVersionWrong,
            tr("Yahoo! did not accept the public key and version %1.")
                .arg(m_values.value(YahooField::publicKeyVersion)),
            {tr("The version entered is not the バージョン of the key set to 有効 (%1).").arg(keyMenu),
             tr("The pasted key is not the key of that version: copy it again with コピー."),
             tr("This computer's clock is off by more than a few minutes: correct the date and "
                "time.")});
    } else if (px == QLatin1String("px-04102") && m_legacy) {
        r = VerifyResult::failure(
            Code::PublicKeyMissing,
            tr("Yahoo! did not accept the API certificate for the store %1: it needs a public key "
               "now.").arg(store),
            {tr("Yahoo! ended API certificates on 2023-07-27: issue a public key in %1 and choose "
                "the public key method.").arg(keyMenu),
             tr("The certificate is not the one Yahoo! issued for this store: download the ZIP "
                "again.")});
    } else if (px == QLatin1String("px-04102")) {
        r = VerifyResult::failure(
            Code::PublicKeyMissing,
            tr("Yahoo! has no active public key for the store %1.").arg(store),
            {tr("No public key is issued or none is set to 有効: %1 > 公開鍵発行, then set it to "
                "有効.").arg(keyMenu),
             tr("The store account is not the store the key was issued for.")});
    } else if (px == QLatin1String("px-04101")
               || mallMessage.contains(QLatin1String("seller"), Qt::CaseInsensitive)) {
        // Code and wording of a foreign sellerId are not documented (L): both are matched.
        r = VerifyResult::failure(
            Code::StoreMismatch,
            tr("The Yahoo! JAPAN ID you logged in with does not manage the store account %1.")
                .arg(store),
            {tr("The store account is mistyped: copy it from the top right of the Store Creator "
                "Pro top page."),
             tr("You logged in with another Yahoo! JAPAN ID: press ログイン and use the ID that "
                "manages this store.")});
    } else if (response.status == 401) {
        r = VerifyResult::failure(
            Code::LoginRequired,
            tr("Yahoo! did not accept the login for this store (HTTP 401). Press ログイン and log "
               "in again."));
    } else {
        r = VerifyResult::failure(
            Code::AuthRejected,
            tr("Yahoo! refused the request (HTTP %1). Check the store account and the key, then "
               "try again; if it keeps happening, copy the support information and contact support.")
                .arg(response.status));
    }
    r.withMall(mallCode, mallMessage);
    return r;
}

}  // namespace crossma
