#pragma once

#include "core/fieldspec.h"

#include <QCoreApplication>

namespace crossma {

class Connector;

// The `verify --credentials FILE|-` input: one JSON object of the mall's field
// ids. Error messages never quote a value, nor an unknown key (a secret pasted
// in the wrong place would otherwise be printed).
class CredentialsFile
{
    Q_DECLARE_TR_FUNCTIONS(crossma::CredentialsFile)
public:
    // `path` "-" reads standard input.
    static bool read(const QString &path, const Connector &connector, FieldValues *out,
                     QString *error);
    static bool parse(const QByteArray &json, const Connector &connector, FieldValues *out,
                      QString *error);
};

}  // namespace crossma
