// crossma-setup as the seller types it, on Linux: picks one of the two
// programs behind it from the arguments and becomes it (exec, same process).
// The commands' program loads no Widgets, so `verify` and the daily
// `status --notify` start lean; the window's program is the whole app.
// No Qt here: not loading Qt's libraries twice is the point.
#include "../dispatch.h"
#include "core/programpath.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>

namespace {

// The first folder on PATH with an executable `name`, resolved; empty if none.
std::string searchPath(const char *name)
{
    const char *path = std::getenv("PATH");
    std::string folders = path ? path : "";
    char buffer[PATH_MAX];
    size_t start = 0;
    while (start <= folders.size()) {
        const size_t end = std::min(folders.find(':', start), folders.size());
        const std::string folder = end > start ? folders.substr(start, end - start) : ".";
        const std::string candidate = folder + "/" + name;
        if (access(candidate.c_str(), X_OK) == 0 && realpath(candidate.c_str(), buffer))
            return buffer;
        start = end + 1;
    }
    return {};
}

// This launcher's own path, to find the programs installed with it.
std::string selfPath(const char *argv0)
{
    char buffer[PATH_MAX];
    const ssize_t size = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (size > 0)
        return std::string(buffer, size_t(size));
    // No /proc (a chroot): the path it was started by, or where PATH found it.
    if (!argv0 || !*argv0)
        return {};
    if (std::strchr(argv0, '/'))
        return realpath(argv0, buffer) ? std::string(buffer) : std::string();
    return searchPath(argv0);
}

std::string folderOf(const std::string &path)
{
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

}  // namespace

int main(int argc, char *argv[])
{
    const char *program = crossma::dispatch::wantsWizard(argc, argv)
                              ? crossma::dispatch::kWizardProgram
                              : crossma::dispatch::kCommandProgram;
    const std::string self = selfPath(argc > 0 ? argv[0] : nullptr);
    if (self.empty()) {
        std::fprintf(stderr, "crossma-setup: cannot tell where it is installed.\n");
        return 127;
    }
    // So that what starts crossma-setup again names this launcher.
    setenv(crossma::kProgramVariable, self.c_str(), 1);
    const std::string folder = folderOf(self);
    // Installed: <prefix>/bin and <prefix>/libexec/crossma-setup. Built: side by side.
    const std::string candidates[] = {folder + "/../libexec/crossma-setup/" + program,
                                      folder + "/" + program};
    int error = ENOENT;
    for (const std::string &candidate : candidates) {
        if (access(candidate.c_str(), X_OK) != 0)
            continue;
        execv(candidate.c_str(), argv);
        error = errno;  // found but would not start
    }
    std::fprintf(stderr, "crossma-setup: cannot start %s: %s\n", program, std::strerror(error));
    return 127;
}
