#include "normalise.h"

namespace crossma::Normalise {

namespace {
bool isPasteSpace(QChar c)
{
    // QChar::isSpace covers ASCII, U+3000 and NBSP; zero-width characters come
    // along when copying from admin pages and are never part of a key.
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0x200C) || c == QChar(0x200D)
           || c == QChar(0xFEFF);
}

QString stripEnds(const QString &value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && isPasteSpace(value.at(begin)))
        ++begin;
    while (end > begin && isPasteSpace(value.at(end - 1)))
        --end;
    return value.mid(begin, end - begin);
}
}  // namespace

QString trimPasted(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028)
            || c == QChar(0x2029))
            continue;
        out.append(c);
    }
    return stripEnds(out);
}

QString toHalfWidth(const QString &value)
{
    QString folded = value.normalized(QString::NormalizationForm_KC);
    // NFKC leaves the ideographic space alone in some Qt versions' tables.
    folded.replace(QChar(0x3000), QLatin1Char(' '));
    return folded;
}

namespace {

// Lines split at CR LF, CR, LF and the Unicode line and paragraph separators.
// (A loop, not a regular expression: stored values are normalised as the
// wizard opens, which then need not load and compile PCRE2.)
QStringList splitLines(const QString &value)
{
    QStringList lines;
    QString line;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool cr = c == QLatin1Char('\r');
        if (cr || c == QLatin1Char('\n') || c == QChar(0x2028) || c == QChar(0x2029)) {
            if (cr && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                ++i;
            lines.append(line);
            line.clear();
        } else {
            line.append(c);
        }
    }
    lines.append(line);
    return lines;
}

}  // namespace

QString field(const FieldSpec &spec, const QString &value)
{
    if (spec.kind == FieldSpec::Kind::Multiline) {
        QStringList lines = splitLines(value);
        for (QString &line : lines)
            line = stripEnds(line);
        while (!lines.isEmpty() && lines.first().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        QString joined = lines.join(QLatin1Char('\n'));
        return spec.charset == FieldSpec::Charset::Any ? joined : toHalfWidth(joined);
    }
    if (spec.kind == FieldSpec::Kind::File)
        return stripEnds(value);
    QString v = trimPasted(value);
    if (spec.charset != FieldSpec::Charset::Any)
        v = stripEnds(toHalfWidth(v));
    return v;
}

bool isPrintableAsciiToken(const QString &value)
{
    for (QChar c : value) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
            return false;
    }
    return true;
}

}  // namespace crossma::Normalise
