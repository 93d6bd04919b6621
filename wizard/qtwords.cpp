#include "qtwords.h"

#include <QtGlobal>

namespace crossma {

const QList<QtWord> &qtWordsMissingFromQtCatalogue()
{
    static const char kIconProvider[] = "QAbstractFileIconProvider";
    // Exactly as qabstractfileiconprovider.cpp (Qt 6.4) asks for them.
    static const QList<QtWord> words = {
        {kIconProvider,
         QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms")},
        {kIconProvider,
         QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer")},
        {kIconProvider,
         QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms")},
        {kIconProvider, QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Alias", "macOS Finder")},
        {kIconProvider, QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", "")},
        {kIconProvider, QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File", "")},
        {kIconProvider, QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", "")},
    };
    return words;
}

}  // namespace crossma
