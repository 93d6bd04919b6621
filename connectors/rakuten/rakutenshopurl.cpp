#include "rakutenshopurl.h"

#include <QRegularExpression>
#include <QUrl>

namespace crossma::RakutenShopUrl {

namespace {
// Shop codes are lower-case letters, digits, '-' and '_' (L: observed shapes).
const QRegularExpression &codePattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return re;
}
}  // namespace

QString shopCode(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1Char('/')) && !text.contains(QLatin1Char('.'))) {
        const QString code = text.toLower();
        return codePattern().match(code).hasMatch() ? code : QString();
    }
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const QString host = url.host().toLower();
    // item.rakuten.co.jp/<code>/<item>/ is what sellers often copy from a product page.
    if (host != QLatin1String("www.rakuten.co.jp") && host != QLatin1String("rakuten.co.jp")
        && host != QLatin1String("item.rakuten.co.jp"))
        return {};
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString code = parts.first().toLower();
    return codePattern().match(code).hasMatch() ? code : QString();
}

QString canonical(const QString &shopCode)
{
    return QStringLiteral("https://www.rakuten.co.jp/%1/").arg(shopCode);
}

}  // namespace crossma::RakutenShopUrl
