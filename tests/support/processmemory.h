#pragma once

#include <QtGlobal>

namespace crossma::test {

// The resident memory of this process, from /proc/self/status (Linux).
// Both are -1 where that file does not exist.
qint64 residentBytes();      // VmRSS: now
qint64 peakResidentBytes();  // VmHWM: the high-water mark

// Starts a new high-water mark at the current resident size (writes 5 to
// /proc/self/clear_refs, Linux 4.0+), so a test measures its own peak and
// not that of the tests before it. Returns false when that is not possible.
bool resetPeakResident();

}  // namespace crossma::test
