#include "sandboxcontext.h"

#include "commandline.h"
#include "sandboxmalls.h"

namespace crossma {

namespace {
bool asksForSandbox(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    WizardOptions options;
    QString ignored;  // the real parse reports it, translated
    return CommandLine::parseWizardOptions(arguments, &options, &ignored) && options.sandbox;
}
}  // namespace

SandboxStart::SandboxStart(int argc, char **argv)
{
    if (asksForSandbox(argc, argv))
        m_ca = sandbox::SandboxMalls::beginCertificateAuthority();
}

SandboxStart::~SandboxStart() = default;

std::unique_ptr<sandbox::SandboxMalls> SandboxStart::start(QString *error)
{
    auto malls = std::make_unique<sandbox::SandboxMalls>(
        m_ca ? *m_ca : sandbox::SandboxMalls::beginCertificateAuthority());
    if (!malls->start(error))
        return nullptr;
    return malls;
}

void useSandbox(WizardContext &context, sandbox::SandboxMalls &malls, PrepareSamples when)
{
    context.sandbox = true;
    // The pages show the samples when they come.
    context.samples = SampleTable(when == PrepareSamples::Now ? malls.prepareInBackground()
                                                              : malls.scenariosWhenPrepared());
}

}  // namespace crossma
