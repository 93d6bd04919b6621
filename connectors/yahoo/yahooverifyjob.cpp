#include "yahooverifyjob.h"

#include "core/cryptolibrary.h"
#include "core/runtimelibrary.h"

#include "certificatezip.h"
#include "core/payload.h"
#include "core/sellertime.h"
#include "keymaterial.h"
#include "yahooconnector.h"
#include "yahooerrors.h"
#include "yahoopublickey.h"
#include "yahootoken.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <openssl/x509.h>

namespace crossma {

namespace {
const QString kOrderCountPath = QStringLiteral("/ShoppingWebService/V1/orderCount");

QString dateText(const QDateTime &utc)
{
    return sellerDateTime(utc);
}

// Facts carry the JST offset so that every reader counts JST calendar days.
QString jstIso(const QDateTime &when)
{
    return when.toTimeZone(japanTime()).toString(Qt::ISODate);
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
    keepSecrets(YahooConnector().secretFieldIds(), values);
    keepSecret(app.clientSecret);
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
    if (!cryptoLibrary()) {
        finish(VerifyResult::failure(Code::LibraryMissing,
                                     missingLibraryMessage(QStringLiteral("OpenSSL 3"))));
        return true;
    }
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
    const bool matches = crypto().X509_check_private_key(cert.get(), key.get()) == 1;
    yahoo::pki::clearErrors();
    checked.error = matches ? yahoo::CertificateZipError::None
                            : yahoo::CertificateZipError::KeyMismatch;
    checked.notBefore = yahoo::pki::toDateTime(crypto().X509_get0_notBefore(cert.get()));
    checked.notAfter = yahoo::pki::toDateTime(crypto().X509_get0_notAfter(cert.get()));
    checked.subject = yahoo::pki::nameText(crypto().X509_get_subject_name(cert.get()));
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
            Code::CertKeyMismatch, tr("The private key does not belong to the API certificate."),
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
        return finish(VerifyResult::failure(
            Code::InvalidInput, tr("The API certificate or its private key cannot be "
                                   "used for the connection. Download the ZIP again.")));
    }
    requestToken();
}

void YahooVerifyJob::addCertificateFacts(const QSslCertificate &certificate)
{
    const QDateTime expiry = certificate.expiryDate().toUTC();
    m_facts.insert(QStringLiteral("certificateExpiry"), jstIso(expiry));
    m_facts.insert(QStringLiteral("certificateDaysLeft"),
                   japanDaysBetween(QDateTime::currentDateTimeUtc(), expiry));
    m_facts.insert(QStringLiteral("certificateSubject"),
                   certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")));
}

void YahooVerifyJob::addRefreshTokenFacts()
{
    const QDateTime issued = QDateTime::fromString(m_values.value(YahooField::refreshTokenIssuedAt),
                                                   Qt::ISODate);
    if (!issued.isValid())
        return;
    // 28 days when the store uses a public key, 12 hours without (MALLS.md).
    const QDateTime expiry = m_legacy ? issued.addSecs(
                                 qint64(YahooConnector::kRefreshTokenHoursWithoutKey) * 3600)
                                      : issued.addDays(YahooConnector::kRefreshTokenDaysWithKey);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int left = japanDaysBetween(now, expiry);
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
    keepSecret(tokens.accessToken);
    keepSecret(tokens.refreshToken);
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
        headers.append(
            {"X-sws-signature-version", m_values.value(YahooField::publicKeyVersion).toLatin1()});
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
                                               "Wait a minute and run the connection test again."))
                          .withMall(readError(response)));
    if (response.status != 200)
        return finish(withFacts(refusal(response)));

    const QByteArray authorize = response.header("x-sws-authorize-status").trimmed().toLower();
    if (!Payload::isXml(response.body))
        return finish(badResponse(response, tr("the order count answer is not XML")));
    const QString status = Payload::xmlText(response.body, QStringLiteral("Status"));
    if (authorize != "authorized")
        return finish(withFacts(notAuthorized(response, status)));
    if (!status.isEmpty() && status.compare(QLatin1String("OK"), Qt::CaseInsensitive) != 0)
        return finish(badResponse(response, status));

    const QString newOrders = Payload::xmlText(response.body, QStringLiteral("NewOrder"));
    if (!newOrders.isEmpty())
        m_facts.insert(QStringLiteral("newOrders"), newOrders.toInt());
    m_facts.insert(QStringLiteral("storeAccount"), m_values.value(YahooField::storeAccount));

    VerifyResult ok = VerifyResult::success(successMessage(), m_facts);
    ok.warnings = m_warnings;
    finish(ok);
}

// Yahoo! answered 200 without X-SWS-Authorize-Status: authorized: the key (or
// the retired certificate) was not accepted.
VerifyResult YahooVerifyJob::notAuthorized(const HttpResponse &response, const QString &status) const
{
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
    return r;
}

// The store, and how long the login (and a legacy certificate) stays valid.
QString YahooVerifyJob::successMessage() const
{
    QString message =
        tr("Connected to Yahoo! Shopping as store %1.").arg(m_values.value(YahooField::storeAccount));
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
    return message;
}

VerifyResult YahooVerifyJob::refusal(const HttpResponse &response) const
{
    const YahooErrors::Context context{m_values.value(YahooField::storeAccount),
                                       m_values.value(YahooField::publicKeyVersion), m_legacy};
    return YahooErrors::forStoreApi(response.status, readError(response), context);
}

MallError YahooVerifyJob::readError(const HttpResponse &response) const
{
    return YahooErrors::read(response.body, response.header("www-authenticate"));
}

}  // namespace crossma
