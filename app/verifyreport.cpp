#include "verifyreport.h"

#include "core/secretredactor.h"

#include <QJsonArray>

namespace crossma {

namespace {
QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(pad);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject baseObject(const QString &mallId, bool ok, const QString &code, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("mall"), mallId);
    o.insert(QStringLiteral("ok"), ok);
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("mallCode"), QString());
    o.insert(QStringLiteral("mallMessage"), QString());
    o.insert(QStringLiteral("facts"), QJsonObject());
    return o;
}
}  // namespace

ExitCode VerifyReport::exitCode(const VerifyResult &result)
{
    switch (result.verdict()) {
    case VerifyResult::Verdict::Verified:
        return ExitCode::Verified;
    case VerifyResult::Verdict::Rejected:
        return ExitCode::Rejected;
    case VerifyResult::Verdict::InvalidInput:
        return ExitCode::Usage;
    case VerifyResult::Verdict::NoVerdict:
        break;
    }
    return ExitCode::NoVerdict;
}

QJsonObject VerifyReport::json(const QString &mallId, const VerifyResult &shown)
{
    const VerifyResult result = SecretRedactor::session().apply(shown);
    QJsonObject o = baseObject(mallId, result.ok(), result.code, result.message);
    o.insert(QStringLiteral("mallCode"), result.mallCode);
    o.insert(QStringLiteral("mallMessage"), result.mallMessage);
    o.insert(QStringLiteral("facts"), QJsonObject::fromVariantMap(result.facts));
    o.insert(QStringLiteral("causes"), QJsonArray::fromStringList(result.causes));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    return o;
}

QString VerifyReport::text(const QString &mallName, const VerifyResult &shown)
{
    const VerifyResult result = SecretRedactor::session().apply(shown);
    QStringList lines;
    switch (result.verdict()) {
    case VerifyResult::Verdict::Verified:
        lines << tr("%1: connection test passed.").arg(mallName);
        break;
    case VerifyResult::Verdict::NoVerdict:
        lines << tr("%1: the connection test could not be completed (%2).").arg(mallName, result.code);
        break;
    default:
        lines << tr("%1: connection test failed (%2).").arg(mallName, result.code);
        break;
    }
    if (!result.message.isEmpty())
        lines << indent(result.message, 2);
    for (const QString &warning : result.warnings)
        lines << indent(tr("Note: %1").arg(warning), 2);
    if (!result.causes.isEmpty()) {
        lines << indent(tr("Likely causes:"), 2);
        for (int i = 0; i < result.causes.size(); ++i)
            lines << indent(QStringLiteral("%1. %2").arg(i + 1).arg(result.causes.at(i)), 4);
    }
    if (!result.mallCode.isEmpty() || !result.mallMessage.isEmpty()) {
        const QString quoted =
            QStringList{result.mallCode, result.mallMessage}.join(QLatin1Char(' ')).trimmed();
        // Without a mall code on a failed connection, the text is Qt's, not the mall's.
        const bool transport = result.mallCode.isEmpty()
                               && result.verdict() == VerifyResult::Verdict::NoVerdict;
        lines << indent(transport ? tr("Technical details: %1").arg(quoted)
                                  : tr("Answer from %1: %2").arg(mallName, quoted),
                        2);
    }
    if (!result.facts.isEmpty()) {
        lines << indent(tr("Details:"), 2);
        for (auto it = result.facts.begin(); it != result.facts.end(); ++it)
            lines << indent(QStringLiteral("%1: %2").arg(it.key(), it.value().toString()), 4);
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject VerifyReport::problemJson(const QString &mallId, const char *code,
                                      const QString &message, const QList<Problem> &problems)
{
    QJsonObject o = baseObject(mallId, false, QString::fromLatin1(code), message);
    if (!problems.isEmpty()) {
        QJsonArray list;
        for (const Problem &p : problems) {
            list.append(QJsonObject{{QStringLiteral("field"), p.fieldId},
                                    {QStringLiteral("message"), p.message}});
        }
        o.insert(QStringLiteral("problems"), list);
    }
    return o;
}

QString VerifyReport::problemText(const QString &message, const QList<Problem> &problems)
{
    QStringList lines{message};
    for (const Problem &p : problems)
        lines << indent(
            QStringLiteral("%1: %2").arg(p.label.isEmpty() ? p.fieldId : p.label, p.message), 2);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace crossma
