#pragma once

#include "clioutput.h"
#include "verifyreport.h"

#include "core/endpoints.h"
#include "core/fieldspec.h"

#include <QObject>

#include <memory>

class QEventLoop;
class QSettings;

namespace crossma {

class Connector;
class CredentialStore;

// `crossma-setup verify`: the same normalise → check → verify path as the
// wizard, from a credentials file, standard input, or what is stored.
class VerifyCommand : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString mallId;
        bool hasCredentials = false;
        QString credentialsPath;  // "-" = standard input
        QString endpointsPath;    // empty: production (or the sandbox's)
        int timeoutMs = 0;        // 0: the verify job's default
        bool sandbox = false;     // the sandbox's own profile, and its malls unless --endpoints
    };

    VerifyCommand(const Options &options, CliOutput &out, QObject *parent = nullptr);
    ~VerifyCommand() override;

    // Runs to the end on a local event loop; returns the process exit code.
    int exec();

private:
    void loadStored();
    void verify(const FieldValues &raw);
    void onFinished(const VerifyResult &result);
    void stop(ExitCode code);
    void stopWithProblem(const char *code, ExitCode exit, const QString &message,
                         const QList<VerifyReport::Problem> &problems = {});
    bool prepareEndpoints();

    Options m_options;
    CliOutput &m_out;
    std::unique_ptr<Connector> m_ownConnector;
    Connector *m_connector = nullptr;
    Endpoints m_endpoints;
    std::unique_ptr<QSettings> m_settings;
    CredentialStore *m_store = nullptr;
    QObject *m_sandbox = nullptr;  // sandbox::SandboxMalls when --sandbox runs its own malls
    QEventLoop *m_loop = nullptr;
    int m_exitCode = int(ExitCode::NoVerdict);
    bool m_stopped = false;
};

}  // namespace crossma
