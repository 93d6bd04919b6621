#pragma once

// ZIP entry names as a seller's archiver wrote them: UTF-8 when general
// purpose bit 11 is set; otherwise whatever the system used. Japanese Windows
// writes CP932 without that flag, macOS writes UTF-8 without it.

#include <QByteArray>
#include <QString>

namespace crossma::yahoo::ZipEntryNames {

// Decodes `raw` (the stored name bytes). `utf8Flag` is bit 11 of the entry.
// Without the flag, bytes that are valid UTF-8 stay UTF-8, anything else is
// read as CP932. Back-slashes (a Windows separator; never inside a decoded
// CP932 character) become '/'.
QString decode(const QByteArray &raw, bool utf8Flag);

// The last path component of a decoded name ("" for a folder entry "a/b/").
QString fileName(const QString &path);

// Whether the entry is macOS resource-fork baggage: under "__MACOSX/" or a "._name".
bool isMacMetadata(const QString &path);

}  // namespace crossma::yahoo::ZipEntryNames
