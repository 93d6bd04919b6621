#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace crossma {

// What the wizard was asked for on the command line.
struct WizardOptions {
    bool sandbox = false;
    bool screenShare = false;
    bool exitAfterFirstPage = false;  // hidden, for the start-up benchmark
    QString endpointsFile;
    QString editMall;  // --edit: open on this mall's page (a reminder's click)
};

// The command line: `crossma-setup [wizard options]`, `verify …`, `status …`.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(crossma::CommandLine)
public:
    // Whether argv asks for the wizard (no command word, no --help/--version).
    // Decided before any application object exists, so the commands never
    // create a QApplication or load a Widgets platform plugin.
    static bool wantsWizard(int argc, char **argv);

    // Parses the wizard's options. On failure `error` says why (exit code 2).
    static bool parseWizardOptions(const QStringList &arguments, WizardOptions *out, QString *error);

    // Runs `verify`, `status`, --help or --version; returns the exit code.
    static int run(const QStringList &arguments);
};

}  // namespace crossma
