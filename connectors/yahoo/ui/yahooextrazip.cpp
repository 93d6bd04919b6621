#include "yahooextrazip.h"

#include "core/sellertime.h"
#include "look.h"
#include "mallpagecontroller.h"
#include "wrappedlabel.h"
#include "yahoo/certificatezip.h"
#include "yahoo/yahooconnector.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QStyle>
#include <QVBoxLayout>

namespace crossma {

YahooExtraZip::YahooExtraZip(MallPageController &controller, QWidget *parent)
    : QFrame(parent), m_controller(controller)
{
    // The file field above is where the ZIP is chosen; this zone only takes a
    // dropped file and shows what was read, so the page asks for it once.
    setObjectName(QStringLiteral("yahooZipDrop"));
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setAccessibleName(tr("API certificate ZIP"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(10, 8, 10, 8);
    auto *row = new QHBoxLayout;
    auto *hint = new WrappedLabel(
        tr("Or drop the API certificate ZIP here, as downloaded (no need to "
           "unzip it)."),
        this);
    hint->setObjectName(QStringLiteral("yahooZipHint"));
    row->addWidget(hint, 1);
    column->addLayout(row);
    m_status = new WrappedLabel(this);
    m_status->setObjectName(QStringLiteral("yahooZipStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    column->addWidget(m_status);

    connect(&controller, &MallPageController::valueChanged, this,
            [this](const QString &fieldId, const QString &raw) {
                if (fieldId == YahooField::certificateZip)
                    onPathChanged(raw.trimmed());
            });
}

YahooExtraZip::~YahooExtraZip()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
    }
}

bool YahooExtraZip::isReading() const
{
    return m_watcher && !m_watcher->isFinished();
}

QString YahooExtraZip::status() const
{
    return m_status->text();
}

QString YahooExtraZip::zipPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

void YahooExtraZip::dragEnterEvent(QDragEnterEvent *event)
{
    if (!zipPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void YahooExtraZip::dropEvent(QDropEvent *event)
{
    const QString path = zipPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_controller.setValue(YahooField::certificateZip, path);
}

void YahooExtraZip::onPathChanged(const QString &path)
{
    if (path.isEmpty() || path == m_importedPath || path == m_readingPath)
        return;
    // Reopening a saved link: the pair is in the keychain even if the file is gone.
    if (!QFileInfo::exists(path) && !m_controller.value(YahooField::certificatePem).isEmpty()
        && m_controller.value(YahooField::certificatePem) != m_importedCertificate)
        return;
    startImport(path);
}

void YahooExtraZip::startImport(const QString &path)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher->deleteLater();
    }
    // The values of an earlier ZIP no longer belong to the chosen file.
    if (!m_importedCertificate.isEmpty()
        && m_controller.value(YahooField::certificatePem) == m_importedCertificate) {
        m_controller.setValue(YahooField::certificatePem, QString());
        m_controller.setValue(YahooField::certificateKeyPem, QString());
    }
    m_importedPath.clear();
    m_importedCertificate.clear();
    m_readingPath = path;
    setStatus(tr("Reading %1…").arg(QFileInfo(path).fileName()), QStringLiteral("infoNote"));

    yahoo::CertificateZipOptions options;
    options.storeAccount = m_controller.value(YahooField::storeAccount).trimmed().toLower();
    m_watcher = new QFutureWatcher<yahoo::CertificateZipResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &YahooExtraZip::onImported);
    m_watcher->setFuture(yahoo::readCertificateZipFileAsync(path, options));
}

void YahooExtraZip::onImported()
{
    const QFuture<yahoo::CertificateZipResult> future = m_watcher->future();
    const QString path = m_readingPath;
    m_readingPath.clear();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const yahoo::CertificateZipResult result = future.result();
    if (!result.ok()) {
        setStatus(result.message, QStringLiteral("problem"));
        return;
    }
    m_importedPath = path;
    m_importedCertificate = QString::fromLatin1(result.certificatePem);
    m_controller.setValue(YahooField::certificatePem, m_importedCertificate);
    m_controller.setValue(YahooField::certificateKeyPem, QString::fromLatin1(result.privateKeyPem));
    // Days counted in JST calendar days, as the connection test counts them.
    const QString expiry = sellerDate(result.notAfter);
    const int daysLeft = japanDaysBetween(QDateTime::currentDateTimeUtc(), result.notAfter);
    setStatus(tr("✓ Read: certificate of %1 (%2), valid until %3 (%4 days left). The private key "
                 "will be kept only in the password store (keychain).")
                  .arg(result.subject, result.keyType, expiry)
                  .arg(daysLeft),
              QStringLiteral("success"));
}

void YahooExtraZip::setStatus(const QString &text, const QString &role)
{
    m_status->setText(text);
    m_status->setProperty("role", role);
    look::repolish(m_status);
    m_status->setVisible(!text.isEmpty());
}

}  // namespace crossma
