// `crossma-setup verify --mall rakuten` against curl making the very requests
// verify made (read back from the fake's log: path, query, Authorization and
// Accept), on one connection to the same loopback fake, trusting the same CA.
// Wall time and peak memory of each child process (wait4).
#include "benches.h"

#include "benchsupport.h"
#include "sandboxthread.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace crossma::bench {

namespace {
const QString kMall = QStringLiteral("rakuten");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The files verify reads: the accepted sample's values, and the fake's
// address with the sandbox CA as the only one trusted for it.
}  // namespace

QStringList verifyArguments(const SandboxThread &sandbox, const QTemporaryDir &dir)
{
    QJsonObject credentials;
    const FieldValues values = sandbox.accepted(kMall).values;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        credentials.insert(it.key(), it.value());
    const QString credentialsPath = dir.filePath(QStringLiteral("credentials.json"));
    const QString endpointsPath = dir.filePath(QStringLiteral("endpoints.json"));
    QJsonObject endpoints;
    const auto overrides = sandbox.endpoints().overrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (it.key().startsWith(kMall + QLatin1Char('.')))
            endpoints.insert(it.key(), it.value().toString());
    }
    endpoints.insert(QStringLiteral("trustedCaFile"), sandbox.caPemPath());
    if (!writeFile(credentialsPath, QJsonDocument(credentials).toJson())
        || !writeFile(endpointsPath, QJsonDocument(endpoints).toJson()))
        return {};
    return {QStringLiteral("verify"),
            QStringLiteral("--mall"),
            kMall,
            QStringLiteral("--credentials"),
            credentialsPath,
            QStringLiteral("--endpoints"),
            endpointsPath};
}

namespace {

// The same requests for curl, one after another on one connection (--next).
QStringList curlArguments(const QList<sandbox::Request> &requests, const SandboxThread &sandbox)
{
    QStringList args;
    const QUrl base = sandbox.endpoints().overrides().value(kMall + QStringLiteral(".api"));
    for (const sandbox::Request &r : requests) {
        if (!args.isEmpty())
            args << QStringLiteral("--next");
        QUrl url = base;
        url.setPath(r.path);
        url.setQuery(r.query);
        args << QStringLiteral("-sS") << QStringLiteral("-o") << QStringLiteral("/dev/null")
             << QStringLiteral("--cacert") << sandbox.caPemPath() << QStringLiteral("-X")
             << QString::fromLatin1(r.method);
        for (const char *name : {"authorization", "accept"}) {
            if (r.headers.contains(name))
                args << QStringLiteral("-H")
                     << QString::fromLatin1(QByteArray(name) + ": " + r.headers.value(name));
        }
        args << url.toString(QUrl::FullyEncoded);
    }
    return args;
}

Row missing(const QString &why)
{
    return Row{QStringLiteral("verify --mall rakuten"), 0, 0, {}, {}, 0, why, false};
}
}  // namespace

QList<Row> verifyRows(const Paths &paths, SandboxThread &sandbox, int runs)
{
    if (paths.curl.isEmpty())
        return {missing(QStringLiteral("curl is not installed (packaging/install-deps.sh)"))};
    QTemporaryDir dir;
    const QStringList verify = verifyArguments(sandbox, dir);
    const QStringList env{QStringLiteral("XDG_CONFIG_HOME=") + dir.path()};
    // One untimed run: warms the caches and tells which requests verify makes.
    sandbox.resetRequests();
    const ChildRun first = runChild(paths.app, verify, env);
    const QList<sandbox::Request> requests = sandbox.requests();
    if (first.exitCode != 0 || requests.isEmpty())
        return {missing(
            QStringLiteral("verify did not pass against the fake (exit %1)").arg(first.exitCode))};
    const QStringList curl = curlArguments(requests, sandbox);
    if (runChild(paths.curl, curl, env).exitCode != 0)
        return {missing(QStringLiteral("curl failed against the fake"))};

    // A third program makes the same requests with QNetworkAccessManager
    // alone: what the Qt stack itself costs over curl, which no code of ours
    // can take away, and what is left that is ours.
    const bool withQt = runChild(paths.bareHttps, curl, env).exitCode == 0;
    struct Who {
        QString program;
        QStringList arguments;
        std::vector<double> ms, rss;
    };
    std::vector<Who> who{{paths.app, verify, {}, {}}, {paths.curl, curl, {}, {}}};
    if (withQt)
        who.push_back({paths.bareHttps, curl, {}, {}});
    const size_t n = who.size();
    for (int i = 0; i < runs; ++i) {
        for (size_t k = 0; k < n; ++k) {  // rotate who goes first
            Who &w = who[(size_t(i) + k) % n];
            const ChildRun r = runChild(w.program, w.arguments, env);
            w.ms.push_back(r.ms);
            w.rss.push_back(r.maxRssKb / 1024.0);
        }
    }
    const QString what = QStringLiteral("curl, the same %1 request(s)").arg(requests.size());
    const double appMs = median(who[0].ms);
    const double appRss = median(who[0].rss);
    QList<Row> rows{
        {QStringLiteral("verify --mall rakuten, wall time"), appMs, median(who[1].ms),
         QStringLiteral("ms"), what, 1.3,
         QStringLiteral("crossma max %1 ms").arg(largest(who[0].ms), 0, 'f', 0)},
        {QStringLiteral("verify --mall rakuten, peak memory"),
         appRss,
         median(who[1].rss),
         QStringLiteral("MiB"),
         what,
         2.0,
         {}},
    };
    if (!withQt) {
        rows += Row{QStringLiteral("  same, against Qt alone"),
                    0,
                    0,
                    {},
                    {},
                    0,
                    QStringLiteral("crossma_bare_https failed against the fake"),
                    false};
        return rows;
    }
    const QString qtWhat = QStringLiteral("QNetworkAccessManager alone, the same request(s)");
    const double qtMs = median(who[2].ms);
    rows.insert(
        1, Row{QStringLiteral("  same, against Qt alone"), appMs, qtMs, QStringLiteral("ms"), qtWhat,
               0, QStringLiteral("Qt alone is %1x curl").arg(qtMs / median(who[1].ms), 0, 'f', 2)});
    rows += Row{QStringLiteral("  same, against Qt alone"),
                appRss,
                median(who[2].rss),
                QStringLiteral("MiB"),
                qtWhat,
                0,
                {}};
    return rows;
}

}  // namespace crossma::bench
