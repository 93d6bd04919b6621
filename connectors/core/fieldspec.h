#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace crossma {

// Values the seller typed, keyed by the field ids of MALLS.md.
using FieldValues = QMap<QString, QString>;

// How sure a field is that a pasted value is one of its own, from its shape
// alone (offline): Certain for a distinctive prefix or structure (Atzr|…),
// Likely for a shape few other values share (64 hex digits), Weak for a shape
// many values share (a short lower-case word).
enum class ShapeConfidence { None, Weak, Likely, Certain };

// What a connector says about one of its input fields. The wizard builds the
// "② 入力" block from these, and CredentialStore uses `secret` to decide
// keychain vs. settings.
struct FieldSpec {
    enum class Kind {
        Text,       // one line
        Multiline,  // a pasted PEM block, for instance
        Choice,     // one of `choices`
        File,       // a path the seller picks or drops (the Yahoo certificate ZIP)
        Hidden,     // filled by the product itself (a refresh token from a login)
    };
    enum class Charset {
        Any,     // only surrounding white space is trimmed
        Ascii,   // full-width letters, digits and symbols become half-width (NFKC)
        Digits,  // like Ascii, and only 0-9 may remain
    };

    QString id;           // stable, e.g. "licenseKey"
    QString label;        // translated, e.g. "ライセンスキー"
    QString placeholder;  // translated example of the shape
    QString help;         // translated: where the seller finds this value
    Kind kind = Kind::Text;
    Charset charset = Charset::Ascii;
    bool secret = false;  // masked on screen, stored only in the keychain
    bool optional = false;
    bool advanced = false;  // shown folded under 詳細設定: overrides few sellers need
    int maxLength = 0;      // 0 = no limit
    QString defaultValue;
    QList<QPair<QString, QString>> choices;  // value, translated label (Kind::Choice)
    // Recognises this field's values in what the seller pasted, given the
    // value after Normalise::field. Empty: the field never claims a paste.
    std::function<ShapeConfidence(const QString &cleaned)> shape;
};

// A per-field problem found offline, shown under that field.
struct FieldProblem {
    QString fieldId;
    QString message;  // translated, says what to do
};

}  // namespace crossma
