// Small pieces the benches share: medians, waiting on the event loop, child
// processes timed with wait4(), and a place for temporary files.
#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <vector>

namespace crossma::bench {

template <typename T> T median(std::vector<T> v)
{
    if (v.empty())
        return T{};
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

template <typename T> T largest(const std::vector<T> &v)
{
    return v.empty() ? T{} : *std::max_element(v.begin(), v.end());
}

// Runs the event loop until `condition` holds (true) or `timeoutMs` passes.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000);
// Runs the event loop for `ms`, so that layouts, paints and late signals settle.
void settle(int ms);

struct ChildRun {
    double ms = 0;      // fork to exit, wall clock
    long maxRssKb = 0;  // the child's peak resident set (wait4)
    int exitCode = -1;  // -1: did not exit normally
};
// Runs `program` with `arguments` (its output to /dev/null) and waits for it.
// `environment` entries ("NAME=value") are added for the child only. With
// `cpu` >= 0 the child (and its threads) run on that CPU alone.
ChildRun runChild(const QString &program, const QStringList &arguments,
                  const QStringList &environment = {}, int cpu = -1);
// The CPU the start-up runs are pinned to: the last one this process may use.
// On a virtual machine a program whose threads wake each other across CPUs
// ran up to a third slower in some runs than in others, which made a median
// of a few runs jump; on one CPU every run of the same program takes the
// same time, for the product and its floor alike.
int benchCpu();

double nowMs();

}  // namespace crossma::bench
