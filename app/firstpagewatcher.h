#pragma once

#include <functional>

class QWizard;

namespace crossma {

// For the start-up benchmark (--exit-after-first-page): ends the process as
// soon as `wizard` has painted its first page, printing nothing. Shared with
// the benchmark's bare QWizard so both stop at the same point. Nothing is torn
// down but what `beforeExit` undoes: what the next start would otherwise
// find left over (a stale lock costs it a recovery a real start never pays).
void exitAfterFirstPage(QWizard *wizard, std::function<void()> beforeExit = {});

}  // namespace crossma
