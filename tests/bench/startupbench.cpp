// Start-up: fork to exit with --exit-after-first-page (the process ends right
// after its first page is painted), against a bare QWizard showing the same
// Japanese welcome text with the same translators (the floor every Japanese
// Qt program pays: CJK fonts, translations), and against an empty page.
#include "benches.h"

#include "benchsupport.h"

#include <QTemporaryDir>

namespace crossma::bench {

QList<Row> startupRows(const Paths &paths, int runs)
{
    QTemporaryDir profile;  // a throw-away settings folder: nothing linked
    const QStringList env{QStringLiteral("XDG_CONFIG_HOME=") + profile.path(),
                          QStringLiteral("CROSSMA_LANG=ja")};
    const QString first = QStringLiteral("--exit-after-first-page");
    struct Who {
        QString program;
        QStringList arguments;
        std::vector<double> ms;
        std::vector<double> rss;
    };
    Who who[] = {{paths.app, {first}, {}, {}},
                 {paths.bareWizard, {QStringLiteral("--japanese"), first}, {}, {}},
                 {paths.bareWizard, {first}, {}, {}},
                 {paths.app, {QStringLiteral("--sandbox"), first}, {}, {}}};
    const int n = int(std::size(who));
    for (Who &w : who) {  // one untimed run each: page cache, fontconfig cache
        if (runChild(w.program, w.arguments, env).exitCode != 0)
            return {Row{QStringLiteral("start-up"),
                        0,
                        0,
                        {},
                        {},
                        0,
                        w.program + QStringLiteral(" did not reach its first page"),
                        false}};
    }
    for (int i = 0; i < runs; ++i) {
        // Rotate who goes first, so no one always runs on a warmer machine.
        for (int k = 0; k < n; ++k) {
            Who &w = who[(i + k) % n];
            const ChildRun r = runChild(w.program, w.arguments, env);
            w.ms.push_back(r.ms);
            w.rss.push_back(r.maxRssKb / 1024.0);
        }
    }
    auto spread = [](const std::vector<double> &v) {
        return QStringLiteral("crossma %1..%2 ms")
            .arg(*std::min_element(v.begin(), v.end()), 0, 'f', 0)
            .arg(largest(v), 0, 'f', 0);
    };
    return {
        {QStringLiteral("start-up to first page"), median(who[0].ms), median(who[1].ms),
         QStringLiteral("ms"), QStringLiteral("bare QWizard, Japanese welcome"), 1.2,
         spread(who[0].ms)},
        {QStringLiteral("  same, against an empty page"), median(who[0].ms), median(who[2].ms),
         QStringLiteral("ms"), QStringLiteral("bare QWizard, empty page"), 1.2,
         QStringLiteral("second line: hides the CJK font cost")},
        {QStringLiteral("  same, with --sandbox"), median(who[3].ms), median(who[1].ms),
         QStringLiteral("ms"), QStringLiteral("bare QWizard, Japanese welcome"), 1.2,
         QStringLiteral("the practice malls' CA and keys come first")},
        {QStringLiteral("start-up peak memory"), median(who[0].rss), median(who[1].rss),
         QStringLiteral("MiB"), QStringLiteral("bare QWizard, Japanese welcome"), 1.1,
         QStringLiteral("empty page %1 MiB").arg(median(who[2].rss), 0, 'f', 1)},
    };
}

}  // namespace crossma::bench
