#include "mallpagecontroller.h"

#include "core/wipe.h"

#include <memory>

namespace crossma {

MallPageController::MallPageController(Connector *connector, const Endpoints &endpoints,
                                       CredentialStore *store, QObject *parent)
    : QObject(parent), m_connector(connector), m_endpoints(endpoints), m_store(store)
{
    Q_ASSERT(connector);
    // Choices start on their default, as the page shows them.
    for (const FieldSpec &spec : connector->fields()) {
        if (!spec.defaultValue.isEmpty())
            m_raw.insert(spec.id, spec.defaultValue);
    }
}

MallPageController::~MallPageController()
{
    // Closing the wizard cancels the check; nothing of ours may run afterwards.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

FieldValues MallPageController::normalisedValues() const
{
    return m_connector->normalise(m_raw);
}

void MallPageController::setValue(const QString &fieldId, const QString &raw)
{
    // The seller edits a saved page: its secrets come back from the keychain.
    const bool refill = m_secretsCleared;
    m_secretsCleared = false;
    m_editedFields.insert(fieldId);
    if (m_raw.contains(fieldId) && m_raw.value(fieldId) == raw) {
        if (refill)
            loadStored();
        return;
    }
    m_raw.insert(fieldId, raw);
    emit valueChanged(fieldId, raw);
    dropResult();

    // A fixed field loses its message; other fields do not gain new ones while typing.
    if (!m_problems.isEmpty()) {
        QSet<QString> shown;
        for (const FieldProblem &p : std::as_const(m_problems))
            shown.insert(p.fieldId);
        QList<FieldProblem> still;
        const QList<FieldProblem> now = m_connector->check(normalisedValues());
        for (const FieldProblem &p : now) {
            if (shown.contains(p.fieldId))
                still.append(p);
        }
        m_problems = still;
        emit problemsChanged();
    }

    if (m_state == State::Verified || m_state == State::Failed || m_state == State::Saved)
        setState(State::Editing);
    updateCanSave();
    if (refill)
        loadStored();
}

void MallPageController::fill(const FieldValues &raw)
{
    for (const FieldSpec &spec : m_connector->fields()) {
        if (spec.kind == FieldSpec::Kind::Hidden && !raw.contains(spec.id))
            continue;
        setValue(spec.id, raw.value(spec.id));
    }
}

QString MallPageController::problemFor(const QString &fieldId) const
{
    for (const FieldProblem &p : m_problems) {
        if (p.fieldId == fieldId)
            return p.message;
    }
    return {};
}

bool MallPageController::runTest()
{
    if (m_state == State::Checking || m_state == State::Saving)
        return false;
    if (m_secretsCleared) {
        // A saved page tests what is stored: its secrets are read back first.
        m_secretsCleared = false;
        loadStored();
    }
    if (m_loadingSecrets) {
        // The saved secrets are on their way from the keychain: test once they are in.
        setState(State::Checking);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(this, &MallPageController::loadingChanged, this,
                              [this, connection](bool loading) {
                                  if (loading)
                                      return;
                                  disconnect(*connection);
                                  setState(State::Editing);
                                  runTest();
                              });
        return true;
    }
    const FieldValues normalised = normalisedValues();
    const QList<FieldProblem> problems = m_connector->check(normalised);
    m_problems = problems;
    emit problemsChanged();
    m_saveMessage.clear();
    m_saveFailed = false;
    if (!problems.isEmpty()) {
        QStringList causes;
        for (const FieldProblem &p : problems)
            causes.append(p.message);
        setResult(VerifyResult::failure(
            Code::InvalidInput,
            tr("Nothing was sent to %1 yet: please first correct the fields marked in ② Input.")
                .arg(m_connector->displayName()),
            causes));
        setState(State::Failed);
        updateCanSave();
        return false;
    }

    m_testedFingerprint = Connector::fingerprint(normalised);
    m_verifiedFingerprint.clear();
    m_job = m_connector->verify(normalised, m_endpoints, this);
    if (!m_stored.facts.isEmpty() && m_testedFingerprint == m_storedFingerprint)
        m_job->setPreviousFacts(m_stored.facts);
    connect(m_job, &VerifyJob::stageChanged, this, [this](const QString &stage) {
        m_stage = stage;
        emit stageChanged(stage);
    });
    connect(m_job, &VerifyJob::finished, this, &MallPageController::onTestFinished);
    m_stage = tr("Starting the connection test…");
    emit stageChanged(m_stage);
    setState(State::Checking);
    updateCanSave();
    m_job->start();
    return true;
}

void MallPageController::cancelTest()
{
    if (m_job && m_state == State::Checking)
        m_job->cancel();  // finished(CANCELLED) arrives synchronously
}

void MallPageController::onTestFinished(const VerifyResult &result)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_stage.clear();
    emit stageChanged(m_stage);
    const bool sameValues = m_testedFingerprint == Connector::fingerprint(normalisedValues());
    if (result.ok() && sameValues)
        m_verifiedFingerprint = m_testedFingerprint;
    setResult(result);
    if (result.code == QLatin1String(Code::Cancelled) || !sameValues)
        setState(State::Editing);
    else
        setState(result.ok() ? State::Verified : State::Failed);
    updateCanSave();
}

bool MallPageController::canSave() const
{
    return m_state == State::Verified && m_hasResult && m_result.ok()
           && !m_verifiedFingerprint.isEmpty()
           && m_verifiedFingerprint == Connector::fingerprint(normalisedValues());
}

bool MallPageController::save()
{
    if (!canSave() || !m_store)
        return false;
    const FieldValues normalised = normalisedValues();
    FieldValues secrets;
    FieldValues plain;
    for (const FieldSpec &spec : m_connector->fields()) {
        if (!normalised.contains(spec.id))
            continue;
        (spec.secret ? secrets : plain).insert(spec.id, normalised.value(spec.id));
    }
    const QVariantMap facts = m_result.facts;
    const QString code = m_result.code;
    const QByteArray fingerprint = m_verifiedFingerprint;
    m_saveMessage.clear();
    m_saveFailed = false;
    setState(State::Saving);
    updateCanSave();

    QPointer<MallPageController> self(this);
    const QString mall = mallId();
    auto finished = [self, code, facts, fingerprint](const CredentialStore::Outcome &outcome) {
        if (self)
            self->onSaveEnded(outcome, code, facts, fingerprint);
    };
    m_store->save(mall, secrets, plain, facts,
                  [self, finished](const CredentialStore::Outcome &outcome) {
                      if (!self || !outcome.pending) {
                          finished(outcome);
                          return;
                      }
                      // The keychain has not answered yet and may still save: the page
                      // stays 保存中… with the store's words, until the save has really ended.
                      self->m_saveMessage = outcome.message;
                      emit self->saveFinished(false, outcome.message);
                      QObject::connect(
                          self->m_store.data(), &CredentialStore::settled, self.data(),
                          [finished](const QString &, CredentialStore::Operation,
                                     const CredentialStore::Outcome &late) { finished(late); },
                          Qt::SingleShotConnection);
                  });
    return true;
}

// The store's final word on a save (after a late keychain too).
void MallPageController::onSaveEnded(const CredentialStore::Outcome &outcome, const QString &code,
                                     const QVariantMap &facts, const QByteArray &fingerprint)
{
    const QString mall = mallId();
    if (outcome.ok()) {
        // A check against servers an endpoints file chose says nothing about the mall.
        if (m_store && m_endpoints.allowsStoredSecrets(m_connector->endpointKeys()))
            m_store->recordVerification(mall, code, facts);
        m_saveMessage = tr("Saved.");
        m_saveFailed = false;
        m_storedFingerprint = fingerprint;
        if (m_store)
            m_stored = m_store->stored(mall);
        m_stored.linked = true;
        // Values changed meanwhile (by a mall extra) are not the saved ones.
        const bool same = Connector::fingerprint(normalisedValues()) == fingerprint;
        setState(same ? State::Saved : State::Editing);
        if (same)
            clearSecretsAfterSave();
        emit storedChanged();
    } else {
        // The store kept the previous state whole; the check still holds.
        m_saveMessage = outcome.message;
        m_saveFailed = true;
        setState(State::Verified);
    }
    updateCanSave();
    emit saveFinished(outcome.ok(), m_saveMessage);
}

void MallPageController::loadStored()
{
    if (!m_store)
        return;
    m_stored = m_store->stored(mallId());
    for (auto it = m_stored.plainFields.cbegin(); it != m_stored.plainFields.cend(); ++it) {
        if (!m_editedFields.contains(it.key()))
            setLoadedValue(it.key(), it.value());
    }
    emit storedChanged();
    // Saved secrets never go to servers an endpoints file chose: the seller types them.
    if (!m_stored.linked || m_connector->secretFieldIds().isEmpty()
        || !m_endpoints.allowsStoredSecrets(m_connector->endpointKeys())) {
        m_storedFingerprint = Connector::fingerprint(normalisedValues());
        return;
    }

    m_loadingSecrets = true;
    m_loadMessage.clear();
    emit loadingChanged(true);
    QPointer<MallPageController> self(this);
    m_store->loadSecrets(
        mallId(), [self](const CredentialStore::Outcome &outcome, const FieldValues &secrets) {
            if (!self)
                return;
            self->m_loadingSecrets = false;
            if (outcome.ok()) {
                for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
                    if (!self->m_editedFields.contains(it.key()))
                        self->setLoadedValue(it.key(), it.value());
                }
                self->m_storedFingerprint = Connector::fingerprint(self->normalisedValues());
            } else {
                self->m_loadMessage = outcome.message;
            }
            emit self->loadingChanged(false);
            emit self->storedChanged();
        });
}

