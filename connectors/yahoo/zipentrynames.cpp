#include "zipentrynames.h"

#include <QStringDecoder>

namespace crossma::yahoo::ZipEntryNames {

namespace {
bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}
}  // namespace

QString decode(const QByteArray &raw, bool utf8Flag)
{
    QString name;
    if (utf8Flag || isAscii(raw)) {
        name = QString::fromUtf8(raw);
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        name = utf8.decode(raw);
        if (utf8.hasError()) {
            // CP932 ("Shift_JIS" as Windows writes it), decoded before any
            // separator handling: its second bytes may be 0x5C ('\\').
            QStringDecoder cp932("CP932");
            if (!cp932.isValid())
                cp932 = QStringDecoder("Shift_JIS");
            name = cp932.isValid() ? cp932.decode(raw) : QString::fromLatin1(raw);
        }
    }
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return name;
}

QString fileName(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

bool isMacMetadata(const QString &path)
{
    const QString lower = path.toLower();
    return lower.startsWith(QLatin1String("__macosx/"))
           || lower.contains(QLatin1String("/__macosx/"))
           || fileName(path).startsWith(QLatin1String("._"));
}

}  // namespace crossma::yahoo::ZipEntryNames
