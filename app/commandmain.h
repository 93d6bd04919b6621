#pragma once

#include <QString>

class QCoreApplication;

namespace crossma {

// What both programs behind crossma-setup do before their own work, and the
// whole of the commands' program: no Widgets here.

// Writes one line to stderr (errors of the start-up itself).
void printError(const QString &text);
// Installs the requested or the system's language before anything is
// printed, so that help and errors are translated too. False after saying
// why (exit code 2).
bool setUpLanguage(QCoreApplication &app);
// verify or status (or --help, --version) on a QCoreApplication of its own.
int runCommandLine(int argc, char *argv[]);

}  // namespace crossma
