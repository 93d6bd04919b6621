#pragma once

#include "core/connector.h"
#include "core/credentialstore.h"
#include "core/endpoints.h"
#include "core/verifyresult.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace crossma {

// The state of one mall page, without any widget (GNOME Online Accounts style):
//   Editing → Checking → Verified / Failed → Saving → Saved.
// Holds the raw values the seller typed, normalises and checks them through
// the connector, runs the connector's verify job and saves through the
// CredentialStore. 【この内容で更新】 is allowed only for exactly the values the
// mall accepted (Connector::fingerprint of the normalised values).
class MallPageController : public QObject
{
    Q_OBJECT
public:
    enum class State { Editing, Checking, Verified, Failed, Saving, Saved };
    Q_ENUM(State)

    MallPageController(Connector *connector, const Endpoints &endpoints, CredentialStore *store,
                       QObject *parent = nullptr);
    ~MallPageController() override;  // cancels a running check

    Connector *connector() const { return m_connector; }
    QString mallId() const { return m_connector->id(); }
    // Where the mall lives (a mall extra's own calls, such as a login, use it too).
    const Endpoints &endpoints() const { return m_endpoints; }
    State state() const { return m_state; }

    // Raw values as typed (or filled in). Any change makes canSave() false.
    void setValue(const QString &fieldId, const QString &raw);
    // Several values at once (a sandbox example); fields not named become empty.
    void fill(const FieldValues &raw);
    QString value(const QString &fieldId) const { return m_raw.value(fieldId); }
    FieldValues values() const { return m_raw; }
    FieldValues normalisedValues() const;

    // Offline problems found by the last runTest(), one per field at most shown.
    QList<FieldProblem> problems() const { return m_problems; }
    QString problemFor(const QString &fieldId) const;

    // Starts the connection test. Refuses (returns false, result INVALID_INPUT,
    // per-field problems) when check() finds problems or a test already runs.
    bool runTest();
    void cancelTest();
    bool isChecking() const { return m_state == State::Checking; }
    QString stage() const { return m_stage; }

    // The last verdict, for the values held now: any change of a value (typed,
    // filled, loaded) drops it (resultChanged with hasResult() false).
    bool hasResult() const { return m_hasResult; }
    const VerifyResult &lastResult() const { return m_result; }

    // True only when the last test succeeded for exactly the values held now
    // (and it is not saved yet): leaving the page would lose it.
    bool canSave() const;
    // Saves through the CredentialStore (secrets → keychain, the rest → settings).
    // Returns false when there is nothing allowed to save.
    bool save();
    QString saveMessage() const { return m_saveMessage; }
    bool saveFailed() const { return m_saveFailed; }

    // Fills the plain values from the settings and, asynchronously, the secrets
    // from the keychain; tells whether the mall is already linked.
    void loadStored();
    bool isLoadingSecrets() const { return m_loadingSecrets; }
    QString loadMessage() const { return m_loadMessage; }
    bool isLinked() const { return m_stored.linked; }
    // After a save the secrets leave the page (they are in the keychain); the
    // first edit reads them back, so nothing unchanged has to be typed again.
    bool secretsCleared() const { return m_secretsCleared; }
    StoredMall stored() const { return m_stored; }

signals:
    void stateChanged(crossma::MallPageController::State state);
    // Every change of a raw value, whoever made it (the page's widget, a mall
    // extra, stored values, a sandbox example): the page mirrors it.
    void valueChanged(const QString &fieldId, const QString &raw);
    void problemsChanged();
    void stageChanged(const QString &stage);
    void resultChanged();
    void canSaveChanged(bool canSave);
    void saveFinished(bool ok, const QString &message);
    void storedChanged();
    void loadingChanged(bool loading);

private:
    void onSaveEnded(const CredentialStore::Outcome &outcome, const QString &code,
                     const QVariantMap &facts, const QByteArray &fingerprint);
    void setState(State state);
    void dropResult();
    void setResult(const VerifyResult &result);
    void onTestFinished(const VerifyResult &result);
    void updateCanSave();
    void setLoadedValue(const QString &fieldId, const QString &raw);
    void clearSecretsAfterSave();

    Connector *m_connector;
    Endpoints m_endpoints;
    QPointer<CredentialStore> m_store;
    State m_state = State::Editing;
    FieldValues m_raw;
    QList<FieldProblem> m_problems;
    QPointer<VerifyJob> m_job;
    QByteArray m_testedFingerprint;    // values the running job checks
    QByteArray m_verifiedFingerprint;  // values the mall last accepted
    QByteArray m_storedFingerprint;    // values now in the store, once loaded
    VerifyResult m_result;
    bool m_hasResult = false;
    QString m_stage;
    bool m_canSave = false;
    QString m_saveMessage;
    bool m_saveFailed = false;
    StoredMall m_stored;
    bool m_loadingSecrets = false;
    QString m_loadMessage;
    bool m_secretsCleared = false;
    QSet<QString> m_editedFields;  // typed by the seller: a late keychain read must not overwrite
};

}  // namespace crossma
