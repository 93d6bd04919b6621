#include "shaperecognition.h"

#include "connector.h"
#include "normalise.h"

#include <algorithm>

namespace crossma {

QList<ShapeCandidate> ShapeAnswer::inMall(const QString &mallId) const
{
    QList<ShapeCandidate> out;
    for (const ShapeCandidate &c : candidates) {
        if (c.mallId == mallId)
            out.append(c);
    }
    return out;
}

bool ShapeAnswer::fits(const QString &mallId, const QString &fieldId) const
{
    return std::any_of(candidates.begin(), candidates.end(), [&](const ShapeCandidate &c) {
        return c.mallId == mallId && c.fieldId == fieldId;
    });
}

namespace ShapeRecognition {

namespace {
QList<ShapeCandidate> candidatesOf(const Connector &connector, const QString &pasted)
{
    QList<ShapeCandidate> out;
    for (const FieldSpec &spec : connector.fields()) {
        if (!spec.shape || spec.kind == FieldSpec::Kind::Hidden)
            continue;
        const QString cleaned = Normalise::field(spec, pasted);
        if (cleaned.isEmpty())
            continue;
        const ShapeConfidence confidence = spec.shape(cleaned);
        if (confidence == ShapeConfidence::None)
            continue;
        // The connector's own form (a canonical shop URL, a PEM with its lines restored).
        const QString value = connector.normalise({{spec.id, pasted}}).value(spec.id, cleaned);
        out.append({connector.id(), connector.displayName(), spec.id, spec.label, confidence, value});
    }
    return out;
}

ShapeAnswer::Verdict verdictOf(const QList<ShapeCandidate> &sorted, const QString &pageMallId)
{
    if (sorted.isEmpty())
        return ShapeAnswer::Verdict::Unknown;
    const ShapeCandidate &top = sorted.first();
    const bool tied = sorted.size() > 1 && sorted.at(1).confidence == top.confidence;
    if (tied || top.confidence < ShapeConfidence::Likely)
        return ShapeAnswer::Verdict::Ambiguous;
    const bool pageFitsToo = std::any_of(sorted.begin(), sorted.end(), [&](const ShapeCandidate &c) {
        return c.mallId == pageMallId;
    });
    if (!pageMallId.isEmpty() && top.mallId != pageMallId && pageFitsToo)
        return ShapeAnswer::Verdict::Ambiguous;
    return ShapeAnswer::Verdict::Unique;
}
}  // namespace

ShapeAnswer recognise(const QList<const Connector *> &connectors, const QString &pasted,
                      const QString &pageMallId)
{
    ShapeAnswer answer;
    for (const Connector *connector : connectors)
        answer.candidates += candidatesOf(*connector, pasted);
    // Strongest first; among equals the page's mall, then the connectors' order.
    std::stable_sort(answer.candidates.begin(), answer.candidates.end(),
                     [&](const ShapeCandidate &a, const ShapeCandidate &b) {
                         if (a.confidence != b.confidence)
                             return a.confidence > b.confidence;
                         return a.mallId == pageMallId && b.mallId != pageMallId;
                     });
    answer.verdict = verdictOf(answer.candidates, pageMallId);
    return answer;
}

}  // namespace ShapeRecognition
}  // namespace crossma
