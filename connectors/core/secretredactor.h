#pragma once

#include <QJsonValue>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace crossma {

struct VerifyResult;

// The one masker every text passes before it reaches the screen, the
// clipboard, support information, the log or the command line's output. It
// masks each known secret value, also in the percent-encoded forms it takes
// inside a URL or a form body (Qt's network errors quote URLs, and 楽天 puts
// the license key in the query).
//
// session() knows every secret of this run: the values a verify job sends
// (the current page's or the stored ones) and the tokens it receives. Any
// other instance adds its own values on top and applies the session's too,
// so no text escapes with only a partial list.
class SecretRedactor
{
public:
    // Values shorter than this are not masked: they cannot be real keys, and
    // masking them would garble ordinary words.
    static constexpr int kMinLength = 4;
    static QString mask() { return QStringLiteral("****"); }

    SecretRedactor() = default;
    SecretRedactor(const SecretRedactor &other);
    SecretRedactor &operator=(const SecretRedactor &other);

    // The process-wide masker. Its first secret also installs a Qt message
    // handler that masks every log line before the previous handler sees it.
    static SecretRedactor &session();
    // Puts the session masker in front of the current Qt message handler
    // (again, if another handler was installed since).
    static void installLogFilter();

    void add(const QString &secret);
    bool isEmpty() const;

    QString apply(const QString &text) const;
    QStringList apply(const QStringList &texts) const;
    QVariantMap apply(const QVariantMap &map) const;
    QJsonValue apply(const QJsonValue &value) const;
    VerifyResult apply(const VerifyResult &result) const;

private:
    QString applyOwn(const QString &text) const;

    mutable QMutex m_mutex;
    QStringList m_needles;  // longest first
};

}  // namespace crossma
