#include "processhardening.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace crossma {

void hardenProcess()
{
#ifdef Q_OS_LINUX
    // Both: a core_pattern that pipes to a crash handler ignores RLIMIT_CORE,
    // but no handler gets a process that is not dumpable.
    const struct rlimit noCore = {0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        qWarning("crossma: could not turn off core dumps");
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qWarning("crossma: could not mark the process as not dumpable");
#endif
}

}  // namespace crossma
