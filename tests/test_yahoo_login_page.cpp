// The Yahoo! page offscreen at 1366×768: the real connector, extra widget and
// sandbox fake. The browser is played by QNetworkAccessManager and the seller
// pastes the address it was sent to; then the connection test runs. Also the
// certificate ZIP dropped on the old method's drop zone. Screenshots go to
// test::screenshotDir().
#include <catch2/catch.hpp>

#include "screencheck.h"
#include "widgetchild.h"

#include "mallpage.h"
#include "mallpagecontroller.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "setupwizard.h"
#include "tempsettings.h"
#include "waitfor.h"
#include "welcomepage.h"
#include "yahoo/sandbox/yahoofake.h"
#include "yahoo/ui/yahooextralogin.h"
#include "yahoo/yahooconnector.h"
#include "yahoo/yahoologin.h"

#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace crossma;
using crossma::sandbox::YahooFake;
using crossma::test::child;
using crossma::test::SandboxFixture;
using crossma::test::waitFor;

namespace {

QByteArray redirectLocation(const QUrl &authorize, const Endpoints &endpoints)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(authorize);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(endpoints.sslConfiguration(authorize));
    QNetworkReply *reply = nam.get(request);
    REQUIRE(waitFor([reply] { return reply->isFinished(); }, 10000));
    REQUIRE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 302);
    const QByteArray location = reply->rawHeader("Location");
    delete reply;
    return location;
}

struct YahooPageHarness {
    SandboxFixture sandbox;
    test::TempSettings files;
    std::unique_ptr<QSettings> settings = files.open();
    CredentialStore store{QStringLiteral("crossma-setup-yahoo-page-test"), settings.get()};
    YahooConnector connector;
    std::unique_ptr<SetupWizard> wizard;
    MallPage *page = nullptr;
    MallPageController *controller = nullptr;
    YahooFake *fake = nullptr;
    QList<QUrl> opened;

    YahooPageHarness()
    {
        fake = dynamic_cast<YahooFake *>(sandbox.malls().fake(QStringLiteral("yahoo")));
        REQUIRE(fake);
        YahooExtraLogin::setBrowserOpener([this](const QUrl &url) {
            opened.append(url);
            return true;
        });
        WizardContext context;
        context.connectors = {&connector};
        context.endpoints = sandbox.endpoints();
        context.store = &store;
        useSandbox(context, sandbox.malls());
        wizard = std::make_unique<SetupWizard>(context);
        wizard->resize(1366, 768);
        wizard->show();
        wizard->next();
        REQUIRE(wizard->currentId() == wizard->pageIdFor(QStringLiteral("yahoo")));
        page = wizard->mallPage(QStringLiteral("yahoo"));
        REQUIRE(page);
        controller = page->controller();
        REQUIRE(waitFor([this] { return !controller->isLoadingSecrets(); }, 20000));
    }
    ~YahooPageHarness()
    {
        YahooExtraLogin::setBrowserOpener([](const QUrl &) { return false; });
    }
};
}  // namespace

