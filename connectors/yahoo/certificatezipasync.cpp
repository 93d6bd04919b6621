// The UI's entry points: the archive is read on a pool thread so the wizard
// never blocks, and QFuture::cancel() stops it at the next stage.

#include "certificatezip.h"

#include "keymaterial.h"

#include <QFile>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace crossma::yahoo {

namespace {

// Reads at most `limit` + 1 bytes into one buffer sized up front, so a huge
// file is refused without loading it and no unwiped reallocation is left behind.
bool readBounded(const QString &path, qint64 limit, QByteArray *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 capacity = qMin(file.size(), limit) + 1;
    out->resize(int(capacity));
    qint64 filled = 0;
    while (filled < capacity) {
        const qint64 n = file.read(out->data() + filled, capacity - filled);
        if (n < 0) {
            pki::wipe(*out);
            return false;
        }
        if (n == 0)
            break;
        filled += n;
    }
    out->truncate(int(filled));  // shrinks in place
    return true;
}

}  // namespace

QFuture<CertificateZipResult> readCertificateZipFileAsync(const QString &path,
                                                          const CertificateZipOptions &options)
{
    return QtConcurrent::run([path, options](QPromise<CertificateZipResult> &promise) {
        if (promise.isCanceled())
            return;
        QByteArray bytes;
        if (!readBounded(path, options.limits.maxArchiveBytes, &bytes)) {
            promise.addResult(certificateZipFailure(CertificateZipError::FileUnreadable, path));
            return;
        }
        CertificateZipResult r = readCertificateZip(bytes, options,
                                                    [&promise] { return promise.isCanceled(); });
        pki::wipe(bytes);  // the archive holds the key, compressed or not
        promise.addResult(std::move(r));
    });
}

QFuture<CertificateZipResult> readCertificateZipAsync(const QByteArray &zip,
                                                      const CertificateZipOptions &options)
{
    return QtConcurrent::run([zip, options](QPromise<CertificateZipResult> &promise) {
        promise.addResult(
            readCertificateZip(zip, options, [&promise] { return promise.isCanceled(); }));
    });
}

}  // namespace crossma::yahoo
