// crossma-setup-cli: the commands (verify, status) behind crossma-setup on
// Linux. It links no Widgets or Gui, so a command loads neither they nor the
// twenty-odd libraries they bring (X11, GL, fonts), all bound at load time.
#include "commandmain.h"
#include "dispatch.h"
#include "processhardening.h"

#include "core/httpclient.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    crossma::hardenProcess();
    crossma::HttpClient::useSystemProxy();
    if (crossma::dispatch::wantsWizard(argc, argv)) {
        // Started by hand without a command: the window is the other program.
        std::fputs("crossma-setup-cli runs the commands only (verify, status). "
                   "Start crossma-setup for the window.\n",
                   stderr);
        return 2;
    }
    return crossma::runCommandLine(argc, argv);
}
