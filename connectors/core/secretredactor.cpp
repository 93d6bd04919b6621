#include "secretredactor.h"

#include "verifyresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace crossma {

namespace {
std::atomic<QtMessageHandler> g_previousHandler{nullptr};

void maskingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = SecretRedactor::session().apply(message);
    if (const QtMessageHandler next = g_previousHandler.load())
        next(type, context, clean);
    else
        fprintf(stderr, "%s\n", qPrintable(clean));
}

void installLogFilterOnce()
{
    static std::atomic_bool installed{false};
    if (!installed.exchange(true))
        SecretRedactor::installLogFilter();
}
}  // namespace

void SecretRedactor::installLogFilter()
{
    const QtMessageHandler previous = qInstallMessageHandler(maskingHandler);
    if (previous != maskingHandler)
        g_previousHandler.store(previous);
}

SecretRedactor::SecretRedactor(const SecretRedactor &other)
{
    QMutexLocker lock(&other.m_mutex);
    m_needles = other.m_needles;
}

SecretRedactor &SecretRedactor::operator=(const SecretRedactor &other)
{
    if (this != &other) {
        QStringList copy;
        {
            QMutexLocker lock(&other.m_mutex);
            copy = other.m_needles;
        }
        QMutexLocker lock(&m_mutex);
        m_needles = copy;
    }
    return *this;
}

SecretRedactor &SecretRedactor::session()
{
    static SecretRedactor instance;
    return instance;
}

void SecretRedactor::add(const QString &secret)
{
    if (secret.size() < kMinLength)
        return;
    // A PEM key is masked line by line too: a server may echo just a part.
    if (secret.contains(QLatin1Char('\n'))) {
        for (const QString &line : secret.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (trimmed.size() >= 16 && !trimmed.startsWith(QLatin1String("-----")))
                add(trimmed);
        }
    }
    const QStringList forms = {
        secret,
        QString::fromLatin1(QUrl::toPercentEncoding(secret)),
        // application/x-www-form-urlencoded, as in a token request body.
        QString::fromLatin1(QUrl::toPercentEncoding(secret, " "))
            .replace(QLatin1Char(' '), QLatin1Char('+')),
    };
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &form : forms) {
            if (!m_needles.contains(form))
                m_needles.append(form);
        }
        std::sort(m_needles.begin(), m_needles.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }
    if (this == &session())
        installLogFilterOnce();
}

bool SecretRedactor::isEmpty() const
{
    QMutexLocker lock(&m_mutex);
    return m_needles.isEmpty();
}

QString SecretRedactor::applyOwn(const QString &text) const
{
    QMutexLocker lock(&m_mutex);
    QString out = text;
    for (const QString &needle : m_needles)
        out.replace(needle, mask());
    return out;
}

QString SecretRedactor::apply(const QString &text) const
{
    const QString own = applyOwn(text);
    return this == &session() ? own : session().applyOwn(own);
}

QStringList SecretRedactor::apply(const QStringList &texts) const
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &text : texts)
        out.append(apply(text));
    return out;
}

QVariantMap SecretRedactor::apply(const QVariantMap &map) const
{
    QVariantMap out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::QString)
            out.insert(it.key(), apply(v.toString()));
        else if (v.typeId() == QMetaType::QStringList)
            out.insert(it.key(), apply(v.toStringList()));
        else
            out.insert(it.key(), v);
    }
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

VerifyResult SecretRedactor::apply(const VerifyResult &result) const
{
    VerifyResult out = result;
    out.message = apply(result.message);
    out.causes = apply(result.causes);
    out.mallCode = apply(result.mallCode);
    out.mallMessage = apply(result.mallMessage);
    out.warnings = apply(result.warnings);
    out.facts = apply(result.facts);
    return out;
}

}  // namespace crossma
