#pragma once

#include "core/fieldspec.h"
#include "core/verifyjob.h"
#include "yahooconfig.h"
#include "yahooerrors.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QSslCertificate>
#include <QSslKey>

namespace crossma {

namespace yahoo {
struct CertificateZipResult;
}

// Yahoo!ショッピング: for the legacy method the certificate and key (from the
// keychain values or the ZIP path, read off the UI thread), then an access
// token from the refresh token, then orderCount for the store account, signed
// with the public key (X-sws-signature) or over TLS with the client
// certificate. Verified only when Yahoo! says X-SWS-Authorize-Status: authorized.
class YahooVerifyJob : public VerifyJob
{
    Q_OBJECT
public:
    YahooVerifyJob(const FieldValues &values, const YahooAppConfig &app, const Endpoints &endpoints,
                   const QString &mallName, QObject *parent = nullptr);
    ~YahooVerifyJob() override;

    static QString storeApiCode(const QByteArray &body, const QByteArray &wwwAuthenticate)
    {
        return YahooErrors::storeApiCode(body, wwwAuthenticate);
    }
    static QString bearerError(const QByteArray &wwwAuthenticate)
    {
        return YahooErrors::bearerError(wwwAuthenticate);
    }

protected:
    void run() override;
    MallError readError(const HttpResponse &response) const override;

private:
    void readCertificateZip();
    void useCertificate(const yahoo::CertificateZipResult &certificate);
    bool useStoredCertificate();
    void requestToken();
    void onToken(const HttpResponse &response);
    void callOrderCount(const QString &accessToken);
    void onOrderCount(const HttpResponse &response);
    VerifyResult refusal(const HttpResponse &response) const;
    VerifyResult notAuthorized(const HttpResponse &response, const QString &status) const;
    QString successMessage() const;
    VerifyResult withFacts(VerifyResult result) const;
    void addRefreshTokenFacts();
    void addCertificateFacts(const QSslCertificate &certificate);

    FieldValues m_values;
    YahooAppConfig m_app;
    Endpoints m_endpoints;
    bool m_legacy = false;
    QSslCertificate m_clientCertificate;
    QSslKey m_clientKey;
    QFutureWatcher<yahoo::CertificateZipResult> *m_zipWatcher = nullptr;
    // The certificate's own client: a fresh connection that presents it, never
    // one reused from the token request.
    HttpClient *m_certificateHttp = nullptr;
    QVariantMap m_facts;
    QStringList m_warnings;
};

}  // namespace crossma
