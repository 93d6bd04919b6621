// crossma-setup-wizard (crossma-setup itself where there is no launcher): the
// wizard, or one of the support commands. Kept thin: the work lives in
// crossma_app and the libraries below it, which the tests link.
#include "appprofile.h"
#include "bringforward.h"
#include "commandline.h"
#include "commandmain.h"
#include "firstpagewatcher.h"
#include "homewindow.h"
#include "instancelock.h"
#include "look.h"
#include "mallpages.h"
#include "processhardening.h"

#include "core/credentialstore.h"
#include "core/endpoints.h"
#include "core/httpclient.h"
#include "proxycredentialsdialog.h"
#include "registry.h"
#include "sandboxcontext.h"
#include "sandboxmalls.h"
#include "setupwizard.h"
#include "wheelguard.h"

#include <QApplication>
#include <QDir>
#include <QSettings>

#include <cstdio>

namespace {

// One window per profile: a second start brings the first to the front.
// False: this process must end with `*exitCode`.
bool takeWindowLock(crossma::InstanceLock &lock, const QString &editMall, int *exitCode)
{
    if (lock.tryLock(0))
        return true;
    if (lock.askHolderToRaise(editMall)) {
        *exitCode = 0;
        return false;
    }
    // Held by a command (no window to raise): it ends soon.
    if (lock.tryLock(5000))
        return true;
    crossma::printError(
        crossma::CommandLine::tr(
            "Another command of this app is changing the same settings right now. "
            "Wait until it has finished, then start this app again. (Lock file: %1)")
            .arg(QDir::toNativeSeparators(lock.lockFileName())));
    *exitCode = 3;
    return false;
}

// The wizard's options, checked; false after printing why (exit code 2).
bool wizardOptions(crossma::WizardOptions *options)
{
    QString error;
    if (!crossma::CommandLine::parseWizardOptions(QCoreApplication::arguments(), options, &error)) {
        crossma::printError(error);
        return false;
    }
    if (options->sandbox && !options->endpointsFile.isEmpty()) {
        crossma::printError(
            crossma::CommandLine::tr("--sandbox and --endpoints cannot be used together."));
        return false;
    }
    return true;
}

// The servers the malls are reached at: production, an --endpoints file, or
// the practice malls of --sandbox (started here). False after printing why.
bool setUpEndpoints(const crossma::WizardOptions &options, crossma::SandboxStart &sandboxStart,
                    crossma::Endpoints *endpoints,
                    std::unique_ptr<crossma::sandbox::SandboxMalls> *sandbox, int *exitCode)
{
    QString error;
    if (!options.endpointsFile.isEmpty()
        && !crossma::Endpoints::fromJsonFile(options.endpointsFile, crossma::allEndpointKeys(),
                                             endpoints, &error)) {
        crossma::printError(error);
        *exitCode = 2;
        return false;
    }
    // Only --sandbox pays for a CA, a server and its own profile; the normal
    // start opens no socket and no keychain.
    if (!options.sandbox)
        return true;
    *sandbox = sandboxStart.start(&error);
    if (!*sandbox) {
        crossma::printError(error);
        *exitCode = 3;
        return false;
    }
    *endpoints = (*sandbox)->endpoints();
    return true;
}

// A returning seller starts on the overview; a new one in the wizard.
// `sandbox` (--sandbox only) makes its keys once the window is up.
int showFirstWindow(QApplication &app, const crossma::WizardContext &context,
                    const crossma::WizardOptions &options, crossma::InstanceLock &lock,
                    crossma::sandbox::SandboxMalls *sandbox)
{
    auto prepareSandbox = [sandbox] {
        if (sandbox)
            sandbox->prepareInBackground();  // seconds of work: on a worker thread
    };
    if (!context.store->linkedMalls().isEmpty() && !options.exitAfterFirstPage) {
        crossma::HomeWindow home(context);
        crossma::afterFirstPaint(&home, prepareSandbox);
        home.show();
        if (!options.editMall.isEmpty())
            home.openWizard(options.editMall);  // a reminder's click
        return app.exec();
    }
    crossma::SetupWizard wizard(context);
    crossma::afterFirstPaint(&wizard, prepareSandbox);
    if (options.exitAfterFirstPage)
        crossma::exitAfterFirstPage(&wizard, [&lock] { lock.release(); });
    wizard.show();
    return app.exec();
}

int runWizard(int argc, char *argv[])
{
    crossma::SandboxStart sandboxStart(argc, argv);
    QApplication app(argc, argv);
    crossma::AppProfile::setApplicationIdentity();
    if (!crossma::setUpLanguage(app))
        return 2;
    crossma::WizardOptions options;
    if (!wizardOptions(&options))
        return 2;

    crossma::InstanceLock lock(options.sandbox);
    int exitCode = 0;
    if (!takeWindowLock(lock, options.editMall, &exitCode))
        return exitCode;
    lock.listen(crossma::bringWindowsForward);

    crossma::Endpoints endpoints;
    std::unique_ptr<crossma::sandbox::SandboxMalls> sandbox;
    if (!setUpEndpoints(options, sandboxStart, &endpoints, &sandbox, &exitCode))
        return exitCode;
    const auto settings = crossma::AppProfile::createSettings(options.sandbox);
    crossma::CredentialStore store(crossma::AppProfile::keychainService(options.sandbox),
                                   settings.get());
    const auto connectors = crossma::createConnectors();
    crossma::registerMallPages();

    crossma::WizardContext context;
    for (const auto &connector : connectors)
        context.connectors.append(connector.get());
    context.endpoints = endpoints;
    context.store = &store;
    if (sandbox)
        crossma::useSandbox(context, *sandbox, crossma::PrepareSamples::Later);
    context.screenShare = options.screenShare;
    crossma::ProxyCredentialsDialog::installAsPrompt();
    // Scrolling a page never changes a drop-down the pointer passes over.
    crossma::WheelGuard::install();
    crossma::look::install();  // before the first widget, which it would restyle
    return showFirstWindow(app, context, options, lock, sandbox.get());
}

}  // namespace

int main(int argc, char *argv[])
{
    crossma::hardenProcess();
    crossma::HttpClient::useSystemProxy();
    // Decided before any application object exists: the commands never load
    // Widgets or a platform plugin, so they run on a server with no display.
    if (!crossma::CommandLine::wantsWizard(argc, argv))
        return crossma::runCommandLine(argc, argv);
    return runWizard(argc, argv);
}
