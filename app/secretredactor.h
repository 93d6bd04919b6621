#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace crossma {

// Last line of defence for the command line's output: every text printed passes
// through apply(), which masks each known secret value, also in the
// percent-encoded form it takes inside a URL (Qt's network errors quote URLs,
// and 楽天 puts the license key in the query).
class SecretRedactor
{
public:
    // Values shorter than this are not masked: they cannot be real keys, and
    // masking them would garble ordinary words.
    static constexpr int kMinLength = 4;
    static QString mask() { return QStringLiteral("****"); }

    void add(const QString &secret);
    QString apply(const QString &text) const;
    QJsonValue apply(const QJsonValue &value) const;

private:
    QStringList m_needles;  // longest first
};

}  // namespace crossma
