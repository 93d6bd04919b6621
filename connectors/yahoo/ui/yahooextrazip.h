#pragma once

#include <QFrame>
#include <QFutureWatcher>

class QLabel;
class QMimeData;

namespace crossma {

namespace yahoo {
struct CertificateZipResult;
}

class MallPageController;

// The drop zone for the API certificate ZIP (old method): drag the ZIP here
// or press 選択…. It is read in memory on a worker thread (no unzip tool, no
// file written); the certificate and its private key go into the page's
// values (the key only ever reaches the keychain), and the subject and
// expiry date, or the exact reason for refusing the file, are shown here.
class YahooExtraZip : public QFrame
{
    Q_OBJECT
public:
    YahooExtraZip(MallPageController &controller, QWidget *parent = nullptr);
    ~YahooExtraZip() override;

    bool isReading() const;
    QString status() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QString zipPath(const QMimeData *mime);
    void onPathChanged(const QString &path);
    void startImport(const QString &path);
    void onImported();
    void setStatus(const QString &text, const QString &role);

    MallPageController &m_controller;
    QLabel *m_status = nullptr;
    QFutureWatcher<yahoo::CertificateZipResult> *m_watcher = nullptr;
    QString m_readingPath;
    QString m_importedPath;
    QString m_importedCertificate;  // to tell our values from the keychain's
};

}  // namespace crossma
