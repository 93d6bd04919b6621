#include "connector.h"

#include "normalise.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace crossma {

FieldValues Connector::normalise(const FieldValues &raw) const
{
    FieldValues out;
    for (const FieldSpec &spec : fields()) {
        const QString value = Normalise::field(spec, raw.value(spec.id));
        if (!value.isEmpty())
            out.insert(spec.id, value);
        else if (!spec.defaultValue.isEmpty() && !raw.contains(spec.id))
            out.insert(spec.id, spec.defaultValue);
    }
    return out;
}

QList<FieldProblem> Connector::check(const FieldValues &normalised) const
{
    QList<FieldProblem> problems;
    for (const FieldSpec &spec : fields()) {
        if (spec.kind == FieldSpec::Kind::Hidden)
            continue;
        const QString value = normalised.value(spec.id);
        if (value.isEmpty()) {
            if (!spec.optional)
                problems.append({spec.id, tr("Please enter the %1.").arg(spec.label)});
            continue;
        }
        if (spec.maxLength > 0 && value.size() > spec.maxLength) {
            problems.append({spec.id, tr("The %1 is %2 characters long, but it can be at most %3. "
                                         "Check that nothing else was copied with it.")
                                          .arg(spec.label)
                                          .arg(value.size())
                                          .arg(spec.maxLength)});
            continue;
        }
        if (spec.charset == FieldSpec::Charset::Digits
            && !QRegularExpression(QStringLiteral("^[0-9]+$")).match(value).hasMatch()) {
            problems.append({spec.id, tr("The %1 can only contain the digits 0-9.").arg(spec.label)});
        }
    }
    return problems;
}

FieldSpec Connector::field(const QString &id) const
{
    for (const FieldSpec &spec : fields()) {
        if (spec.id == id)
            return spec;
    }
    return {};
}

QStringList Connector::secretFieldIds() const
{
    QStringList ids;
    for (const FieldSpec &spec : fields()) {
        if (spec.secret)
            ids.append(spec.id);
    }
    return ids;
}

QByteArray Connector::fingerprint(const FieldValues &normalised)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = normalised.begin(); it != normalised.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const QByteArray value = it.value().toUtf8();
        // Length-prefixed so that {"a":"bc"} and {"ab":"c"} differ.
        hash.addData(QByteArray::number(key.size()) + ':' + key);
        hash.addData(QByteArray::number(value.size()) + ':' + value);
    }
    return hash.result().toHex();
}

QList<ExpiryFact> Connector::expiryFacts(const QVariantMap &facts, const QDateTime &now) const
{
    return crossma::expiryFacts(expiries(), facts, now);
}

}  // namespace crossma
