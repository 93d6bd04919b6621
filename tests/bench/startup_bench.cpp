// Start-up cost of crossma-setup against a bare QWizard: wall time from
// fork to exit with --exit-after-first-page (the process ends right after the
// first page is painted) and the child's peak RSS from wait4(). Runs alternate
// so that both see the same machine load; medians are reported.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Sample {
    double ms = 0;
    long maxRssKb = 0;
    int status = 0;
};

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

Sample runOnce(const char *binary)
{
    Sample s;
    const double start = nowMs();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        std::exit(2);
    }
    if (pid == 0) {
        // Silence the child: the benchmark's own output stays readable.
        const int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) {
            dup2(devnull, STDOUT_FILENO);
            dup2(devnull, STDERR_FILENO);
        }
        execl(binary, binary, "--exit-after-first-page", static_cast<char *>(nullptr));
        _exit(127);
    }
    rusage usage{};
    while (wait4(pid, &s.status, 0, &usage) < 0 && errno == EINTR) {}
    s.ms = nowMs() - start;
    s.maxRssKb = usage.ru_maxrss;  // kilobytes on Linux
    return s;
}

template <typename T> T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

bool ok(const Sample &s)
{
    return WIFEXITED(s.status) && WEXITSTATUS(s.status) == 0;
}

}  // namespace

int main(int argc, char *argv[])
{
    const int runs = argc > 1 ? std::max(3, std::atoi(argv[1])) : 15;
    const char *app = argc > 2 ? argv[2] : CROSSMA_APP_BINARY;
    const char *bare = argc > 3 ? argv[3] : CROSSMA_BARE_WIZARD_BINARY;

    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // A throw-away profile: the product reads its settings at start-up, and
    // must not see (or write) the real one.
    char configTemplate[] = "/tmp/crossma-bench-XXXXXX";
    const char *config = mkdtemp(configTemplate);
    if (config)
        setenv("XDG_CONFIG_HOME", config, 1);

    // One untimed pair warms the page cache and fontconfig's cache.
    if (!ok(runOnce(app)) || !ok(runOnce(bare))) {
        std::fprintf(stderr, "a child did not exit cleanly with --exit-after-first-page\n");
        return 1;
    }

    std::vector<double> appMs, bareMs;
    std::vector<long> appRss, bareRss;
    for (int i = 0; i < runs; ++i) {
        // Alternate which goes first, so neither always runs on a warmer machine.
        const bool appFirst = i % 2 == 0;
        for (int k = 0; k < 2; ++k) {
            const bool isApp = (k == 0) == appFirst;
            const Sample s = runOnce(isApp ? app : bare);
            if (!ok(s)) {
                std::fprintf(stderr, "%s failed (status %d)\n", isApp ? app : bare, s.status);
                return 1;
            }
            (isApp ? appMs : bareMs).push_back(s.ms);
            (isApp ? appRss : bareRss).push_back(s.maxRssKb);
        }
    }
    if (config)
        rmdir(config);  // fails harmlessly if the product left a file there

    const double am = median(appMs), bm = median(bareMs);
    const long ar = median(appRss), br = median(bareRss);
    std::printf("runs: %d each, alternating, QT_QPA_PLATFORM=offscreen\n", runs);
    std::printf("%-14s %10s %10s %10s %12s\n", "", "median ms", "min ms", "max ms", "peak RSS KB");
    std::printf("%-14s %10.1f %10.1f %10.1f %12ld\n", "crossma-setup", am,
                *std::min_element(appMs.begin(), appMs.end()),
                *std::max_element(appMs.begin(), appMs.end()), ar);
    std::printf("%-14s %10.1f %10.1f %10.1f %12ld\n", "bare QWizard", bm,
                *std::min_element(bareMs.begin(), bareMs.end()),
                *std::max_element(bareMs.begin(), bareMs.end()), br);
    const double timeRatio = am / bm;
    const double rssRatio = double(ar) / double(br);
    std::printf("start-up ratio: %.2fx (goal <= 1.5x) %s\n", timeRatio,
                timeRatio <= 1.5 ? "ok" : "MISSED");
    std::printf("peak memory ratio: %.2fx (goal <= 1.3x) %s\n", rssRatio,
                rssRatio <= 1.3 ? "ok" : "MISSED");
    return 0;
}
