#pragma once

#include "fieldspec.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace crossma {

// How one mall's secrets are laid out in the keychain. Pure functions, no I/O.
//
// The entry under the mall's key is the commit point. It holds either the
// secrets themselves, {"v":1,"generation":…,"secrets":{…}}, or, when that would exceed the
// chunk size (Windows' Credential Manager caps an entry near 2.5 KB and a
// Yahoo private key can be larger), a manifest {"v":1,"generation":…,
// "chunks":N,"bytes":M} naming N further entries "<key>#<generation>.<i>".
// Chunks are written under a fresh generation before the manifest, so a
// failure half-way leaves the previous secrets whole.
namespace SecretsEntry {

inline constexpr int DefaultChunkSize = 2048;
inline constexpr int MinimumChunkSize = 128;  // a manifest must fit in one entry

struct Plan {
    QString generation;                        // names this save; the settings record it
    QByteArray head;                           // goes under the mall's key, last
    QList<QPair<QString, QByteArray>> chunks;  // written first, in order
    QStringList chunkKeys() const;
};

struct Head {
    bool valid = false;
    bool chunked = false;
    QString generation;     // "" in entries written before generations were named
    FieldValues secrets;    // when not chunked
    QStringList chunkKeys;  // when chunked
    qsizetype bytes = 0;    // total size of the chunked payload
};

Plan plan(const QString &key, const FieldValues &secrets, int chunkSize, const QString &generation);
Head parseHead(const QString &key, const QByteArray &head);
std::optional<FieldValues> joinChunks(const QList<QByteArray> &parts, qsizetype bytes);
QString chunkKey(const QString &key, const QString &generation, int index);
QString newGeneration();  // random, short, safe in a key

}  // namespace SecretsEntry
}  // namespace crossma