TEST_CASE("Yahoo page: log in by pasting the redirected address, then test, with a screenshot",
          "[yahoo]")
{
    YahooPageHarness h;
    CHECK(h.wizard->findChild<QWidget *>(QStringLiteral("yahooExtra")));
    h.controller->setValue(YahooField::storeAccount, QStringLiteral("snbx-crossma"));
    h.controller->setValue(YahooField::clientId, QString::fromLatin1(YahooFake::kClientId));
    h.controller->setValue(YahooField::clientSecret, QString::fromLatin1(YahooFake::kClientSecret));
    // The seller's copy lost its BEGIN/END lines: restored, and the page says so.
    QString body = QString::fromLatin1(h.fake->publicKeyPem());
    body.remove(QStringLiteral("-----BEGIN PUBLIC KEY-----"));
    body.remove(QStringLiteral("-----END PUBLIC KEY-----"));
    h.controller->setValue(YahooField::publicKey, body.trimmed());
    h.controller->setValue(YahooField::publicKeyVersion, QString::number(YahooFake::kKeyVersion));
    CHECK(h.wizard->grab().save(test::screenshotPath(QStringLiteral("wizard-yahoo-top.png"))));
    auto *keyStatus = child<QLabel>(h.page, QStringLiteral("yahooKeyStatus"));
    CHECK(keyStatus->isVisible());
    CHECK_FALSE(keyStatus->text().isEmpty());
    CHECK_FALSE(child<QWidget>(h.page, QStringLiteral("yahooZipDrop"))->isVisible());
    CHECK_FALSE(child<QWidget>(h.page, QStringLiteral("fieldEditor_certificateZip"))->isVisible());
    CHECK(child<QWidget>(h.page, QStringLiteral("fieldEditor_publicKey"))->isVisible());

    // Without a login the test is refused offline, under the login box.
    child<QPushButton>(h.page, QStringLiteral("testButton"))->click();
    CHECK_FALSE(h.controller->problemFor(YahooField::refreshToken).isEmpty());
    auto *status = child<QLabel>(h.page, QStringLiteral("yahooLoginStatus"));
    CHECK(status->text() == h.controller->problemFor(YahooField::refreshToken));
    CHECK(h.wizard->grab().save(test::screenshotPath(QStringLiteral("wizard-yahoo-refused.png"))));

    child<QPushButton>(h.page, QStringLiteral("yahooLoginButton"))->click();
    REQUIRE(waitFor([&h] { return !h.opened.isEmpty(); }));
    CHECK(child<QWidget>(h.page, QStringLiteral("yahooPasteRow"))->isVisible());
    const QByteArray location = redirectLocation(h.opened.constFirst(), h.sandbox.endpoints());

    auto *paste = child<QLineEdit>(h.page, QStringLiteral("yahooPasteUrl"));
    paste->setText(QStringLiteral("not an address"));
    child<QPushButton>(h.page, QStringLiteral("yahooPasteSubmit"))->click();
    CHECK(child<QLabel>(h.page, QStringLiteral("yahooPasteProblem"))->isVisible());
    paste->setText(QString::fromLatin1(location));
    child<QPushButton>(h.page, QStringLiteral("yahooPasteSubmit"))->click();
    REQUIRE(waitFor([&h] { return !h.controller->value(YahooField::refreshToken).isEmpty(); }, 10000));
    CHECK_FALSE(h.controller->value(YahooField::refreshTokenIssuedAt).isEmpty());
    CHECK_FALSE(status->text().contains(h.controller->value(YahooField::refreshToken)));
    CHECK_FALSE(child<QWidget>(h.page, QStringLiteral("yahooPasteRow"))->isVisible());

    child<QPushButton>(h.page, QStringLiteral("testButton"))->click();
    REQUIRE(waitFor([&h] { return h.controller->hasResult() && !h.controller->isChecking(); }, 20000));
    INFO(h.controller->lastResult().summary().toStdString());
    CHECK(h.controller->lastResult().ok());
    CHECK(h.controller->canSave());
    CHECK(h.fake->lastSignaturePlaintext().startsWith("snbx-crossma:"));
    CHECK(h.wizard->grab().save(test::screenshotPath(QStringLiteral("wizard-yahoo-verified.png"))));
}

TEST_CASE(
    "Yahoo page: the old method's ZIP is read and its subject and expiry shown, with a screenshot",
    "[yahoo]")
{
    YahooPageHarness h;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snbx-legacy.zip"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(h.fake->certificateZip());
    }
    const QString broken = dir.filePath(QStringLiteral("broken.zip"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is not a zip");
    }
    h.controller->setValue(YahooField::method, YahooField::methodCertificate);
    h.controller->setValue(YahooField::storeAccount, QStringLiteral("snbx-legacy"));
    auto *drop = child<QWidget>(h.page, QStringLiteral("yahooZipDrop"));
    CHECK(drop->isVisible());
    CHECK_FALSE(child<QWidget>(h.page, QStringLiteral("fieldEditor_publicKey"))->isVisible());
    CHECK(drop->acceptDrops());
    auto *zipStatus = child<QLabel>(h.page, QStringLiteral("yahooZipStatus"));

    h.controller->setValue(YahooField::certificateZip, broken);
    REQUIRE(waitFor([zipStatus] {
        return zipStatus->property("role").toString() == QLatin1String("problem");
    }));
    CHECK(h.controller->value(YahooField::certificateKeyPem).isEmpty());

    // Dropped from the file manager, as a seller does.
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(drop, &enter);
    CHECK(enter.isAccepted());
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(drop, &dropped);
    CHECK(h.controller->value(YahooField::certificateZip) == path);
    REQUIRE(waitFor([&h] { return !h.controller->value(YahooField::certificateKeyPem).isEmpty(); }));
    CHECK(zipStatus->text().contains(QLatin1String("snbx-legacy")));
    CHECK(h.controller->value(YahooField::certificateKeyPem).toLatin1()
          == h.fake->certificateKeyPem());
    // The private key is a secret field: keychain only.
    CHECK(h.connector.secretFieldIds().contains(YahooField::certificateKeyPem));
    child<QScrollArea>(h.page, QStringLiteral("contentScroll"))->ensureWidgetVisible(drop);
    CHECK(h.wizard->grab().save(
        test::screenshotPath(QStringLiteral("wizard-yahoo-certificate.png"))));
    delete mime;
}
