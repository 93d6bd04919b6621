#pragma once

#include <functional>

class QWidget;
class QWizard;

namespace crossma {

// Runs `then` once, on the event loop, right after `window` has painted for
// the first time (the paint is flushed by then): for work a seller does not
// need to see the first window, which would only slow it down.
void afterFirstPaint(QWidget *window, std::function<void()> then);

// For the start-up benchmark (--exit-after-first-page): ends the process as
// soon as `wizard` has painted its first page, printing nothing. Shared with
// the benchmark's bare QWizard so both stop at the same point. Nothing is torn
// down but what `beforeExit` undoes: what the next start would otherwise
// find left over (a stale lock costs it a recovery a real start never pays).
void exitAfterFirstPage(QWizard *wizard, std::function<void()> beforeExit = {});

}  // namespace crossma
