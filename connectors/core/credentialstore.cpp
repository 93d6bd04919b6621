#include "credentialstore.h"

#include "secretsentry.h"
#include "wipe.h"

#include <QMetaObject>
#include <QTimer>

namespace crossma {

using Result = KeychainAccess::Result;

// One queued or running operation. `answered` turns true when the caller has
// heard back, which may be at the deadline, before the keychain has.
struct CredentialStore::Run {
    Operation operation = Operation::Load;
    QString mallId;
    std::function<void(const Outcome &, const FieldValues &)> reply;
    Step start;
    bool started = false;
    bool answered = false;
    QTimer deadline;
};

// Everything a save carries from step to step; secrets are wiped at the end.
struct CredentialStore::SaveJob {
    SecretsEntry::Plan plan;
    FieldValues plain;
    QVariantMap facts;
    QByteArray previous;  // the head before this save: what a rollback puts back
    int nextChunk = 0;
    ~SaveJob()
    {
        wipe(plan.head);
        for (auto &chunk : plan.chunks)
            wipe(chunk.second);
        wipe(previous);
    }
};

CredentialStore::CredentialStore(const QString &service, QSettings *settings, QObject *parent)
    : QObject(parent), m_service(service), m_settings(settings),
      m_chunkSize(SecretsEntry::DefaultChunkSize)
{
}

// Made on the first keychain call: `status` and a wizard that only shows the
// settings never load the keychain library's backend or touch D-Bus.
KeychainAccess *CredentialStore::keychain()
{
    if (!m_keychain) {
        m_keychain = new KeychainAccess(m_service, this);
        m_keychain->setTimeout(m_timeoutMs);
    }
    return m_keychain;
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::setChunkSize(int bytes)
{
    m_chunkSize = qMax(bytes, SecretsEntry::MinimumChunkSize);
}

void CredentialStore::setKeychainTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    if (m_keychain)
        m_keychain->setTimeout(milliseconds);
}

void CredentialStore::recordVerification(const QString &mallId, const QString &code,
                                         const QVariantMap &facts)
{
    if (CredentialSettings::isValidMallId(mallId)
        && !m_settings.recordVerification(mallId, code, facts))
        qWarning("crossma: could not record the check of %s in the settings", qPrintable(mallId));
}

// ------------------------------------------------------------------- queue

// One operation at a time, and the next only once the keychain has really
// answered the one before: a save is several keychain calls, and a second
// save or remove of the same mall must not interleave with them.
void CredentialStore::enqueue(Operation operation, const QString &mallId,
                              std::function<void(const Outcome &, const FieldValues &)> reply,
                              Step start)
{
    auto run = std::make_shared<Run>();
    run->operation = operation;
    run->mallId = mallId;
    run->reply = std::move(reply);
    run->start = std::move(start);
    run->deadline.setSingleShot(true);
    std::weak_ptr<Run> weak = run;
    connect(&run->deadline, &QTimer::timeout, this, [this, weak] {
        if (const RunPtr alive = weak.lock())
            passDeadline(alive);
    });
    run->deadline.start(m_timeoutMs);
    m_queue.append(run);
    startNext();
}

void CredentialStore::startNext()
{
    if (m_current)
        return;
    if (m_queue.isEmpty()) {
        emit idle();
        return;
    }
    m_current = m_queue.takeFirst();
    m_current->started = true;
    // Queued so that callers always hear back later, never inside their call.
    QMetaObject::invokeMethod(
        this, [run = m_current] { run->start(run); }, Qt::QueuedConnection);
}

void CredentialStore::passDeadline(const RunPtr &run)
{
    if (!run->started) {
        // Still waiting behind a keychain call that has not ended: give up
        // on this one before it touches anything.
        m_queue.removeOne(run);
        run->answered = true;
        if (run->reply)
            run->reply(busyOutcome(), {});
        if (isIdle())
            emit idle();
        return;
    }
    if (!run->answered) {
        run->answered = true;
        if (run->reply)
            run->reply(pendingOutcome(run->operation), {});
    }
}

void CredentialStore::finish(const RunPtr &run, const Outcome &outcome, const FieldValues &secrets)
{
    run->deadline.stop();
    if (m_current == run)
        m_current.reset();
    if (!run->answered) {
        run->answered = true;
        if (run->reply)
            run->reply(outcome, secrets);
    } else {
        emit settled(run->mallId, run->operation, outcome);
    }
    startNext();
}

// ---------------------------------------------------------- shared steps

// Every operation starts here: what the keychain holds now is the truth,
// whatever an earlier operation that answered late believed. A save whose
// head landed after its deadline gets its settings record now.
void CredentialStore::readHead(const RunPtr &run, Head next)
{
    keychain()->read(run->mallId, [this, run, next](const Result &result) {
        if (!result.ok() && result.kind != Result::NotFound) {
            finish(run, keychainOutcome(result, run->operation));
            return;
        }
        const QByteArray head = result.ok() ? result.data : QByteArray();
        if (head.isNull())
            m_settings.adoptRemoved(run->mallId);
        else
            m_settings.adoptLanded(run->mallId,
                                   SecretsEntry::parseHead(run->mallId, head).generation);
        next(run, head);
    });
}

// Removes keys one after another; `allGone` when each is removed or was absent.
void CredentialStore::removeKeys(QStringList keys, std::function<void(bool allGone)> done,
                                 bool allGone)
{
    if (keys.isEmpty()) {
        done(allGone);
        return;
    }
    const QString key = keys.takeFirst();
    keychain()->remove(key, [this, keys, done, allGone](const Result &result) {
        const bool gone = result.ok() || result.kind == Result::NotFound;
        if (!gone)
            qWarning("crossma: could not remove a leftover keychain chunk (%d)", int(result.kind));
        removeKeys(keys, done, allGone && gone);
    });
}

// Removes the chunks of one journaled generation; the journal forgets it
// only when they are all gone.
void CredentialStore::dropGeneration(const QString &mallId, const QString &generation,
                                     std::function<void()> done)
{
    removeKeys(m_settings.chunkKeys(mallId, generation),
               [this, mallId, generation, done](bool allGone) {
                   if (allGone)
                       m_settings.forgetGeneration(mallId, generation);
                   done();
               });
}

// Once the head is known (just written, or removed), every other generation
// is an orphan: chunks of a save that failed, answered late or was replaced.
void CredentialStore::dropGenerations(const QString &mallId, const QString &keep,
                                      std::function<void()> done)
{
    QStringList orphans = m_settings.generations(mallId);
    orphans.removeAll(keep);
    if (orphans.isEmpty()) {
        done();
        return;
    }
    dropGeneration(mallId, orphans.first(),
                   [this, mallId, keep, done] { dropGenerations(mallId, keep, done); });
}

// -------------------------------------------------------------------- save

void CredentialStore::save(const QString &mallId, const FieldValues &secrets,
                           const FieldValues &plain, const QVariantMap &facts,
                           std::function<void(const Outcome &)> done)
{
    const auto reply = [done](const Outcome &outcome, const FieldValues &) {
        if (done)
            done(outcome);
    };
    enqueue(Operation::Save, mallId, reply, [this, secrets, plain, facts](const RunPtr &run) {
        if (!CredentialSettings::isValidMallId(run->mallId)) {
            finish(run, keychainOutcome({Result::Failed, QStringLiteral("invalid mall id"), {}},
                                        Operation::Save));
            return;
        }
        auto job = std::make_shared<SaveJob>();
        job->plan = SecretsEntry::plan(run->mallId, secrets, m_chunkSize,
                                       SecretsEntry::newGeneration());
        job->plain = plain;
        job->facts = facts;
        readHead(run, [this, job](const RunPtr &run, const QByteArray &previous) {
            job->previous = previous;
            // The journal before any keychain write: when the settings cannot
            // be written, nothing is touched.
            if (!m_settings.noteGeneration(run->mallId, job->plan.generation, job->plan.chunkKeys(),
                                           job->plain, job->facts))
                finish(run, settingsOutcome(Operation::Save));
            else
                writeChunks(run, job);
        });
    });
}

// Chunks first, under a fresh generation: until the head names them they
// change nothing, so any failure here leaves the previous secrets whole.
void CredentialStore::writeChunks(const RunPtr &run, const std::shared_ptr<SaveJob> &job)
{
    if (job->nextChunk >= job->plan.chunks.size()) {
        writeHead(run, job);
        return;
    }
    const auto &chunk = job->plan.chunks.at(job->nextChunk);
    keychain()->write(chunk.first, chunk.second, [this, run, job](const Result &result) {
        if (result.kind == Result::TimedOut) {
            // The chunk may still land; the journal names it for a later cleanup.
            finish(run, keychainOutcome(result, Operation::Save));
        } else if (!result.ok()) {
            abandon(run, job, keychainOutcome(result, Operation::Save));
        } else {
            ++job->nextChunk;
            writeChunks(run, job);
        }
    });
}

void CredentialStore::writeHead(const RunPtr &run, const std::shared_ptr<SaveJob> &job)
{
    keychain()->write(run->mallId, job->plan.head, [this, run, job](const Result &result) {
        if (result.kind == Result::TimedOut)
            finish(run, pendingOutcome(Operation::Save));  // may land: the next operation adopts it
        else if (!result.ok())
            abandon(run, job, keychainOutcome(result, Operation::Save));
        else
            commitSave(run, job);
    });
}

void CredentialStore::commitSave(const RunPtr &run, const std::shared_ptr<SaveJob> &job)
{
    const QString &generation = job->plan.generation;
    if (!m_settings.writeMall(run->mallId, generation, job->plain, job->facts)) {
        rollBack(run, job);
        return;
    }
    m_settings.forgetGeneration(run->mallId, generation);
    const QStringList replaced = SecretsEntry::parseHead(run->mallId, job->previous).chunkKeys;
    removeKeys(replaced, [this, run, generation](bool) {
        dropGenerations(run->mallId, generation, [this, run] { finish(run, Outcome{}); });
    });
}

// The settings could not be written: the keychain goes back to the previous
// head, and only once it is back are the new chunks removed.
void CredentialStore::rollBack(const RunPtr &run, const std::shared_ptr<SaveJob> &job)
{
    const bool hadHead = !job->previous.isNull();
    auto restored = [this, run, job, hadHead](const Result &result) {
        if (result.ok() || (!hadHead && result.kind == Result::NotFound)) {
            dropGeneration(run->mallId, job->plan.generation,
                           [this, run] { finish(run, settingsOutcome(Operation::Save)); });
            return;
        }
        // The new head may still be the keychain's: its chunks stay, and the
        // journal gives it its record once the settings can be written.
        qWarning("crossma: could not restore the keychain entry of %s (%d)",
                 qPrintable(run->mallId), int(result.kind));
        finish(run, settingsOutcome(Operation::Save, true));
    };
    if (hadHead)
        keychain()->write(run->mallId, job->previous, restored);
    else
        keychain()->remove(run->mallId, restored);
}

// A keychain write failed for certain before the head changed: the new
// chunks are garbage and nothing can make them count any more.
void CredentialStore::abandon(const RunPtr &run, const std::shared_ptr<SaveJob> &job,
                              const Outcome &outcome)
{
    dropGeneration(run->mallId, job->plan.generation, [this, run, outcome] { finish(run, outcome); });
}

// -------------------------------------------------------------------- load

void CredentialStore::loadSecrets(const QString &mallId,
                                  std::function<void(const Outcome &, const FieldValues &)> done)
{
    enqueue(Operation::Load, mallId, done, [this](const RunPtr &run) {
        const Result notFound{Result::NotFound, {}, {}};
        if (!CredentialSettings::isValidMallId(run->mallId)) {
            finish(run, keychainOutcome(notFound, Operation::Load));
            return;
        }
        readHead(run, [this, notFound](const RunPtr &run, const QByteArray &bytes) {
            if (bytes.isNull()) {
                finish(run, keychainOutcome(notFound, Operation::Load));
                return;
            }
            const SecretsEntry::Head head = SecretsEntry::parseHead(run->mallId, bytes);
            if (!head.valid)
                finish(run, damagedOutcome());
            else if (!head.chunked)
                finish(run, Outcome{}, head.secrets);
            else
                readChunks(run,
                           std::make_shared<ChunkRead>(ChunkRead{head.chunkKeys, {}, head.bytes}));
        });
    });
}

void CredentialStore::readChunks(const RunPtr &run, const std::shared_ptr<ChunkRead> &read)
{
    if (read->parts.size() == read->keys.size()) {
        const auto secrets = SecretsEntry::joinChunks(read->parts, read->bytes);
        for (QByteArray &part : read->parts)
            wipe(part);
        if (secrets)
            finish(run, Outcome{}, *secrets);
        else
            finish(run, damagedOutcome());
        return;
    }
    keychain()->read(read->keys.at(read->parts.size()), [this, run, read](const Result &result) {
        if (result.ok()) {
            read->parts.append(result.data);
            readChunks(run, read);
        } else if (result.kind == Result::NotFound) {
            finish(run, damagedOutcome());  // a missing chunk is damage, not "nothing saved"
        } else {
            finish(run, keychainOutcome(result, Operation::Load));
        }
    });
}

// ------------------------------------------------------------------ remove

void CredentialStore::remove(const QString &mallId, std::function<void(const Outcome &)> done)
{
    const auto reply = [done](const Outcome &outcome, const FieldValues &) {
        if (done)
            done(outcome);
    };
    enqueue(Operation::Remove, mallId, reply, [this](const RunPtr &run) {
        if (!CredentialSettings::isValidMallId(run->mallId)) {
            finish(run, Outcome{});
            return;
        }
        readHead(run, [this](const RunPtr &run, const QByteArray &previous) {
            if (previous.isNull()) {
                dropRecord(run, previous);
                return;
            }
            // Noted first: should the removal land after its deadline, the
            // next operation sees the head gone and drops the record then.
            if (!m_settings.noteRemoval(run->mallId)) {
                finish(run, settingsOutcome(Operation::Remove));
                return;
            }
            keychain()->remove(run->mallId, [this, run, previous](const Result &result) {
                if (result.kind == Result::TimedOut)
                    finish(run, pendingOutcome(Operation::Remove));
                else if (!result.ok() && result.kind != Result::NotFound)
                    finish(run, keychainOutcome(result, Operation::Remove));
                else
                    dropRecord(run, previous);
            });
        });
    });
}

// The head is gone; now the settings record, then every chunk of any generation.
void CredentialStore::dropRecord(const RunPtr &run, const QByteArray &previous)
{
    if (!m_settings.removeMall(run->mallId)) {
        // Keep keychain and settings in step: put the entry back.
        if (previous.isNull()) {
            finish(run, settingsOutcome(Operation::Remove));
            return;
        }
        keychain()->write(run->mallId, previous, [this, run](const Result &result) {
            if (result.ok())
                m_settings.forgetRemoval(run->mallId);
            finish(run, settingsOutcome(Operation::Remove, !result.ok()));
        });
        return;
    }
    m_settings.forgetRemoval(run->mallId);
    const QStringList chunks = SecretsEntry::parseHead(run->mallId, previous).chunkKeys;
    removeKeys(chunks, [this, run](bool) {
        dropGenerations(run->mallId, QString(), [this, run] { finish(run, Outcome{}); });
    });
}

}  // namespace crossma
