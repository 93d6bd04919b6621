#include "testpaths.h"
#include <catch2/catch.hpp>

#include "testpki.h"
#include "yahoo/certificatezip.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace crossma;
using namespace crossma::testpki;

namespace {

// Sets an environment variable for the scope of a test, then restores it.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

// Files under `root` changed since `since` that contain any of `needles`.
QStringList filesHolding(const QString &root, const QDateTime &since, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.lastModified() < since || info.size() > 64 * 1024 * 1024)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle))
                hits.append(path);
        }
    }
    return hits;
}

}  // namespace

TEST_CASE("Importing a certificate ZIP leaves no key material in any file", "[yahoo-zip]")
{
    const YahooCertificateDownload d = yahooCertificateZip(QStringLiteral("mystore"), "API証明書/");
    // Every folder the reader could write to is one this test made: the
    // seller's folder, the temporary folder (TMPDIR), the runtime folder and
    // the current directory. Only those are scanned, so the result does not
    // depend on (or wait for) whatever else lives in /tmp.
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QDir base(scratch.path());
    for (const char *sub : {"seller", "tmp", "run", "cwd"})
        REQUIRE(base.mkpath(QLatin1String(sub)));
    const QString seller = base.filePath(QStringLiteral("seller"));
    const QString tmp = base.filePath(QStringLiteral("tmp"));
    const QString run = base.filePath(QStringLiteral("run"));
    const QString cwd = base.filePath(QStringLiteral("cwd"));
    QFile::setPermissions(run,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString zipPath = QDir(seller).filePath(QStringLiteral("API証明書.zip"));
    {
        QFile zipFile(zipPath);
        REQUIRE(zipFile.open(QIODevice::WriteOnly));
        zipFile.write(d.zip);
    }
    // The key as PEM lines, its DER, and the PKCS#8 form the reader returns.
    QList<QByteArray> needles = {d.key.pkcs8Der().mid(40, 64), d.keyPem.split('\n').at(5),
                                 d.key.pkcs8Pem().split('\n').at(5)};
    for (const QByteArray &needle : needles)
        REQUIRE(d.zip.indexOf(needle) < 0);  // compressed in the archive, so a hit means a leak
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);

    yahoo::CertificateZipResult r;
    {
        const ScopedEnv tmpdir("TMPDIR", QFile::encodeName(tmp));
        const ScopedEnv runtime("XDG_RUNTIME_DIR", QFile::encodeName(run));
        const QString previousDir = QDir::currentPath();
        REQUIRE(QDir::setCurrent(cwd));
        REQUIRE(QDir::tempPath() == tmp);
        yahoo::CertificateZipOptions options;
        options.storeAccount = QStringLiteral("mystore");
        QFuture<yahoo::CertificateZipResult> future = yahoo::readCertificateZipFileAsync(zipPath,
                                                                                         options);
        future.waitForFinished();
        QDir::setCurrent(previousDir);
        REQUIRE(future.resultCount() == 1);
        r = future.result();
    }
    REQUIRE(r.ok());
    REQUIRE(r.privateKeyPem.contains(needles.at(2)));  // the needles do describe the key

    const auto entries = [](const QString &dir) {
        return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                   | QDir::System);
    };
    CHECK(entries(tmp).isEmpty());
    CHECK(entries(run).isEmpty());
    CHECK(entries(cwd).isEmpty());
    CHECK(entries(seller) == QStringList{QStringLiteral("API証明書.zip")});
    CHECK(filesHolding(scratch.path(), started, needles).isEmpty());
}

TEST_CASE("The async reader reports an unreadable file and reads a dropped ZIP", "[yahoo-zip]")
{
    yahoo::CertificateZipOptions options;
    options.storeAccount = QStringLiteral("mystore");
    QFuture<yahoo::CertificateZipResult> missing = yahoo::readCertificateZipFileAsync(
        QStringLiteral("/nonexistent/API証明書.zip"), options);
    missing.waitForFinished();
    REQUIRE(missing.resultCount() == 1);
    CHECK(missing.result().error == yahoo::CertificateZipError::FileUnreadable);
    CHECK(missing.result().message.contains(QStringLiteral("/nonexistent/API証明書.zip")));

    const YahooCertificateDownload d = yahooCertificateZip(QStringLiteral("mystore"));
    QFuture<yahoo::CertificateZipResult> bytes = yahoo::readCertificateZipAsync(d.zip, options);
    bytes.waitForFinished();
    REQUIRE(bytes.resultCount() == 1);
    CHECK(bytes.result().ok());
}

TEST_CASE("The Yahoo key readers never create temporary files", "[yahoo-zip]")
{
    // Source-level guard: the readers must not even have the means to write one.
    // (Not __FILE__: ccache's base directory makes it relative to the build folder.)
    const QDir yahooDir(crossma::test::sourceDir() + QStringLiteral("/connectors/yahoo"));
    const QStringList mine = {QStringLiteral("certificatezip.cpp"),
                              QStringLiteral("certificatezipasync.cpp"),
                              QStringLiteral("keymaterial.cpp"), QStringLiteral("yahoopublickey.cpp"),
                              QStringLiteral("zipentrynames.cpp")};
    for (const QString &name : mine) {
        QFile file(yahooDir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray source = file.readAll();
        CAPTURE(name);
        for (const char *banned : {"QTemporaryFile", "QSaveFile", "tmpfile", "mkstemp", "tempPath",
                                   "zip_open(", "QIODevice::WriteOnly", "QProcess"})
            CHECK_FALSE(source.contains(banned));
    }
}
