// Start-up: fork to exit with --exit-after-first-page (the process ends right
// after its first page is painted), against bare QWizards from the same Qt:
// the floor shows every word of the product's first window in plain labels of
// the same weight and size, at the same window size, with the same
// translators (what showing those words costs any Qt program: CJK fonts,
// text layout, pixels), and, as second lines, the two intro paragraphs alone
// (the floor until 2026-12) and an empty page; and the words floor again
// loading every library the product's window loads (what the stack costs at
// load; the rest is the product's own code). Every run on one CPU
// (benchCpu()).
#include "benches.h"

#include "benchsupport.h"
#include "welcomewords.h"

#include <QTemporaryDir>

namespace crossma::bench {

namespace {

struct Who {
    QString program;
    QStringList arguments;
    bool pinned = true;  // on benchCpu(); else wherever the system puts it
    std::vector<double> ms;
    std::vector<double> rss;
};

Row notMeasured(const QString &why)
{
    return Row{QStringLiteral("start-up"), 0, 0, {}, {}, 0, why, false};
}

QString spread(const std::vector<double> &v)
{
    return QStringLiteral("crossma %1..%2 ms")
        .arg(*std::min_element(v.begin(), v.end()), 0, 'f', 0)
        .arg(largest(v), 0, 'f', 0);
}

}  // namespace

QList<Row> startupRows(const Paths &paths, int runs)
{
    QTemporaryDir profile;  // a throw-away settings folder: nothing linked
    const QString wordsPath = profile.filePath(QStringLiteral("words.json"));
    QString error;
    if (!writeWelcomeWords(wordsPath, &error))
        return {notMeasured(error)};
    const QStringList env{QStringLiteral("XDG_CONFIG_HOME=") + profile.path(),
                          QStringLiteral("CROSSMA_LANG=ja")};
    const QString first = QStringLiteral("--exit-after-first-page");
    const QString japanese = QStringLiteral("--japanese");
    const QStringList wordsFloor{japanese, QStringLiteral("--words"), wordsPath, first};
    // --sandbox makes its CA and server certificate on other threads while
    // the page opens: on one CPU they would take turns, which no seller's
    // computer makes them do. So it runs unpinned, against the floor unpinned too.
    Who who[] = {{paths.app, {first}, true, {}, {}},
                 {paths.bareWizard, wordsFloor, true, {}, {}},
                 {paths.bareWizard, {japanese, first}, true, {}, {}},
                 {paths.bareWizard, {first}, true, {}, {}},
                 {paths.app, {QStringLiteral("--sandbox"), first}, false, {}, {}},
                 {paths.bareWizard, wordsFloor, false, {}, {}},
                 {paths.bareWizardStack, wordsFloor, true, {}, {}}};
    const int n = int(std::size(who));
    const int cpu = benchCpu();
    auto run = [&](const Who &w) {
        return runChild(w.program, w.arguments, env, w.pinned ? cpu : -1);
    };
    for (Who &w : who) {  // one untimed run each: page cache, fontconfig cache
        if (run(w).exitCode != 0)
            return {notMeasured(w.program + QStringLiteral(" did not reach its first page"))};
    }
    for (int i = 0; i < runs; ++i) {
        // Rotate who goes first, so no one always runs on a warmer machine.
        for (int k = 0; k < n; ++k) {
            Who &w = who[(i + k) % n];
            const ChildRun r = run(w);
            w.ms.push_back(r.ms);
            w.rss.push_back(r.maxRssKb / 1024.0);
        }
    }
    const QString words = QStringLiteral("bare QWizard, the same words, weights and window size");
    const double crossmaMs = median(who[0].ms);
    return {
        {QStringLiteral("start-up to first page"), crossmaMs, median(who[1].ms), QStringLiteral("ms"),
         words, 1.2, spread(who[0].ms) + QStringLiteral(", on CPU %1").arg(cpu)},
        {QStringLiteral("  same, against it with our libraries"), crossmaMs, median(who[6].ms),
         QStringLiteral("ms"), QStringLiteral("the same, also loading Network and the keychain"), 0,
         QStringLiteral("what is left is the product's own code")},
        {QStringLiteral("  same, against the intro alone"), crossmaMs, median(who[2].ms),
         QStringLiteral("ms"), QStringLiteral("bare QWizard, the two intro paragraphs"), 0,
         QStringLiteral("the floor until 2026-12: a third of the words, a smaller window")},
        {QStringLiteral("  same, against an empty page"), crossmaMs, median(who[3].ms),
         QStringLiteral("ms"), QStringLiteral("bare QWizard, empty page"), 0,
         QStringLiteral("hides the CJK font cost")},
        {QStringLiteral("  same, with --sandbox"), median(who[4].ms), median(who[5].ms),
         QStringLiteral("ms"), words, 1.2,
         QStringLiteral("both unpinned: the practice malls' keys are made on a worker thread")},
        {QStringLiteral("start-up peak memory"), median(who[0].rss), median(who[1].rss),
         QStringLiteral("MiB"), words, 1.1,
         QStringLiteral("intro alone %1 MiB, empty page %2 MiB")
             .arg(median(who[2].rss), 0, 'f', 1)
             .arg(median(who[3].rss), 0, 'f', 1)},
        {QStringLiteral("  same, against it with our libraries"),
         median(who[0].rss),
         median(who[6].rss),
         QStringLiteral("MiB"),
         QStringLiteral("the same, also loading Network and the keychain"),
         0,
         {}},
    };
}

}  // namespace crossma::bench
