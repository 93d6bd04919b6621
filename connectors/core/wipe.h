#pragma once

#include <QByteArray>
#include <QString>

namespace crossma {

// Overwrites a buffer that held a secret (a certificate ZIP, a private key)
// with zeros before it is released, so the bytes do not linger in freed
// memory. Only the last owner can wipe: a buffer still shared with another
// QByteArray is left to that owner, since writing would only detach a copy.
void wipe(QByteArray &bytes);
void wipe(QString &text);

}  // namespace crossma
