#include "yahoofake.h"

#include "core/cryptolibrary.h"
#include "core/ziplibrary.h"

#include "certificateauthority.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <mutex>
#include <optional>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <zip.h>

namespace crossma::sandbox {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("crossma::sandbox::YahooFake", text);
}

struct PKeyFree {
    void operator()(EVP_PKEY *p) const { crypto().EVP_PKEY_free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, PKeyFree>;

QByteArray randomToken()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray xmlError(const QByteArray &message)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Message>" + message
           + "</Message>\n</Error>\n";
}

Response storeApiError(int status, const QByteArray &message)
{
    return Response::xml(status, xmlError(message));
}

Response bearerError(int status, const QByteArray &error, const QByteArray &description)
{
    return Response::xml(status, xmlError(error + ": " + description))
        .withHeader("WWW-Authenticate",
                    "Bearer error=\"" + error + "\", error_description=\"" + description + "\"");
}

Response tokenError(int status, const QByteArray &error, const QByteArray &description)
{
    QJsonObject obj{{QStringLiteral("error"), QString::fromLatin1(error)},
                    {QStringLiteral("error_description"), QString::fromLatin1(description)}};
    return Response::json(status, QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

QByteArray orderCountXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<ResultSet totalResultsAvailable=\"1\" totalResultsReturned=\"1\" "
        "firstResultPosition=\"1\">\n"
        "  <Result>\n"
        "    <Status>OK</Status>\n"
        "    <Count>\n"
        "      <NewOrder>3</NewOrder>\n      <NewReserve>0</NewReserve>\n"
        "      <WaitPayment>1</WaitPayment>\n      <WaitShipping>2</WaitShipping>\n"
        "      <Shipping>0</Shipping>\n      <Reserve>0</Reserve>\n      <Holding>0</Holding>\n"
        "      <WaitDone>0</WaitDone>\n      <Suspend>0</Suspend>\n      <Settle>0</Settle>\n"
        "      <Refund>0</Refund>\n"
        "    </Count>\n"
        "  </Result>\n"
        "</ResultSet>\n");
}

// An in-memory ZIP of `files` (name, bytes), as Store Creator Pro hands it out.
QByteArray buildZip(const QList<QPair<QByteArray, QByteArray>> &files)
{
    zip_error_t error;
    libzip().zip_error_init(&error);
    zip_source_t *buffer = libzip().zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return {};
    libzip().zip_source_keep(buffer);
    zip_t *archive = libzip().zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        libzip().zip_source_free(buffer);
        return {};
    }
    for (const auto &file : files) {
        // libzip reads the bytes at zip_close(); `files` outlives it.
        zip_source_t *source = libzip().zip_source_buffer(archive, file.second.constData(),
                                                          zip_uint64_t(file.second.size()), 0);
        if (!source
            || libzip().zip_file_add(archive, file.first.constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            libzip().zip_source_free(source);
            libzip().zip_discard(archive);
            libzip().zip_source_free(buffer);
            return {};
        }
    }
    QByteArray out;
    if (libzip().zip_close(archive) == 0 && libzip().zip_source_open(buffer) == 0) {
        libzip().zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = libzip().zip_source_tell(buffer);
        libzip().zip_source_seek(buffer, 0, SEEK_SET);
        if (size > 0) {
            out.resize(size);
            if (libzip().zip_source_read(buffer, out.data(), zip_uint64_t(size)) != size)
                out.clear();
        }
        libzip().zip_source_close(buffer);
    } else {
        libzip().zip_discard(archive);
    }
    libzip().zip_source_free(buffer);
    return out;
}
}  // namespace

struct YahooFake::State {
    // The signing pair the sandbox store "issued" in 暗号鍵管理; made on first use.
    PKey key;
    QByteArray publicPem;
    // The legacy certificate material; made on first use.
    std::once_flag keyMade;  // prepare() may run on a worker thread
    std::once_flag certificatesMade;
    struct Legacy {
        CertificateAuthority::Issued valid, expired, other;
    };
    // Optional: an empty QSslCertificate already starts Qt's TLS back end,
    // which the fake must not do on the thread that opens the window.
    std::optional<Legacy> legacy;

    struct Authorization {
        QString clientId;
        QString redirectUri;
        QByteArray challenge;
        qint64 issuedAt = 0;
    };
    QHash<QByteArray, Authorization> codes;
    QSet<QByteArray> refreshTokens{QByteArray(kRefreshToken)};
    QSet<QByteArray> accessTokens;
    QByteArray lastPlaintext;
    int signaturesChecked = 0;

