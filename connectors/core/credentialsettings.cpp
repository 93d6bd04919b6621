#include "credentialsettings.h"

#include <QSettings>

#include <algorithm>

namespace crossma {

namespace {

namespace Key {
const QString Malls = QStringLiteral("malls");
const QString Journal = QStringLiteral("keychain");
const QString Linked = QStringLiteral("linked");
const QString SavedAt = QStringLiteral("savedAt");
const QString LastVerifiedAt = QStringLiteral("lastVerifiedAt");
const QString LastResultCode = QStringLiteral("lastResultCode");
const QString Generation = QStringLiteral("generation");
const QString Fields = QStringLiteral("fields");
const QString Facts = QStringLiteral("facts");
const QString Chunks = QStringLiteral("chunks");
const QString Pending = QStringLiteral("pending");
const QString Removing = QStringLiteral("removing");
}  // namespace Key

const QString OkCode = QStringLiteral("OK");

QString mallGroup(const QString &mallId)
{
    return Key::Malls + QLatin1Char('/') + mallId;
}

QString journalGroup(const QString &mallId)
{
    return Key::Journal + QLatin1Char('/') + mallId;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

void writeValues(QSettings &s, const QString &group, const QVariantMap &values)
{
    s.remove(group);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        s.setValue(group + QLatin1Char('/') + it.key(), it.value());
}

QVariantMap readValues(QSettings &s, const QString &group)
{
    QVariantMap values;
    s.beginGroup(group);
    const QStringList keys = s.childKeys();
    for (const QString &key : keys)
        values.insert(key, s.value(key));
    s.endGroup();
    return values;
}

QVariantMap toVariants(const FieldValues &fields)
{
    QVariantMap map;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

FieldValues toFields(const QVariantMap &map)
{
    FieldValues fields;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
}

// The one place a check's result is written, by a save or a later check.
// Facts (expiry dates…) are only known from a successful check.
void writeVerification(QSettings &s, const QString &code, const QVariantMap &facts)
{
    s.setValue(Key::LastVerifiedAt, nowUtc());
    s.setValue(Key::LastResultCode, code);
    if (code == OkCode && !facts.isEmpty())
        writeValues(s, Key::Facts, facts);
}

}  // namespace

CredentialSettings::CredentialSettings(QSettings *settings) : m_settings(settings)
{
    Q_ASSERT(m_settings);
}

// Mall ids name a keychain entry and a settings group: keep them plain.
// (A loop, not a regular expression: this runs as the wizard opens, which
// then need not load and compile PCRE2.)
bool CredentialSettings::isValidMallId(const QString &mallId)
{
    if (mallId.isEmpty() || mallId.size() > 40)
        return false;
    return std::all_of(mallId.cbegin(), mallId.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
               || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_')
               || c == QLatin1Char('-');
    });
}

QString CredentialSettings::fileName() const
{
    return m_settings->fileName();
}

// QSettings remembers its first error forever, so every change goes through a
// fresh QSettings on the same file (Qt shares the parsed file between them,
// so m_settings sees the change) and its status speaks for this write only.
// On failure the group is put back in memory as the file still has it.
bool CredentialSettings::change(const QString &group, const std::function<void(QSettings &)> &change)
{
    QSettings writer(m_settings->fileName(), m_settings->format());
    writer.beginGroup(group);
    QVariantMap before;
    const QStringList keys = writer.allKeys();
    for (const QString &key : keys)
        before.insert(key, writer.value(key));
    change(writer);
    writer.endGroup();
    writer.sync();
    // FormatError only says the old file was malformed (it is rewritten);
    // AccessError means our change did not reach the disk.
    if (writer.status() != QSettings::AccessError)
        return true;

    writer.remove(group);
    writer.beginGroup(group);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        writer.setValue(it.key(), it.value());
    writer.endGroup();
    return false;
}

StoredMall CredentialSettings::stored(const QString &mallId) const
{
    StoredMall mall;
    if (!isValidMallId(mallId))
        return mall;
    QSettings &s = *m_settings;
    s.beginGroup(mallGroup(mallId));
    mall.linked = s.value(Key::Linked, false).toBool();
    mall.savedAt = QDateTime::fromString(s.value(Key::SavedAt).toString(), Qt::ISODate);
    mall.lastVerifiedAt = QDateTime::fromString(s.value(Key::LastVerifiedAt).toString(), Qt::ISODate);
    mall.lastResultCode = s.value(Key::LastResultCode).toString();
    mall.plainFields = toFields(readValues(s, Key::Fields));
    mall.facts = readValues(s, Key::Facts);
    s.endGroup();
    return mall;
}

QStringList CredentialSettings::linkedMalls() const
{
    m_settings->beginGroup(Key::Malls);
    const QStringList malls = m_settings->childGroups();
    m_settings->endGroup();
    QStringList linked;
    for (const QString &mallId : malls) {
        if (isValidMallId(mallId)
            && m_settings->value(mallGroup(mallId) + QLatin1Char('/') + Key::Linked).toBool())
            linked << mallId;
    }
    linked.sort();
    return linked;
}

QString CredentialSettings::generation(const QString &mallId) const
{
    return m_settings->value(mallGroup(mallId) + QLatin1Char('/') + Key::Generation).toString();
}

bool CredentialSettings::writeMall(const QString &mallId, const QString &generation,
                                   const FieldValues &plain, const QVariantMap &facts)
{
    return change(mallGroup(mallId), [&](QSettings &s) {
        s.remove(QString());
        s.setValue(Key::Linked, true);
        s.setValue(Key::SavedAt, nowUtc());
        s.setValue(Key::Generation, generation);
        writeValues(s, Key::Fields, toVariants(plain));
        // Values are saved only after the mall accepted them.
        writeVerification(s, OkCode, facts);
    });
}

bool CredentialSettings::removeMall(const QString &mallId)
{
    return change(mallGroup(mallId), [](QSettings &s) { s.remove(QString()); });
}

bool CredentialSettings::recordVerification(const QString &mallId, const QString &code,
                                            const QVariantMap &facts)
{
    return change(mallGroup(mallId), [&](QSettings &s) { writeVerification(s, code, facts); });
}

bool CredentialSettings::noteGeneration(const QString &mallId, const QString &generation,
                                        const QStringList &chunkKeys, const FieldValues &plain,
                                        const QVariantMap &facts)
{
    return change(journalGroup(mallId) + QLatin1Char('/') + generation, [&](QSettings &s) {
        s.setValue(Key::Chunks, chunkKeys);
        s.setValue(Key::Pending, true);
        writeValues(s, Key::Fields, toVariants(plain));
        writeValues(s, Key::Facts, facts);
    });
}

QStringList CredentialSettings::generations(const QString &mallId) const
{
    m_settings->beginGroup(journalGroup(mallId));
    const QStringList list = m_settings->childGroups();
    m_settings->endGroup();
    return list;
}

QStringList CredentialSettings::chunkKeys(const QString &mallId, const QString &generation) const
{
    return m_settings
        ->value(journalGroup(mallId) + QLatin1Char('/') + generation + QLatin1Char('/') + Key::Chunks)
        .toStringList();
}

bool CredentialSettings::forgetGeneration(const QString &mallId, const QString &generation)
{
    return change(journalGroup(mallId) + QLatin1Char('/') + generation,
                  [](QSettings &s) { s.remove(QString()); });
}

void CredentialSettings::adoptLanded(const QString &mallId, const QString &generation)
{
    if (generation.isEmpty() || generation == this->generation(mallId))
        return;
    const QString group = journalGroup(mallId) + QLatin1Char('/') + generation;
    QSettings &s = *m_settings;
    s.beginGroup(group);
    const bool pending = s.value(Key::Pending).toBool();
    const FieldValues plain = toFields(readValues(s, Key::Fields));
    const QVariantMap facts = readValues(s, Key::Facts);
    s.endGroup();
    if (!pending)
        return;
    if (writeMall(mallId, generation, plain, facts))
        change(group, [](QSettings &w) {
            w.setValue(Key::Pending, false);
            w.remove(Key::Fields);
            w.remove(Key::Facts);
        });
}

bool CredentialSettings::noteRemoval(const QString &mallId)
{
    return change(journalGroup(mallId), [](QSettings &s) { s.setValue(Key::Removing, true); });
}

void CredentialSettings::forgetRemoval(const QString &mallId)
{
    if (m_settings->contains(journalGroup(mallId) + QLatin1Char('/') + Key::Removing))
        change(journalGroup(mallId), [](QSettings &s) { s.remove(Key::Removing); });
}

void CredentialSettings::adoptRemoved(const QString &mallId)
{
    if (!m_settings->value(journalGroup(mallId) + QLatin1Char('/') + Key::Removing).toBool())
        return;
    if (removeMall(mallId))
        forgetRemoval(mallId);
}

}  // namespace crossma