void MallPageController::clearSecretsAfterSave()
{
    // What the seller typed is now what is stored: a later keychain read may fill it.
    m_editedFields.clear();
    for (const QString &id : m_connector->secretFieldIds()) {
        if (m_raw.value(id).isEmpty())
            continue;
        m_secretsCleared = true;
        wipe(m_raw[id]);
        m_raw.insert(id, QString());
        emit valueChanged(id, QString());
    }
}

void MallPageController::setLoadedValue(const QString &fieldId, const QString &raw)
{
    if (m_raw.value(fieldId) == raw)
        return;
    m_raw.insert(fieldId, raw);
    emit valueChanged(fieldId, raw);
    dropResult();
    if (m_state == State::Verified || m_state == State::Failed || m_state == State::Saved)
        setState(State::Editing);
    updateCanSave();
}

void MallPageController::dropResult()
{
    // A verdict speaks of the values it was given: new values, no verdict. A
    // check still running reports against its own values (onTestFinished).
    if (!m_hasResult || m_state == State::Checking)
        return;
    m_hasResult = false;
    emit resultChanged();
}

void MallPageController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MallPageController::setResult(const VerifyResult &result)
{
    m_result = result;
    m_hasResult = true;
    emit resultChanged();
}

void MallPageController::updateCanSave()
{
    const bool now = canSave();
    if (now == m_canSave)
        return;
    m_canSave = now;
    emit canSaveChanged(now);
}

}  // namespace crossma
