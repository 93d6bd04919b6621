#pragma once

#include "setupwizard.h"

namespace crossma {

namespace sandbox {
class SandboxMalls;
}

// The one place the wizard meets the sandbox: --sandbox turns the practice
// mode on and hands every fake mall's sample input over as plain data, made
// on a worker thread.
void useSandbox(WizardContext &context, sandbox::SandboxMalls &malls);

}  // namespace crossma
