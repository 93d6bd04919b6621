#pragma once

class QWizard;

namespace crossma {

// For the start-up benchmark (--exit-after-first-page): ends the process as
// soon as `wizard` has painted its first page, printing nothing. Shared with
// the benchmark's bare QWizard so both stop at the same point.
void exitAfterFirstPage(QWizard *wizard);

}  // namespace crossma
