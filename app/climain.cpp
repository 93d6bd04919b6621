// crossma-setup-cli: the commands (verify, status) behind crossma-setup on
// Linux. It links no Widgets or Gui, so a command loads neither they nor the
// twenty-odd libraries they bring (X11, GL, fonts), all bound at load time.
// Started without a command it prints the commands' help, translated.
#include "commandmain.h"
#include "processhardening.h"

#include "core/httpclient.h"

int main(int argc, char *argv[])
{
    crossma::hardenProcess();
    crossma::HttpClient::useSystemProxy();
    return crossma::runCommandLine(argc, argv);
}
