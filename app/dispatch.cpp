#include "dispatch.h"

#include <cstring>
#include <initializer_list>

namespace crossma::dispatch {

bool takesValue(const char *arg)
{
    for (const char *name :
         {"--endpoints", "--lang", "--mall", "--credentials", "--timeout", "--edit"}) {
        if (std::strcmp(arg, name) == 0)
            return true;
    }
    return false;
}

namespace {

bool asksAboutTheProgram(const char *arg)
{
    for (const char *name : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
        if (std::strcmp(arg, name) == 0)
            return true;
    }
    return false;
}

}  // namespace

bool wantsWizard(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (takesValue(arg)) {
            ++i;
            continue;
        }
        if (asksAboutTheProgram(arg))
            return false;
        if (arg[0] != '-')
            return false;  // a command word (or a stray argument the commands will report)
    }
    return true;
}

}  // namespace crossma::dispatch
