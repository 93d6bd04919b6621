// The yardstick for crossma-setup's start-up: a QWizard with one page, from
// the same Qt, stopping at the same point (--exit-after-first-page). With
// --japanese the page shows the product's two Japanese intro paragraphs with
// the same translators loaded (the product's and Qt's own): the floor of any
// Japanese Qt program. --words FILE shows instead every word of the
// product's first window, in plain labels of the same weight, at the same
// window size (the file comes from the bench, which reads them off the real
// wizard): what showing those words costs, with none of the product's logic.
// Without either the page is empty.
#include "firstpagewatcher.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// The two intro paragraphs, translated; empty if the catalogue lost them.
QStringList introParagraphs()
{
    const QString intro = QCoreApplication::translate(kContext, kIntro);
    // The source text changed: this floor no longer shows the product's words.
    if (intro == QLatin1String(kIntro))
        return {};
    return {intro, QCoreApplication::translate(kContext, kChoose)};
}

// A wrapped label; `points` 0 keeps the default size.
void addLabel(QVBoxLayout *layout, const QString &text, bool bold, double points = 0)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    if (bold || points > 0) {
        QFont font = label->font();
        font.setBold(bold);
        if (points > 0)
            font.setPointSizeF(points);
        label->setFont(font);
    }
    layout->addWidget(label);
}

// {"width": …, "height": …, "texts": [{"text": …, "bold": …, "points": …}, …]}:
// the page shows the texts and the window takes the size. False if unreadable.
bool showWords(const QString &path, QVBoxLayout *layout, QWizard *wizard)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject words = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray texts = words.value(QLatin1String("texts")).toArray();
    for (const QJsonValue &entry : texts) {
        const QJsonObject text = entry.toObject();
        addLabel(layout, text.value(QLatin1String("text")).toString(),
                 text.value(QLatin1String("bold")).toBool(),
                 text.value(QLatin1String("points")).toDouble());
    }
    wizard->resize(words.value(QLatin1String("width")).toInt(),
                   words.value(QLatin1String("height")).toInt());
    return !texts.isEmpty();
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QWizard wizard;
    auto *page = new QWizardPage;
    auto *layout = new QVBoxLayout(page);
    if (arguments.contains(QStringLiteral("--japanese"))) {
        if (!loadJapanese(app))
            return 3;
        const QStringList intro = introParagraphs();
        if (intro.isEmpty()) {
            std::fprintf(stderr, "the welcome text has no Japanese translation any more\n");
            return 4;
        }
        const qsizetype words = arguments.indexOf(QStringLiteral("--words"));
        if (words >= 0 && !showWords(arguments.value(words + 1), layout, &wizard)) {
            std::fprintf(stderr, "no words to show in %s\n", qPrintable(arguments.value(words + 1)));
            return 5;
        }
        if (words < 0) {
            for (const QString &paragraph : intro)
                addLabel(layout, paragraph, false);
        }
    }
    layout->addStretch(1);
    wizard.addPage(page);
    if (arguments.contains(QStringLiteral("--exit-after-first-page")))
        crossma::exitAfterFirstPage(&wizard);
    wizard.show();
    return app.exec();
}
