#include "sandboxcontext.h"

#include "sandboxmalls.h"

namespace crossma {

void useSandbox(WizardContext &context, const sandbox::SandboxMalls &malls)
{
    context.sandbox = true;
    context.samples.clear();
    for (const QString &mallId : malls.mallIds())
        context.samples.insert(mallId, malls.scenarios(mallId));
}

}  // namespace crossma
