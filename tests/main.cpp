// The Catch2 runner: compiling all of Catch takes ~30 s, so this file stays
// alone and rarely changes. Every test runs inside one QApplication on the
// offscreen platform, with the Japanese translation loaded as a seller sees it.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>

#include "languages.h"
#include "look.h"
#include "mallpages.h"

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("crossma-setup-tests"));
    QApplication::setApplicationName(QStringLiteral("crossma-setup-tests"));
    crossma::installTranslations(app, QLocale(QLocale::Japanese, QLocale::Japan));
    crossma::registerMallPages();  // as the wizard's program does
    crossma::look::install();      // likewise
    return Catch::Session().run(argc, argv);
}
