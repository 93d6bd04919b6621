// crossma_bench: every bench of crossma-setup in one table.
//   crossma_bench [runs]   (default 11; medians of alternating runs)
// The UI-stall and re-check rows need a Secret Service: run it through
// `packaging/dev.sh bench`, which gives it a private D-Bus session with an
// unlocked throw-away gnome-keyring. Not part of ctest: timings on a shared
// machine are reported, never asserted.
#include "benches.h"

#include "benchprofile.h"
#include "sandboxthread.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace crossma::bench;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The wizard under test speaks Japanese, as the start-up floor does.
    qputenv("CROSSMA_LANG", "ja");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 11;
    const Paths paths{QStringLiteral(CROSSMA_APP_BINARY),
                      QStringLiteral(CROSSMA_BARE_WIZARD_BINARY),
                      QStandardPaths::findExecutable(QStringLiteral("curl"))};

    QList<Row> rows = startupRows(paths, runs);
    SandboxThread sandbox;
    if (!sandbox.isStarted()) {
        std::fprintf(stderr, "the sandbox malls did not start: %s\n", qPrintable(sandbox.error()));
        return 1;
    }
    rows += verifyRows(paths, sandbox, runs);
    {
        BenchProfile profile;
        QString why;
        if (profile.keychainWorks(&why)) {
            rows += stallRows(sandbox, profile, runs);
            rows += recheckRows(sandbox, profile, runs);
        } else {
            why = QStringLiteral("needs a keychain (packaging/dev.sh bench): ") + why;
            rows += Row{QStringLiteral("UI stall, 4 activities"), 0, 0, {}, {}, 0, why, false};
            rows += Row{QStringLiteral("re-check all at the slowest's pace"), 0, 0, {}, {}, 0, why,
                        false};
        }
    }
    printTable(rows, runs);
    return 0;
}
