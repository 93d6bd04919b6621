#include "benchsupport.h"

#include <QEventLoop>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <fcntl.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace crossma::bench {

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    poll.start(2);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return condition();
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

ChildRun runChild(const QString &program, const QStringList &arguments,
                  const QStringList &environment, int cpu)
{
    // Everything the child needs is made before fork(): after it, only
    // async-signal-safe calls until exec.
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        bool replaced = false;
        for (const QString &extra : environment)
            replaced |= entry.startsWith(extra.section(QLatin1Char('='), 0, 0).toLocal8Bit() + '=');
        if (!replaced)
            envStorage.push_back(entry);
    }
    for (const QString &extra : environment)
        envStorage.push_back(extra.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &b : envStorage)
        envp.push_back(b.data());
    envp.push_back(nullptr);

    cpu_set_t only;
    CPU_ZERO(&only);
    if (cpu >= 0)
        CPU_SET(cpu, &only);

    ChildRun run;
    const double start = nowMs();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        return run;
    }
    if (pid == 0) {
        if (cpu >= 0)
            sched_setaffinity(0, sizeof only, &only);
        const int devnull = open("/dev/null", O_RDWR);
        if (devnull >= 0) {
            dup2(devnull, STDIN_FILENO);
            dup2(devnull, STDOUT_FILENO);
            dup2(devnull, STDERR_FILENO);
        }
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    rusage usage{};
    int status = 0;
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {}
    run.ms = nowMs() - start;
    run.maxRssKb = usage.ru_maxrss;  // kilobytes on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

int benchCpu()
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0)
        return -1;
    for (int cpu = CPU_SETSIZE - 1; cpu >= 0; --cpu) {
        if (CPU_ISSET(cpu, &allowed))
            return cpu;
    }
    return -1;
}

}  // namespace crossma::bench
