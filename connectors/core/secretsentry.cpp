#include "secretsentry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace crossma::SecretsEntry {

namespace {

constexpr int FormatVersion = 1;

QJsonObject toJson(const FieldValues &secrets)
{
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

std::optional<FieldValues> decodeSecrets(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    FieldValues secrets;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return std::nullopt;
        secrets.insert(it.key(), it.value().toString());
    }
    return secrets;
}

bool isSafeGeneration(const QString &generation)
{
    static const QRegularExpression safe(QStringLiteral("^[0-9a-f]{1,32}$"));
    return safe.match(generation).hasMatch();
}

}  // namespace

QStringList Plan::chunkKeys() const
{
    QStringList keys;
    for (const auto &chunk : chunks)
        keys << chunk.first;
    return keys;
}

QString chunkKey(const QString &key, const QString &generation, int index)
{
    return QStringLiteral("%1#%2.%3").arg(key, generation).arg(index);
}

QString newGeneration()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

Plan plan(const QString &key, const FieldValues &secrets, int chunkSize, const QString &generation)
{
    chunkSize = qMax(chunkSize, MinimumChunkSize);
    const QJsonObject object = toJson(secrets);
    const QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);

    Plan result;
    result.generation = generation;
    QJsonObject head{{QStringLiteral("v"), FormatVersion},
                     {QStringLiteral("generation"), generation},
                     {QStringLiteral("secrets"), object}};
    result.head = QJsonDocument(head).toJson(QJsonDocument::Compact);
    if (result.head.size() <= chunkSize)
        return result;

    int index = 0;
    for (qsizetype offset = 0; offset < payload.size(); offset += chunkSize)
        result.chunks.append({chunkKey(key, generation, index++), payload.mid(offset, chunkSize)});
    QJsonObject manifest{{QStringLiteral("v"), FormatVersion},
                         {QStringLiteral("generation"), generation},
                         {QStringLiteral("chunks"), index},
                         {QStringLiteral("bytes"), qint64(payload.size())}};
    result.head = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    return result;
}

Head parseHead(const QString &key, const QByteArray &bytes)
{
    Head head;
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(QStringLiteral("v")).toInt() != FormatVersion)
        return head;

    const QString generation = object.value(QStringLiteral("generation")).toString();
    if (!generation.isEmpty() && !isSafeGeneration(generation))
        return head;
    head.generation = generation;
    if (object.contains(QStringLiteral("secrets"))) {
        const auto secrets = decodeSecrets(object.value(QStringLiteral("secrets")));
        if (!secrets)
            return head;
        head.secrets = *secrets;
        head.valid = true;
        return head;
    }

    const int chunks = object.value(QStringLiteral("chunks")).toInt(-1);
    const qint64 total = object.value(QStringLiteral("bytes")).toInteger(-1);
    // Bounds keep a damaged manifest from sending us on thousands of reads.
    if (!isSafeGeneration(generation) || chunks < 1 || chunks > 1000 || total < 0)
        return head;
    head.chunked = true;
    head.bytes = total;
    for (int i = 0; i < chunks; ++i)
        head.chunkKeys << chunkKey(key, generation, i);
    head.valid = true;
    return head;
}

std::optional<FieldValues> joinChunks(const QList<QByteArray> &parts, qsizetype bytes)
{
    QByteArray payload;
    for (const QByteArray &part : parts)
        payload += part;
    if (payload.size() != bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return decodeSecrets(document.object());
}

}  // namespace crossma::SecretsEntry
