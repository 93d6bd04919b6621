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

    std::vector<double> appMs, appRss, curlMs, curlRss;
    for (int i = 0; i < runs; ++i) {
        for (int k = 0; k < 2; ++k) {
            const bool app = (k == 0) == (i % 2 == 0);  // alternate who goes first
            const ChildRun r = app ? runChild(paths.app, verify, env)
                                   : runChild(paths.curl, curl, env);
            (app ? appMs : curlMs).push_back(r.ms);
            (app ? appRss : curlRss).push_back(r.maxRssKb / 1024.0);
        }
    }
    const QString what = QStringLiteral("curl, the same %1 request(s)").arg(requests.size());
    return {
        {QStringLiteral("verify --mall rakuten, wall time"), median(appMs), median(curlMs),
         QStringLiteral("ms"), what, 1.3,
         QStringLiteral("crossma max %1 ms").arg(largest(appMs), 0, 'f', 0)},
        {QStringLiteral("verify --mall rakuten, peak memory"),
         median(appRss),
         median(curlRss),
         QStringLiteral("MiB"),
         what,
         2.0,
         {}},
    };
}

}  // namespace crossma::bench
