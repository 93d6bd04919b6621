#pragma once

#include <QString>

namespace crossma {

// What a second start of the window does to the first (InstanceLock): its
// windows come to the front, and when the start was for a mall (a reminder's
// click, --edit MALL; one of mallIds()) the overview opens that mall's page, unless the wizard
// is open already (the seller is in the middle of something: it only comes
// to the front).
void bringWindowsForward(const QString &mallId);

}  // namespace crossma
