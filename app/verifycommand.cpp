#include "verifycommand.h"

#include "appprofile.h"
#include "credentialsfile.h"

#include "core/connector.h"
#include "core/credentialstore.h"
#include "registry.h"
#include "sandboxmalls.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

namespace crossma {

VerifyCommand::VerifyCommand(const Options &options, CliOutput &out, QObject *parent)
    : QObject(parent), m_options(options), m_out(out)
{
}

VerifyCommand::~VerifyCommand() = default;

int VerifyCommand::exec()
{
    // Only the mall asked for is built.
    m_ownConnector = createConnector(m_options.mallId);
    m_connector = m_ownConnector.get();
    if (!m_connector) {
        // Only a plausible mall name is echoed: anything else could be a pasted value.
        static const QRegularExpression word(QStringLiteral("^[a-z]{1,16}$"));
        const QString shown = word.match(m_options.mallId).hasMatch() ? m_options.mallId
                                                                      : QStringLiteral("…");
        stopWithProblem(VerifyReport::kUsage, ExitCode::Usage,
                        tr("Unknown mall \"%1\". Use one of: %2.")
                            .arg(shown, mallIds().join(QStringLiteral(", "))));
        return m_exitCode;
    }
    if (!prepareEndpoints())
        return m_exitCode;

    if (m_options.hasCredentials) {
        FieldValues raw;
        QString error;
        if (!CredentialsFile::read(m_options.credentialsPath, *m_connector, &raw, &error)) {
            stopWithProblem(Code::InvalidInput, ExitCode::Usage, error);
            return m_exitCode;
        }
        verify(raw);
    } else {
        loadStored();
    }
    if (m_stopped)
        return m_exitCode;
    QEventLoop loop;
    m_loop = &loop;
    loop.exec();
    m_loop = nullptr;
    return m_exitCode;
}

bool VerifyCommand::prepareEndpoints()
{
    if (!m_options.endpointsPath.isEmpty()) {
        QString error;
        if (!Endpoints::fromJsonFile(m_options.endpointsPath, allEndpointKeys(), &m_endpoints,
                                     &error)) {
            stopWithProblem(VerifyReport::kUsage, ExitCode::Usage, error);
            return false;
        }
        return true;
    }
    if (m_options.sandbox) {
        auto *malls = new sandbox::SandboxMalls(this);
        m_sandbox = malls;
        QString error;
        if (!malls->start(&error)) {
            stopWithProblem(Code::Network, ExitCode::NoVerdict,
                            tr("The sandbox malls could not be started: %1").arg(error));
            return false;
        }
        m_endpoints = malls->endpoints();
    }
    return true;
}

void VerifyCommand::loadStored()
{
    m_settings = AppProfile::createSettings(m_options.sandbox);
    m_store = new CredentialStore(AppProfile::keychainService(m_options.sandbox), m_settings.get(),
                                  this);
    const StoredMall stored = m_store->stored(m_connector->id());
    if (!stored.linked) {
        stopWithProblem(VerifyReport::kNotLinked, ExitCode::Usage,
                        tr("Nothing is saved for %1 yet. Link it in the wizard first, or give the "
                           "values with --credentials FILE.")
                            .arg(m_connector->displayName()));
        return;
    }
    if (!m_options.sandbox && !m_endpoints.allowsStoredSecrets(m_connector->endpointKeys())) {
        // A file can point a mall at any server ("support sent me this"): stored
        // secrets go to the mall's own host and nowhere else.
        stopWithProblem(VerifyReport::kUsage, ExitCode::Usage,
                        tr("The endpoints file sends %1's requests to other servers, so the saved "
                           "values are not sent. Saved secrets only ever go to %1 itself. To test "
                           "against those servers, give the values with --credentials FILE.")
                            .arg(m_connector->displayName()));
        return;
    }
    const FieldValues plain = stored.plainFields;
    m_store->loadSecrets(m_connector->id(), [this, plain](const CredentialStore::Outcome &outcome,
                                                          const FieldValues &secrets) {
        if (!outcome.ok()) {
            stopWithProblem(VerifyReport::kKeychain, ExitCode::NoVerdict, outcome.message);
            return;
        }
        FieldValues all = plain;
        for (auto it = secrets.begin(); it != secrets.end(); ++it)
            all.insert(it.key(), it.value());
        verify(all);
    });
}

void VerifyCommand::verify(const FieldValues &raw)
{
    const QStringList secretIds = m_connector->secretFieldIds();
    for (const QString &id : secretIds)
        m_out.redactor().add(raw.value(id));
    const FieldValues values = m_connector->normalise(raw);
    for (const QString &id : secretIds)
        m_out.redactor().add(values.value(id));

    const QList<FieldProblem> problems = m_connector->check(values);
    if (!problems.isEmpty()) {
        QList<VerifyReport::Problem> list;
        for (const FieldProblem &p : problems)
            list.append({p.fieldId, m_connector->field(p.fieldId).label, p.message});
        stopWithProblem(
            Code::InvalidInput, ExitCode::Usage,
            tr("%1: please check the values. Nothing was sent.").arg(m_connector->displayName()),
            list);
        return;
    }
    VerifyJob *job = m_connector->verify(values, m_endpoints, this);
    // Facts that carry over between checks (the day an au PAY key was first seen).
    if (m_store)
        job->setPreviousFacts(m_store->stored(m_connector->id()).facts);
    if (m_options.timeoutMs > 0)
        job->setTimeout(m_options.timeoutMs);
    connect(job, &VerifyJob::finished, this, &VerifyCommand::onFinished);
    job->start();
}

void VerifyCommand::onFinished(const VerifyResult &result)
{
    // A check of what is stored updates what `status` and the wizard show.
    if (m_store && result.verdict() != VerifyResult::Verdict::InvalidInput)
        m_store->recordVerification(m_connector->id(), result.code,
                                    result.ok() ? result.facts : QVariantMap());
    m_out.object(VerifyReport::json(m_connector->id(), result));
    m_out.text(VerifyReport::text(m_connector->displayName(), result));
    stop(VerifyReport::exitCode(result));
}

void VerifyCommand::stopWithProblem(const char *code, ExitCode exit, const QString &message,
                                    const QList<VerifyReport::Problem> &problems)
{
    m_out.object(VerifyReport::problemJson(m_options.mallId, code, message, problems));
    m_out.error(VerifyReport::problemText(message, problems));
    stop(exit);
}

void VerifyCommand::stop(ExitCode code)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_exitCode = int(code);
    if (m_loop)
        m_loop->exit(m_exitCode);
}

}  // namespace crossma
