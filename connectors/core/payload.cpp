#include "payload.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace crossma::Payload {

QString xmlText(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            return reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return {};
}

bool isXml(const QByteArray &xml, const QString &root)
{
    QXmlStreamReader reader(xml);
    bool sawRoot = false;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && !sawRoot) {
            if (!root.isEmpty() && reader.name() != root)
                return false;
            sawRoot = true;
        }
    }
    return sawRoot && !reader.hasError();
}

QPair<QString, QString> jsonFirstError(const QByteArray &json)
{
    const QJsonObject obj = QJsonDocument::fromJson(json).object();
    const QJsonArray errors = obj.value(QLatin1String("errors")).toArray();
    if (errors.isEmpty())
        return {};
    const QJsonObject first = errors.first().toObject();
    return {first.value(QLatin1String("code")).toString(),
            first.value(QLatin1String("message")).toString()};
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
}

}  // namespace crossma::Payload
