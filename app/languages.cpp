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

namespace {
bool localeFor(const QString &code, QLocale *out)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("ja")) {
        *out = QLocale(QLocale::Japanese, QLocale::Japan);
        return true;
    }
    if (c == QLatin1String("en")) {
        *out = QLocale(QLocale::English, QLocale::UnitedStates);
        return true;
    }
    return false;
}
}  // namespace

bool chooseLocale(bool hasRequest, const QString &requested, QLocale *out)
{
    if (hasRequest)
        return localeFor(requested, out);
    // A bad CROSSMA_LANG is ignored rather than fatal: it is a convenience.
    if (localeFor(qEnvironmentVariable("CROSSMA_LANG"), out))
        return true;
    *out = QLocale::system().language() == QLocale::Japanese
               ? QLocale(QLocale::Japanese, QLocale::Japan)
               : QLocale(QLocale::English, QLocale::UnitedStates);
    return true;
}

bool requestedLanguage(const QStringList &arguments, QString *value)
{
    const QString prefix = QStringLiteral("--lang=");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang")) {
            *value = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            return true;
        }
        if (arg.startsWith(prefix)) {
            *value = arg.mid(prefix.size());
            return true;
        }
    }
    return false;
}

}  // namespace crossma
