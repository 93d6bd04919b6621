#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace crossma::Payload {

// Tolerant readers for the malls' answers: they never throw and return an
// empty string when the shape is not what was expected.

// Text of the first element named `name` anywhere in `xml` (namespace-blind).
QString xmlText(const QByteArray &xml, const QString &name);
// Whether `xml` is well-formed XML whose root element is `root` (any if empty).
bool isXml(const QByteArray &xml, const QString &root = {});
// The first {"errors":[{"code":…,"message":…}]} entry, as {code, message}.
QPair<QString, QString> jsonFirstError(const QByteArray &json);
// Whether `body` looks like an HTML page (a proxy's or gateway's error page).
bool looksLikeHtml(const QByteArray &body);

}  // namespace crossma::Payload
