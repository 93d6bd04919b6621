#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace crossma {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const bool japanese = locale.language() == QLocale::Japanese;
    auto *product = new QTranslator(&app);
    if (product->load(japanese ? QStringLiteral(":/i18n/crossma-setup_ja.qm")
                               : QStringLiteral(":/i18n/crossma-setup_en.qm")))
        QCoreApplication::installTranslator(product);
    if (japanese) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
}

}  // namespace crossma
