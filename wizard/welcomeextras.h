#pragma once

#include "pageextras.h"

namespace crossma {

// A few lines a mall adds under its row on the first page (はじめに), when its
// intro there speaks of something the seller should see (the addresses to
// register, say). Made and registered like a page extra (pageextras.h), under
// this name; a mall's folder provides it, its registry line registers it.
inline QString welcomeExtraId(const QString &mallId)
{
    return mallId + QStringLiteral(":welcome");
}

}  // namespace crossma
