// What starts crossma-setup again later (a reminder's click, the autostart
// entry, the systemd timer) names the launcher the seller started, as the
// launcher said in CROSSMA_PROGRAM, never the program behind it; anything
// that is not an absolute path to a program falls back to this program.
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "core/programpath.h"
#include "dailycheck.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace crossma;

namespace {

// Sets the variable for one scope and puts the old value back.
struct ScopedVariable {
    QByteArray old = qgetenv(kProgramVariable);
    bool had = qEnvironmentVariableIsSet(kProgramVariable);
    explicit ScopedVariable(const QString &value) { qputenv(kProgramVariable, value.toUtf8()); }
    ~ScopedVariable()
    {
        if (had)
            qputenv(kProgramVariable, old);
        else
            qunsetenv(kProgramVariable);
    }
};

}  // namespace

TEST_CASE("The program to start again is the launcher's path when it gave a real one", "[launcher]")
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString launcher = test::appBinary();
    {
        ScopedVariable given(launcher);
        CHECK(programPath() == launcher);
        CHECK(DailyCheck::forThisProgram(QStringLiteral("crossma-setup"), false).program == launcher);
    }
    QTemporaryDir dir;
    for (const QString &bad : {QString(), QStringLiteral("crossma-setup"),
                               dir.path() + QStringLiteral("/missing"), dir.path()}) {
        ScopedVariable given(bad);
        INFO("CROSSMA_PROGRAM=" << bad.toStdString());
        CHECK(programPath() == self);
    }
}
