// The yardstick for crossma-setup's start-up: a QWizard with one page, from
// the same Qt, stopping at the same point (--exit-after-first-page). With
// --japanese the page shows the product's Japanese welcome text with the
// same translators loaded (the product's and Qt's own): the floor of any
// Japanese Qt program. Without it the page is empty.
#include "firstpagewatcher.h"

#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QTranslator>
#include <QVBoxLayout>
#include <QWizard>

#include <cstdio>

namespace {

// The welcome page's two paragraphs, by their source text, so that the
// translation comes from the same catalogue the product uses.
const char kContext[] = "crossma::WelcomePage";
const char kIntro[] =
    "This wizard links your shops at the malls to クロスマ. For each mall you will "
    "① prepare the mall's admin screen, ② enter the values it shows you and ③ run a "
    "connection test; only values the mall accepted are saved. Passwords and keys are "
    "kept in this computer's password store (keychain).";
const char kChoose[] = "Choose the malls to set up now. You can set up the others on "
                       "another day by opening this wizard again.";

bool loadJapanese(QApplication &app)
{
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    auto *product = new QTranslator(&app);
    auto *qt = new QTranslator(&app);
    if (!product->load(QStringLiteral(CROSSMA_JA_QM))
        || !qt->load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return false;
    QCoreApplication::installTranslator(product);
    QCoreApplication::installTranslator(qt);
    return true;
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QWizard wizard;
    auto *page = new QWizardPage;
    if (arguments.contains(QStringLiteral("--japanese"))) {
        if (!loadJapanese(app))
            return 3;
        const QString intro = QCoreApplication::translate(kContext, kIntro);
        // The source text changed: this floor no longer shows the product's words.
        if (intro == QLatin1String(kIntro)) {
            std::fprintf(stderr, "the welcome text has no Japanese translation any more\n");
            return 4;
        }
        auto *layout = new QVBoxLayout(page);
        for (const QString &text : {intro, QCoreApplication::translate(kContext, kChoose)}) {
            auto *label = new QLabel(text, page);
            label->setWordWrap(true);
            layout->addWidget(label);
        }
        layout->addStretch(1);
    }
    wizard.addPage(page);
    if (arguments.contains(QStringLiteral("--exit-after-first-page")))
        crossma::exitAfterFirstPage(&wizard);
    wizard.show();
    return app.exec();
}
