// Each bench returns its rows of the one table (benchtable.h).
#pragma once

#include "benchtable.h"

#include <QList>
#include <QString>

namespace crossma::bench {

class SandboxThread;
class BenchProfile;
}  // namespace crossma::bench

class QTemporaryDir;

namespace crossma::bench {

struct Paths {
    QString app;              // crossma-setup
    QString bareWizard;       // crossma_bare_wizard
    QString bareWizardStack;  // crossma_bare_wizard_stack: the same, with the product's libraries
    QString bareHttps;        // crossma_bare_https
    QString curl;             // empty: not installed
};

// Start-up and its peak memory against bare QWizards (child processes).
QList<Row> startupRows(const Paths &paths, int runs);
// The arguments of `verify --mall rakuten` against the fake, files written to `dir`.
QStringList verifyArguments(const SandboxThread &sandbox, const QTemporaryDir &dir);
// `verify --mall rakuten` against curl making the same requests (child processes).
QList<Row> verifyRows(const Paths &paths, SandboxThread &sandbox, int runs);
// The worst UI stall per activity in the real wizard (needs a keychain).
QList<Row> stallRows(SandboxThread &sandbox, BenchProfile &profile, int runs);
// すべて再確認 with four slow malls against the slowest alone (needs a keychain).
QList<Row> recheckRows(SandboxThread &sandbox, BenchProfile &profile, int runs);

}  // namespace crossma::bench
