#include "clioutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace crossma {

namespace {
void write(FILE *stream, const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
}  // namespace

void CliOutput::text(const QString &text)
{
    if (!m_json)
        write(stdout, m_redactor.apply(text));
}

void CliOutput::error(const QString &text)
{
    if (!m_json)
        write(stderr, m_redactor.apply(text));
}

void CliOutput::object(const QJsonObject &object)
{
    // One object per run keeps `… --json | jq` and the tests simple.
    if (!m_json || m_objectWritten)
        return;
    m_objectWritten = true;
    const QJsonObject clean = m_redactor.apply(QJsonValue(object)).toObject();
    write(stdout, QString::fromUtf8(QJsonDocument(clean).toJson(QJsonDocument::Indented)));
}

}  // namespace crossma
