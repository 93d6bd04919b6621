#pragma once

#include "certificateauthority.h"
#include "setupwizard.h"

#include <memory>
#include <optional>

namespace crossma {

namespace sandbox {
class SandboxMalls;
}

// --sandbox's start, begun before the application object: the CA (~4 ms,
// most of it OpenSSL's own start) is made on a thread of its own, and nothing
// the window needs waits for it (see SandboxMalls(CertificateAuthority)).
class SandboxStart
{
public:
    // Begins making the CA when argv asks for --sandbox (read untranslated
    // here; the wizard's own parse comes later).
    SandboxStart(int argc, char **argv);
    ~SandboxStart();

    // The practice malls listening, on the CA begun above (begun now if it
    // was not); nullptr after a translated `error`.
    std::unique_ptr<sandbox::SandboxMalls> start(QString *error);

private:
    std::optional<sandbox::CertificateAuthority> m_ca;
};

// The one place the wizard meets the sandbox: --sandbox turns the practice
// mode on and hands every fake mall's sample input over as plain data, made
// on a worker thread: started now, or Later by the caller's own
// prepareInBackground() (the app's, once its window is up).
enum class PrepareSamples { Now, Later };
void useSandbox(WizardContext &context, sandbox::SandboxMalls &malls,
                PrepareSamples when = PrepareSamples::Now);

}  // namespace crossma
