#pragma once

#include "fieldspec.h"

#include <QList>
#include <QString>

namespace crossma {

class Connector;

// One field whose shape fits a pasted value.
struct ShapeCandidate {
    QString mallId;
    QString mallName;  // translated, e.g. "楽天市場"
    QString fieldId;
    QString fieldLabel;  // translated, e.g. "ライセンスキー"
    ShapeConfidence confidence = ShapeConfidence::None;
    QString value;  // the pasted text as that connector stores it (normalised)
};

// Where a pasted value belongs, across every mall the product knows.
struct ShapeAnswer {
    enum class Verdict {
        Unknown,    // no field's shape fits
        Unique,     // exactly one field fits clearly: candidates.first()
        Ambiguous,  // several fields fit as well, or only weakly: ask the seller
    };
    Verdict verdict = Verdict::Unknown;
    QList<ShapeCandidate> candidates;  // strongest first

    bool isUnique() const { return verdict == Verdict::Unique; }
    const ShapeCandidate &best() const { return candidates.first(); }  // not when Unknown
    QList<ShapeCandidate> inMall(const QString &mallId) const;
    bool fits(const QString &mallId, const QString &fieldId) const;
};

namespace ShapeRecognition {

// Asks every field of every connector whether `pasted` has its shape (each
// field sees the text cleaned by its own Normalise::field rules, so spaces of
// any width, full-width characters and line breaks do not matter).
//
// Unique needs a single strongest candidate that is at least Likely. With a
// `pageMallId` (the page the seller pastes on), its fields come first among
// equals, and a clear match at another mall stays Ambiguous when a field of
// the page's mall fits too, if only weakly: the seller is more likely pasting
// for the page in front of them, and must be asked rather than told it is the
// other mall's value.
ShapeAnswer recognise(const QList<const Connector *> &connectors, const QString &pasted,
                      const QString &pageMallId = QString());

}  // namespace ShapeRecognition
}  // namespace crossma
