#include "sandboxcontext.h"

#include "sandboxmalls.h"

namespace crossma {

void useSandbox(WizardContext &context, sandbox::SandboxMalls &malls)
{
    context.sandbox = true;
    // The Yahoo! fake makes its keys first: on a worker thread, so that the
    // window opens at once; the malls wait for it before they go.
    context.samples = SampleTable(malls.prepareInBackground());
}

}  // namespace crossma