    void ensureKey()
    {
        std::call_once(keyMade, [this] {
            key.reset(crypto().newRsaKey(2048));
            BIO *bio = crypto().BIO_new(crypto().BIO_s_mem());
            crypto().PEM_write_bio_PUBKEY(bio, key.get());
            publicPem = crypto().memoryBioContents(bio);
            crypto().BIO_free(bio);
        });
    }

    void ensureCertificates()
    {
        std::call_once(certificatesMade, [this] {
            const CertificateAuthority ca = CertificateAuthority::create(
                QStringLiteral("Yahoo! sandbox store CA"));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QString store = QString::fromLatin1(kStoreLegacy);
            legacy = Legacy{
                ca.issueClientRsa(store, now.addDays(-30), now.addDays(335)),
                ca.issueClientRsa(store, QDateTime(QDate(2022, 7, 27), QTime(0, 0), Qt::UTC),
                                  QDateTime(QDate(2023, 7, 26), QTime(23, 59, 59), Qt::UTC)),
                ca.issueClientRsa(store, now.addDays(-30), now.addDays(335))};
        });
    }

    QByteArray certificatePem(const QString &variant)
    {
        ensureCertificates();
        if (variant == QLatin1String("expired"))
            return legacy->expired.certificatePem;
        return variant == QLatin1String("unregistered") ? legacy->other.certificatePem
                                                        : legacy->valid.certificatePem;
    }
    QByteArray keyPem(const QString &variant)
    {
        ensureCertificates();
        if (variant == QLatin1String("expired"))
            return legacy->expired.keyPem;
        return variant == QLatin1String("mismatch") || variant == QLatin1String("unregistered")
                   ? legacy->other.keyPem
                   : legacy->valid.keyPem;
    }

    // Decrypts X-sws-signature with the private key; empty when it does not.
    QByteArray decrypt(const QByteArray &signatureBase64)
    {
        ensureKey();
        ++signaturesChecked;
        const QByteArray cipher = QByteArray::fromBase64(signatureBase64);
        EVP_PKEY_CTX *ctx = crypto().EVP_PKEY_CTX_new(key.get(), nullptr);
        QByteArray plain;
        size_t size = 0;
        if (ctx && crypto().EVP_PKEY_decrypt_init(ctx) > 0
            && crypto().EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0
            && crypto().EVP_PKEY_decrypt(ctx, nullptr, &size,
                                         reinterpret_cast<const unsigned char *>(cipher.constData()),
                                         size_t(cipher.size()))
                   > 0) {
            plain.resize(int(size));
            if (crypto().EVP_PKEY_decrypt(ctx, reinterpret_cast<unsigned char *>(plain.data()), &size,
                                          reinterpret_cast<const unsigned char *>(cipher.constData()),
                                          size_t(cipher.size()))
                > 0)
                plain.resize(int(size));
            else
                plain.clear();
        }
        crypto().EVP_PKEY_CTX_free(ctx);
        // A failed decryption leaves errors on this thread's queue, where the
        // server's own TLS socket would later read them as its failure.
        crypto().ERR_clear_error();
        lastPlaintext = plain;
        return plain;
    }

    bool clientOk(const Request &request) const
    {
        const QByteArray auth = request.header("authorization");
        if (!auth.startsWith("Basic "))
            return false;
        const QByteArray pair = QByteArray::fromBase64(auth.mid(6));
        const int colon = pair.indexOf(':');
        return colon > 0 && QUrl::fromPercentEncoding(pair.left(colon)) == QLatin1String(kClientId)
               && QUrl::fromPercentEncoding(pair.mid(colon + 1)) == QLatin1String(kClientSecret);
    }

    Response authorize(const Request &request);
    Response token(const Request &request);
    Response orderCount(const Request &request);
};

