// crossma-setup: the wizard, or one of the support commands. Kept thin: the
// work lives in crossma_app and the libraries below it, which the tests link.
#include "appprofile.h"
#include "commandline.h"
#include "firstpagewatcher.h"
#include "homewindow.h"
#include "languages.h"

#include "core/credentialstore.h"
#include "core/endpoints.h"
#include "registry.h"
#include "sandboxcontext.h"
#include "sandboxmalls.h"
#include "setupwizard.h"

#include <QApplication>
#include <QSettings>

#include <cstdio>

namespace {

void printError(const QString &text)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

// Before anything else is printed, so that help and errors are translated too.
bool setUpLanguage(QCoreApplication &app)
{
    QString requested;
    const bool hasRequest = crossma::requestedLanguage(QCoreApplication::arguments(), &requested);
    QLocale locale;
    if (!crossma::chooseLocale(hasRequest, requested, &locale)) {
        crossma::chooseLocale(false, {}, &locale);
        crossma::installTranslations(app, locale);
        printError(crossma::CommandLine::tr("--lang must be ja or en."));
        return false;
    }
    QLocale::setDefault(locale);
    crossma::installTranslations(app, locale);
    return true;
}

int runCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    crossma::AppProfile::setApplicationIdentity();
    if (!setUpLanguage(app))
        return 2;
    return crossma::CommandLine::run(QCoreApplication::arguments());
}

int runWizard(int argc, char *argv[])
{
    QApplication app(argc, argv);
    crossma::AppProfile::setApplicationIdentity();
    if (!setUpLanguage(app))
        return 2;

    crossma::WizardOptions options;
    QString error;
    if (!crossma::CommandLine::parseWizardOptions(QCoreApplication::arguments(), &options, &error)) {
        printError(error);
        return 2;
    }
    if (options.sandbox && !options.endpointsFile.isEmpty()) {
        printError(crossma::CommandLine::tr("--sandbox and --endpoints cannot be used together."));
        return 2;
    }

    crossma::Endpoints endpoints;
    if (!options.endpointsFile.isEmpty()
        && !crossma::Endpoints::fromJsonFile(options.endpointsFile, crossma::allEndpointKeys(),
                                             &endpoints, &error)) {
        printError(error);
        return 2;
    }

    // Only --sandbox pays for a CA, a server and its own profile; the normal
    // start opens no socket and no keychain.
    std::unique_ptr<crossma::sandbox::SandboxMalls> sandbox;
    if (options.sandbox) {
        sandbox = std::make_unique<crossma::sandbox::SandboxMalls>();
        if (!sandbox->start(&error)) {
            printError(error);
            return 3;
        }
        endpoints = sandbox->endpoints();
        // Sandbox keys take seconds to make: not on the UI thread.
        sandbox->prepareInBackground();
    }
    const auto settings = crossma::AppProfile::createSettings(options.sandbox);
    crossma::CredentialStore store(crossma::AppProfile::keychainService(options.sandbox),
                                   settings.get());
    const auto connectors = crossma::createConnectors();

    crossma::WizardContext context;
    for (const auto &connector : connectors)
        context.connectors.append(connector.get());
    context.endpoints = endpoints;
    context.store = &store;
    if (sandbox)
        crossma::useSandbox(context, *sandbox);
    context.screenShare = options.screenShare;
    // A returning seller starts on the overview; a new one in the wizard.
    if (!store.linkedMalls().isEmpty() && !options.exitAfterFirstPage) {
        crossma::HomeWindow home(context);
        home.show();
        return app.exec();
    }
    crossma::SetupWizard wizard(context);
    if (options.exitAfterFirstPage)
        crossma::exitAfterFirstPage(&wizard);
    wizard.show();
    return app.exec();
}

}  // namespace

int main(int argc, char *argv[])
{
    // Decided before any application object exists: the commands never load
    // Widgets or a platform plugin, so they run on a server with no display.
    if (!crossma::CommandLine::wantsWizard(argc, argv))
        return runCommand(argc, argv);
    return runWizard(argc, argv);
}
