#include "credentialsfile.h"

#include "core/connector.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace crossma {

bool CredentialsFile::read(const QString &path, const Connector &connector, FieldValues *out,
                           QString *error)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = tr("The credentials file %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    // Credentials are a few kilobytes at most; a cap keeps a wrong file harmless.
    const QByteArray data = file.read(1024 * 1024);
    return parse(data, connector, out, error);
}

bool CredentialsFile::parse(const QByteArray &json, const Connector &connector, FieldValues *out,
                            QString *error)
{
    QStringList known;
    for (const FieldSpec &spec : connector.fields())
        known.append(spec.id);
    const QString knownList = known.join(QStringLiteral(", "));

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            tr("The credentials are not a JSON object of field names (%1). Use for example "
               "{\"%2\": \"…\"}.")
                .arg(parseError.error != QJsonParseError::NoError
                         ? tr("%1 at character %2").arg(parseError.errorString()).arg(parseError.offset)
                         : tr("the top level is not an object"),
                     known.value(0));
        return false;
    }
    FieldValues values;
    int unknown = 0;
    const QJsonObject obj = doc.object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!known.contains(it.key())) {
            ++unknown;
            continue;
        }
        const FieldSpec spec = connector.field(it.key());
        QString value;
        if (it.value().isString())
            value = it.value().toString();
        else if (it.value().isDouble())
            value = it.value().toVariant().toString();
        else {
            *error = tr("The value of \"%1\" must be a string.").arg(it.key());
            return false;
        }
        // A certificate ZIP given on the command line is relative to where it was typed.
        if (spec.kind == FieldSpec::Kind::File && !value.trimmed().isEmpty())
            value = QFileInfo(value.trimmed()).absoluteFilePath();
        values.insert(it.key(), value);
    }
    if (unknown > 0) {
        *error =
            tr("The credentials hold %n name(s) that are not fields of %1. The fields are: %2.",
               nullptr, unknown)
                .arg(connector.displayName(), knownList);
        return false;
    }
    *out = values;
    return true;
}

}  // namespace crossma