Response YahooFake::State::authorize(const Request &request)
{
    const auto param = [&request](const char *key) {
        return request.query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    const QUrl redirect(param("redirect_uri"), QUrl::StrictMode);
    if (param("client_id") != QLatin1String(kClientId) || !redirect.isValid()
        || redirect.isRelative()) {
        // Yahoo! shows its own error page and never redirects to an unknown client.
        return Response::text(400, "text/html; charset=utf-8",
                              "<!doctype html><p>invalid_request: client_id or redirect_uri</p>");
    }
    QUrlQuery back;
    const QString state = param("state");
    if (!state.isEmpty())
        back.addQueryItem(QStringLiteral("state"),
                          QString::fromLatin1(QUrl::toPercentEncoding(state)));
    const bool scopeOk = param("scope").split(QLatin1Char(' ')).contains(QLatin1String("openid"));
    if (param("response_type") != QLatin1String("code") || !scopeOk) {
        back.addQueryItem(QStringLiteral("error"), scopeOk
                                                       ? QStringLiteral("unsupported_response_type")
                                                       : QStringLiteral("invalid_scope"));
    } else {
        const QByteArray code = randomToken();
        Authorization a;
        a.clientId = param("client_id");
        a.redirectUri = param("redirect_uri");
        if (param("code_challenge_method") == QLatin1String("S256"))
            a.challenge = param("code_challenge").toLatin1();
        a.issuedAt = QDateTime::currentSecsSinceEpoch();
        codes.insert(code, a);
        back.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
    }
    QUrl location = redirect;
    QUrlQuery merged(redirect);
    for (const auto &item : back.queryItems(QUrl::FullyEncoded))
        merged.addQueryItem(item.first, item.second);
    location.setQuery(merged);
    return Response::text(302, "text/html; charset=utf-8", "<!doctype html><p>Redirecting</p>")
        .withHeader("Location", location.toEncoded());
}

Response YahooFake::State::token(const Request &request)
{
    if (!clientOk(request))
        return tokenError(401, "invalid_client", "Client authentication failed.");
    const QUrlQuery form = request.form();
    const auto field = [&form](const char *key) {
        return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    const QString grant = field("grant_type");
    QJsonObject answer{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), 3600}};
    if (grant == QLatin1String("authorization_code")) {
        const QByteArray code = field("code").toLatin1();
        const auto it = codes.constFind(code);
        if (it == codes.cend() || QDateTime::currentSecsSinceEpoch() - it->issuedAt > 600)
            return tokenError(400, "invalid_grant", "The authorization code is invalid or expired.");
        const Authorization a = *it;
        codes.remove(code);  // single use
        if (field("redirect_uri") != a.redirectUri)
            return tokenError(400, "invalid_grant", "redirect_uri does not match.");
        if (!a.challenge.isEmpty()) {
            const QByteArray computed = QCryptographicHash::hash(field("code_verifier").toLatin1(),
                                                                 QCryptographicHash::Sha256)
                                            .toBase64(QByteArray::Base64UrlEncoding
                                                      | QByteArray::OmitTrailingEquals);
            if (computed != a.challenge)
                return tokenError(400, "invalid_grant", "code_verifier does not match.");
        }
        const QByteArray refresh = randomToken();
        refreshTokens.insert(refresh);
        answer.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refresh));
        answer.insert(QStringLiteral("id_token"), QStringLiteral("sandbox.id.token"));
    } else if (grant == QLatin1String("refresh_token")) {
        if (!refreshTokens.contains(field("refresh_token").toLatin1()))
            return tokenError(400, "invalid_grant", "The refresh token is invalid or expired.");
    } else {
        return tokenError(400, "unsupported_grant_type", "Unsupported grant_type.");
    }
    const QByteArray access = randomToken();
    accessTokens.insert(access);
    answer.insert(QStringLiteral("access_token"), QString::fromLatin1(access));
    return Response::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

