// crossma_bench: every bench of crossma-setup in one table.
//   crossma_bench [runs]   (default 11; medians of alternating runs)
//   crossma_bench RUNS startup|verify|stall|recheck   one bench only
//   crossma_bench 1 --serve   the fakes only, printing verify's arguments (profiling)
// The UI-stall and re-check rows need a Secret Service: run it through
// `packaging/dev.sh bench`, which gives it a private D-Bus session with an
// unlocked throw-away gnome-keyring. Not part of ctest: timings on a shared
// machine are reported, never asserted.
#include "benches.h"

#include "benchprofile.h"
#include "commandmain.h"
#include "mallpages.h"
#include "sandboxthread.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace crossma::bench;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The wizard under test speaks Japanese, as the start-up floor does.
    qputenv("CROSSMA_LANG", "ja");
    QApplication app(argc, argv);
    // Japanese, as the wizard's own start installs it (CROSSMA_LANG): the
    // start-up floor reads its words off the wizard.
    if (!crossma::setUpLanguage(app))
        return 2;
    crossma::registerMallPages();  // the wizard under test builds mall pages
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 11;
    const Paths paths{QStringLiteral(CROSSMA_APP_BINARY), QStringLiteral(CROSSMA_BARE_WIZARD_BINARY),
                      QStringLiteral(CROSSMA_BARE_WIZARD_STACK_BINARY),
                      QStringLiteral(CROSSMA_BARE_HTTPS_BINARY),
                      QStandardPaths::findExecutable(QStringLiteral("curl"))};

    const bool serve = argc > 2 && qstrcmp(argv[2], "--serve") == 0;
    // A third argument picks one bench: startup, verify, stall or recheck.
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    auto wanted = [&only](const char *name) { return only.isEmpty() || only == QLatin1String(name); };
    QList<Row> rows = wanted("startup") ? startupRows(paths, runs) : QList<Row>{};
    SandboxThread sandbox;
    if (!sandbox.isStarted()) {
        std::fprintf(stderr, "the sandbox malls did not start: %s\n", qPrintable(sandbox.error()));
        return 1;
    }
    if (serve) {
        // For profiling by hand: serve the fakes and print verify's arguments.
        QTemporaryDir dir;
        std::printf("%s\n", qPrintable(verifyArguments(sandbox, dir).join(QLatin1Char(' '))));
        std::fflush(stdout);
        return app.exec();
    }
    if (wanted("verify"))
        rows += verifyRows(paths, sandbox, runs);
    if (wanted("stall") || wanted("recheck")) {
        BenchProfile profile;
        QString why;
        if (profile.keychainWorks(&why)) {
            if (wanted("stall"))
                rows += stallRows(sandbox, profile, runs);
            if (wanted("recheck"))
                rows += recheckRows(sandbox, profile, runs);
        } else {
            why = QStringLiteral("needs a keychain (packaging/dev.sh bench): ") + why;
            rows += Row{QStringLiteral("UI stall, 4 activities"), 0, 0, {}, {}, 0, why, false};
            rows += Row{
                QStringLiteral("re-check all at the slowest's pace"), 0, 0, {}, {}, 0, why, false};
        }
    }
    printTable(rows, runs);
    return 0;
}
