#pragma once

#include <QLocale>

class QCoreApplication;

namespace crossma {

// Loads the product's and Qt's own translations (次へ, 戻る, キャンセル) for
// `locale`. Japanese is the default on a Japanese system; English elsewhere.
void installTranslations(QCoreApplication &app, const QLocale &locale);

}  // namespace crossma
