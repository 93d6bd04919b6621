#pragma once

#include <QList>

namespace crossma {

// A word Qt's own widgets show, as Qt asks for its translation.
struct QtWord {
    const char *context;
    struct {
        const char *source;
        const char *disambiguation;
    } text;  // as QT_TRANSLATE_NOOP3 gives it
};

// Words of Qt's file dialog that Qt 6.4's Japanese catalogue (qtbase_ja) does
// not translate: its type column said 「Folder」. The product's own catalogue
// carries them (this list is where lupdate finds them); it is installed next
// to Qt's, so Qt finds them there.
const QList<QtWord> &qtWordsMissingFromQtCatalogue();

}  // namespace crossma
