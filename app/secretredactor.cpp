#include "secretredactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace crossma {

void SecretRedactor::add(const QString &secret)
{
    if (secret.size() < kMinLength)
        return;
    const QStringList forms = {
        secret,
        QString::fromLatin1(QUrl::toPercentEncoding(secret)),
        // application/x-www-form-urlencoded, as in a token request body.
        QString::fromLatin1(QUrl::toPercentEncoding(secret, " ")).replace(QLatin1Char(' '), QLatin1Char('+')),
    };
    for (const QString &form : forms) {
        if (!m_needles.contains(form))
            m_needles.append(form);
    }
    std::sort(m_needles.begin(), m_needles.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString SecretRedactor::apply(const QString &text) const
{
    QString out = text;
    for (const QString &needle : m_needles)
        out.replace(needle, mask());
    return out;
}

QJsonValue SecretRedactor::apply(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String:
        return apply(value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(apply(item));
        return out;
    }
    case QJsonValue::Object: {
        const QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(apply(it.key()), apply(it.value()));
        return out;
    }
    default:
        return value;
    }
}

}  // namespace crossma