Response YahooFake::State::orderCount(const Request &request)
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") || !accessTokens.contains(auth.mid(7).trimmed()))
        return bearerError(401, "invalid_token", "invalid token");
    const QString store = request.query.queryItemValue(QStringLiteral("sellerId"),
                                                       QUrl::FullyDecoded);
    const QByteArray storeLatin = store.toLatin1();
    if (storeLatin == kStoreSlow)
        return Response::hanging();
    if (storeLatin == kStoreDown)
        return Response::text(503, "text/html; charset=utf-8",
                              "<!doctype html><title>503</title><p>Service Unavailable</p>");
    if (storeLatin == kStoreBroken)
        return Response::text(200, "text/html; charset=utf-8",
                              "<!doctype html><html><body><p>メンテナンス中です</p></body></html>");
    if (storeLatin == kStoreTokenExpired)
        return bearerError(401, "invalid_token", "expired token");
    if (storeLatin == kStoreScope)
        return bearerError(403, "insufficient_scope", "insufficient scope");
    if (!store.startsWith(QLatin1String("snbx-")) || storeLatin == kStoreForeign)
        return storeApiError(
            400, "px-04101 : Invalid sellerId. The seller is not managed by this user.");
    if (storeLatin == kStoreIpBlocked)
        return storeApiError(403, "px-04306 : Access from this IP address is not permitted.");
    if (storeLatin == kStoreNoOrderApi)
        return storeApiError(401, "px-04303 : Not exist the permission to use order API.");
    if (storeLatin == kStoreNoKey)
        return storeApiError(401, "px-04102 : The session is shorter than that of another API. "
                                  "Public key authentication is required.");

    if (storeLatin == kStoreUnauthorized) {
        // Yahoo! answered the call but did not apply the public key.
        return Response::xml(200, orderCountXml()).withHeader("X-SWS-Authorize-Status", "unauthorized");
    }
    const QByteArray signature = request.header("x-sws-signature");
    if (signature.isEmpty()) {
        // The legacy store still has its API certificate registered: the TLS
        // client certificate must be exactly the one in the sample ZIP.
        ensureCertificates();
        if (storeLatin == kStoreLegacy && !request.peerCertificate.isNull()
            && request.peerCertificate == legacy->valid.certificate)
            return Response::xml(200, orderCountXml()).withHeader("X-SWS-Authorize-Status", "authorized");
        return storeApiError(401, "px-04102 : The session is shorter than that of another API. "
                                  "Public key authentication is required.");
    }
    const QByteArray version = request.header("x-sws-signature-version").trimmed();
    const QByteArray plain = decrypt(signature);
    const int colon = plain.lastIndexOf(':');
    const qint64 signedAt = colon > 0 ? plain.mid(colon + 1).toLongLong() : 0;
    const bool fresh = qAbs(QDateTime::currentSecsSinceEpoch() - signedAt) <= kSignatureWindowSeconds;
    if (version != QByteArray::number(kKeyVersion) || plain.isEmpty()
        || plain.left(colon) != storeLatin || !fresh)
        return storeApiError(401, "px-14303 : Use of API is not permitted.");
    return Response::xml(200, orderCountXml()).withHeader("X-SWS-Authorize-Status", "authorized");
}

YahooFake::YahooFake() : d(std::make_shared<State>())
{
}

YahooFake::~YahooFake() = default;

QStringList YahooFake::endpointKeys() const
{
    return {QStringLiteral("yahoo.auth"), QStringLiteral("yahoo.api")};
}

void YahooFake::install(Server &server)
{
    const std::shared_ptr<State> state = d;
    // Asked for, never required: only the legacy store's calls carry one.
    server.setClientCertificates(Server::ClientCertificates::Request);
    server.route("GET", QStringLiteral("/yconnect/v2/authorization"),
                 [state](const Request &r) { return state->authorize(r); });
    server.route("POST", QStringLiteral("/yconnect/v2/token"),
                 [state](const Request &r) { return state->token(r); });
    server.route("GET", QStringLiteral("/ShoppingWebService/V1/orderCount"),
                 [state](const Request &r) { return state->orderCount(r); });
    server.route("GET", kCertificateZipPath, [this](const Request &r) {
        const QString variant = r.query.queryItemValue(QStringLiteral("variant"));
        return Response::text(200, "application/zip",
                              certificateZip(variant.isEmpty() ? QStringLiteral("valid") : variant))
            .withHeader("Content-Disposition", "attachment; filename=\"snbx-legacy.zip\"");
    });
}

void YahooFake::prepare()
{
    if (!cryptoLibrary())
        return;  // the sandbox's CA fails too, and with it its server
    d->ensureKey();
    d->ensureCertificates();
}

QByteArray YahooFake::publicKeyPem() const
{
    d->ensureKey();
    return d->publicPem;
}

QByteArray YahooFake::certificatePem(const QString &variant) const
{
    return d->certificatePem(variant);
}

QByteArray YahooFake::certificateKeyPem(const QString &variant) const
{
    return d->keyPem(variant);
}

QByteArray YahooFake::certificateZip(const QString &variant) const
{
    const QByteArray store(kStoreLegacy);
    return buildZip({{store + "/SHP-" + store + ".crt", d->certificatePem(variant)},
                     {store + "/" + store + ".key", d->keyPem(variant)}});
}

QByteArray YahooFake::lastSignaturePlaintext() const
{
    return d->lastPlaintext;
}

