#include "recheckall.h"

#include "core/connector.h"
#include "core/credentialstore.h"
#include "core/verifyjob.h"

#include <QTimer>

namespace crossma {

RecheckAll::RecheckAll(const QList<const Connector *> &connectors, CredentialStore *store,
                       const Endpoints &endpoints, QObject *parent)
    : QObject(parent), m_connectors(connectors), m_store(store), m_endpoints(endpoints)
{
}

RecheckAll::~RecheckAll()
{
    ++m_generation;
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

const Connector *RecheckAll::connector(const QString &mallId) const
{
    for (const Connector *c : m_connectors) {
        if (c->id() == mallId)
            return c;
    }
    return nullptr;
}

namespace {
// An endpoints file points this mall elsewhere: the saved values stay unsent
// and nothing is recorded about them.
VerifyResult storedSecretsStayHome(const Connector *c)
{
    return VerifyResult::failure(
        Code::Cancelled,
        RecheckAll::tr(
            "%1 was not checked: this app was started with an endpoints file that sends "
            "its requests to other servers, and saved values are only ever sent to %1 itself.")
            .arg(c->displayName()));
}
}  // namespace

void RecheckAll::start()
{
    if (m_running || !m_store)
        return;
    m_running = true;
    const int generation = ++m_generation;
    m_order.clear();
    m_results.clear();
    m_jobs.clear();
    const QStringList linked = m_store->linkedMalls();
    // The wizard's order, not the settings file's.
    for (const Connector *c : std::as_const(m_connectors)) {
        if (linked.contains(c->id()))
            m_order.append(c->id());
    }
    // Signals only after start() returned, so a caller can connect afterwards too.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        if (m_order.isEmpty()) {
            checkAllDone();
            return;
        }
        const QStringList order = m_order;
        for (const QString &mallId : order) {
            emit mallStarted(mallId);
            emit mallStage(mallId, tr("Reading the saved values…"));
            if (!m_endpoints.allowsStoredSecrets(connector(mallId)->endpointKeys())) {
                finishMall(mallId, storedSecretsStayHome(connector(mallId)), false);
                continue;
            }
            const FieldValues plain = m_store->stored(mallId).plainFields;
            // The store answers keychain calls one after another, but each is quick;
            // the slow part, the mall, runs in parallel.
            QPointer<RecheckAll> self(this);
            m_store->loadSecrets(mallId, [this, self, generation, mallId,
                                          plain](const CredentialStore::Outcome &outcome,
                                                 const FieldValues &secrets) {
                if (!self || generation != m_generation || m_results.contains(mallId))
                    return;
                if (!outcome.ok()) {
                    VerifyResult failed = VerifyResult::failure(kKeychainCode, outcome.message);
                    failed.mallMessage = outcome.detail;
                    finishMall(mallId, failed, false);
                    return;
                }
                FieldValues all = plain;
                for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
                    all.insert(it.key(), it.value());
                verifyMall(mallId, all);
            });
        }
    });
}

void RecheckAll::verifyMall(const QString &mallId, const FieldValues &raw)
{
    const Connector *c = connector(mallId);
    const FieldValues values = c->normalise(raw);
    const QList<FieldProblem> problems = c->check(values);
    if (!problems.isEmpty()) {
        QStringList causes;
        for (const FieldProblem &p : problems)
            causes.append(c->field(p.fieldId).label + QStringLiteral(": ") + p.message);
        finishMall(
            mallId,
            VerifyResult::failure(Code::InvalidInput,
                                  tr("%1: the saved values are incomplete. Open Edit and enter "
                                     "them again.")
                                      .arg(c->displayName()),
                                  causes),
            false);
        return;
    }
    VerifyJob *job = c->verify(values, m_endpoints, this);
    job->setPreviousFacts(m_store->stored(mallId).facts);
    if (m_timeoutMs > 0)
        job->setTimeout(m_timeoutMs);
    m_jobs.insert(mallId, job);
    connect(job, &VerifyJob::stageChanged, this,
            [this, mallId](const QString &stage) { emit mallStage(mallId, stage); });
    connect(job, &VerifyJob::finished, this, [this, mallId, job](const VerifyResult &result) {
        m_jobs.remove(mallId);
        job->deleteLater();
        // A cancelled check says nothing about the values: keep the last real result.
        finishMall(mallId, result, result.code != QLatin1String(Code::Cancelled));
    });
    job->start();
}

void RecheckAll::finishMall(const QString &mallId, const VerifyResult &result, bool record)
{
    if (m_results.contains(mallId))
        return;
    m_results.insert(mallId, result);
    if (record && m_store)
        m_store->recordVerification(mallId, result.code, result.ok() ? result.facts : QVariantMap());
    emit mallFinished(mallId, result);
    checkAllDone();
}

void RecheckAll::checkAllDone()
{
    if (!m_running || m_results.size() < m_order.size())
        return;
    m_running = false;
    emit allFinished();
}

void RecheckAll::cancel()
{
    if (!m_running)
        return;
    const QStringList order = m_order;
    const auto jobs = m_jobs;
    // Jobs answer with Cancelled through finished(); malls still waiting for the
    // keychain end here.
    for (const auto &job : jobs) {
        if (job)
            job->cancel();
    }
    for (const QString &mallId : order) {
        if (!m_results.contains(mallId) && !m_jobs.contains(mallId))
            finishMall(mallId,
                       VerifyResult::failure(Code::Cancelled, tr("The check was cancelled.")), false);
    }
}

}  // namespace crossma
