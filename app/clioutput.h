#pragma once

#include "core/secretredactor.h"

#include <QJsonObject>
#include <QString>

namespace crossma {

// Where the command line writes. Human text goes to stdout (results) or stderr
// (problems); with --json exactly one object goes to stdout and nothing else.
// Everything passes through the redactor first, so a secret is never printed
// even if a mall or Qt echoes it back.
class CliOutput
{
public:
    explicit CliOutput(bool json) : m_json(json) {}

    bool json() const { return m_json; }
    SecretRedactor &redactor() { return m_redactor; }

    void text(const QString &text);          // stdout, human mode only
    void error(const QString &text);         // stderr, human mode only
    void object(const QJsonObject &object);  // stdout, JSON mode only, once

private:
    bool m_json;
    bool m_objectWritten = false;
    SecretRedactor m_redactor;
};

}  // namespace crossma