int YahooFake::signaturesChecked() const
{
    return d->signaturesChecked;
}

QList<Scenario> YahooFake::scenarios() const
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const auto values = [this, &now](const char *store,
                                     const QString &version = QString::number(kKeyVersion),
                                     const char *refresh = kRefreshToken) {
        return FieldValues{{QStringLiteral("storeAccount"), QString::fromLatin1(store)},
                           {QStringLiteral("method"), QStringLiteral("publicKey")},
                           {QStringLiteral("publicKey"), QString::fromLatin1(publicKeyPem())},
                           {QStringLiteral("publicKeyVersion"), version},
                           {QStringLiteral("refreshToken"), QString::fromLatin1(refresh)},
                           {QStringLiteral("refreshTokenIssuedAt"), now},
                           {QStringLiteral("clientId"), QString::fromLatin1(kClientId)},
                           {QStringLiteral("clientSecret"), QString::fromLatin1(kClientSecret)}};
    };
    const auto legacy = [this, &now](const QString &variant) {
        return FieldValues{
            {QStringLiteral("storeAccount"), QString::fromLatin1(kStoreLegacy)},
            {QStringLiteral("method"), QStringLiteral("certificate")},
            {QStringLiteral("certificatePem"), QString::fromLatin1(certificatePem(variant))},
            {QStringLiteral("certificateKeyPem"), QString::fromLatin1(certificateKeyPem(variant))},
            {QStringLiteral("refreshToken"), QString::fromLatin1(kRefreshToken)},
            {QStringLiteral("refreshTokenIssuedAt"), now},
            {QStringLiteral("clientId"), QString::fromLatin1(kClientId)},
            {QStringLiteral("clientSecret"), QString::fromLatin1(kClientSecret)}};
    };
    const QString id = mallId();
    FieldValues wrongClient = values(kStore);
    wrongClient.insert(QStringLiteral("clientSecret"), QStringLiteral("wrong-secret"));
    return {
        {id, tr("Public key, correct"), tr("Connected; the login's expiry date is shown."),
         values(kStore)},
        {id, tr("Wrong public key version"),
         tr("KEY_VERSION_WRONG: the version does not match the key."),
         values(kStore, QString::number(kKeyVersion - 1))},
        {id, tr("No active public key"), tr("PUBLIC_KEY_MISSING: issue a key and set it to 有効."),
         values(kStoreNoKey)},
        {id, tr("Order API not approved"), tr("PERMISSION_MISSING (px-04303)."),
         values(kStoreNoOrderApi)},
        {id, tr("Address not registered"), tr("IP_NOT_ALLOWED (px-04306)."), values(kStoreIpBlocked)},
        {id, tr("Login lacks a permission"),
         tr("INSUFFICIENT_SCOPE: log in again and agree to all items."), values(kStoreScope)},
        {id, tr("Access token expired"), tr("LOGIN_REQUIRED: log in again."),
         values(kStoreTokenExpired)},
        {id, tr("Login revoked"), tr("LOGIN_REQUIRED (invalid_grant): log in again."),
         values(kStore, QString::number(kKeyVersion), kRevokedRefreshToken)},
        {id, tr("Another store's account"),
         tr("STORE_MISMATCH: the login does not manage this store."), values(kStoreForeign)},
        {id, tr("Wrong client secret"), tr("AUTH_REJECTED (invalid_client)."), wrongClient},
        {id, tr("Authentication not confirmed"),
         tr("AUTH_REJECTED: X-SWS-Authorize-Status is not authorized."), values(kStoreUnauthorized)},
        {id, tr("Yahoo! does not answer"), tr("TIMEOUT after the time limit."), values(kStoreSlow)},
        {id, tr("Maintenance page"), tr("BAD_RESPONSE: an HTML page instead of XML."),
         values(kStoreBroken)},
        {id, tr("Yahoo! is down"), tr("SERVICE_ERROR (HTTP 503)."), values(kStoreDown)},
        {id, tr("API certificate (old method), correct"),
         tr("Connected, with a warning that certificates ended."), legacy(QStringLiteral("valid"))},
        {id, tr("API certificate expired"), tr("CERT_EXPIRED, without contacting Yahoo!."),
         legacy(QStringLiteral("expired"))},
        {id, tr("Key of another certificate"), tr("CERT_KEY_MISMATCH, without contacting Yahoo!."),
         legacy(QStringLiteral("mismatch"))},
    };
}

}  // namespace crossma::sandbox
