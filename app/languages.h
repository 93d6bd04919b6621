#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace crossma {

// Loads the product's and Qt's own translations (次へ, 戻る, キャンセル) for
// `locale`. Japanese is the default on a Japanese system; English elsewhere.
void installTranslations(QCoreApplication &app, const QLocale &locale);

// The language to show: `--lang ja|en` wins, then the CROSSMA_LANG environment
// variable (scripts and tests), then the system locale. Returns false, leaving
// `out` untouched, when a requested language is neither "ja" nor "en".
bool chooseLocale(bool hasRequest, const QString &requested, QLocale *out);

// Finds `--lang X` / `--lang=X` in `arguments` before the real parser runs,
// so that the parser's own help text is already translated.
bool requestedLanguage(const QStringList &arguments, QString *value);

}  // namespace crossma
