#pragma once

#include "core/endpoints.h"
#include "core/fieldspec.h"
#include "core/verifyresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace crossma {

class Connector;
class CredentialStore;
class VerifyJob;

// 「すべて再確認」: checks every linked mall with what is stored, all malls at
// once (a slow mall must not hold the others up). Per mall: load the secrets
// from the keychain, add the plain fields, normalise, verify, record the
// result in the settings. No widgets, so it can be tested without a screen.
class RecheckAll : public QObject
{
    Q_OBJECT
public:
    RecheckAll(const QList<const Connector *> &connectors, CredentialStore *store,
               const Endpoints &endpoints, QObject *parent = nullptr);
    RecheckAll(const QList<Connector *> &connectors, CredentialStore *store,
               const Endpoints &endpoints, QObject *parent = nullptr)
        : RecheckAll(QList<const Connector *>(connectors.cbegin(), connectors.cend()), store,
                     endpoints, parent)
    {
    }
    ~RecheckAll() override;

    // Starts a run over every linked mall; does nothing while one runs.
    // allFinished() always comes later, never from start(), also when nothing is linked.
    void start();
    // Every unfinished mall ends with Code::Cancelled (not recorded as a check).
    void cancel();

    bool isRunning() const { return m_running; }
    QStringList malls() const { return m_order; }  // the malls of the current/last run
    VerifyResult result(const QString &mallId) const { return m_results.value(mallId); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // The code of a result when the keychain could not give the secrets.
    static constexpr char kKeychainCode[] = "KEYCHAIN";

signals:
    void mallStarted(const QString &mallId);
    void mallStage(const QString &mallId, const QString &stage);  // translated
    void mallFinished(const QString &mallId, const crossma::VerifyResult &result);
    void allFinished();

private:
    const Connector *connector(const QString &mallId) const;
    void verifyMall(const QString &mallId, const FieldValues &raw);
    void finishMall(const QString &mallId, const VerifyResult &result, bool record);
    void checkAllDone();

    QList<const Connector *> m_connectors;
    QPointer<CredentialStore> m_store;
    Endpoints m_endpoints;
    QStringList m_order;
    QHash<QString, VerifyResult> m_results;  // finished malls only
    QHash<QString, QPointer<VerifyJob>> m_jobs;
    int m_timeoutMs = 0;
    int m_generation = 0;  // callbacks of a cancelled run are ignored
    bool m_running = false;
};

}  // namespace crossma
