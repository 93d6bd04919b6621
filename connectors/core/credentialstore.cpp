#include "credentialstore.h"

#include "secretsentry.h"

#include <QDir>
#include <QMetaObject>
#include <QRegularExpression>
#include <QSettings>

namespace crossma {

namespace {

const QString MallsGroup = QStringLiteral("malls");

QString groupOf(const QString &mallId)
{
    return MallsGroup + QLatin1Char('/') + mallId;
}

// Mall ids name a keychain entry and a settings group: keep them plain.
bool isValidMallId(const QString &mallId)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    return plain.match(mallId).hasMatch();
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

}  // namespace

CredentialStore::CredentialStore(const QString &service, QSettings *settings, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_settings(settings),
      m_keychain(new KeychainAccess(service, this)),
      m_chunkSize(SecretsEntry::DefaultChunkSize)
{
    Q_ASSERT(m_settings);
}

void CredentialStore::setChunkSize(int bytes)
{
    m_chunkSize = qMax(bytes, SecretsEntry::MinimumChunkSize);
}

void CredentialStore::setKeychainTimeout(int milliseconds)
{
    m_keychain->setTimeout(milliseconds);
}

// ---------------------------------------------------------------- messages

CredentialStore::Outcome CredentialStore::keychainOutcome(const KeychainAccess::Result &result,
                                                          Operation operation) const
{
    Outcome outcome;
    outcome.detail = result.detail;
    QString what;
    QString todo;
    switch (result.kind) {
    case KeychainAccess::Result::Ok:
        return outcome;
    case KeychainAccess::Result::NotFound:
        outcome.error = Error::NotFound;
        outcome.message = tr("Nothing is saved for this mall yet.");
        return outcome;
    case KeychainAccess::Result::Unavailable:
        outcome.error = Error::KeychainUnavailable;
        what = tr("No password vault (keychain) is available on this computer.");
        todo = tr("On Linux, install and start GNOME Keyring (or KWallet), sign in to the "
                  "desktop again, then try again.");
        break;
    case KeychainAccess::Result::Denied:
        outcome.error = Error::KeychainDenied;
        what = tr("The password vault (keychain) is locked or refused access.");
        todo = tr("Unlock the keychain (on Linux, the \"Login\" keyring; a window may ask for "
                  "your login password), allow access, then try again.");
        break;
    case KeychainAccess::Result::TimedOut:
        outcome.error = Error::KeychainTimeout;
        what = tr("The password vault (keychain) did not answer in time.");
        todo = tr("If a window asks for your keychain password, enter it, then try again.");
        break;
    case KeychainAccess::Result::Failed:
        outcome.error = Error::KeychainFailed;
        what = tr("The password vault (keychain) reported an error.");
        todo = tr("Try again. If it keeps failing, send the support information to support.");
        break;
    }

    QString consequence;
    switch (operation) {
    case Operation::Save:
        consequence = tr("Nothing was saved; what was saved before is unchanged.");
        break;
    case Operation::Load:
        consequence = tr("The saved values could not be read.");
        break;
    case Operation::Remove:
        consequence = tr("Nothing was removed.");
        break;
    }
    outcome.message = tr("%1 %2 %3", "sentence joiner: what happened, consequence, what to do")
                          .arg(what, consequence, todo);
    if (!outcome.detail.isEmpty())
        outcome.message += QLatin1Char(' ') + tr("(Details: %1)").arg(outcome.detail);
    return outcome;
}

CredentialStore::Outcome CredentialStore::settingsOutcome(Operation operation) const
{
    Outcome outcome;
    outcome.error = Error::SettingsFailed;
    const QString what = tr("The settings file could not be written.");
    const QString consequence = operation == Operation::Remove
        ? tr("Nothing was removed.")
        : tr("Nothing was saved; what was saved before is unchanged.");
    const QString todo = tr("Check that the disk is not full and that you may write to %1, "
                            "then try again.")
                             .arg(QDir::toNativeSeparators(m_settings->fileName()));
    outcome.message = tr("%1 %2 %3", "sentence joiner: what happened, consequence, what to do")
                          .arg(what, consequence, todo);
    return outcome;
}

// ------------------------------------------------------------------- queue

// One operation at a time: a save is several keychain calls, and a second
// save or remove of the same mall must not interleave with them.
void CredentialStore::enqueue(Task task)
{
    m_queue.append(std::move(task));
    if (!m_busy)
        startNext();
}

void CredentialStore::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    Task task = m_queue.takeFirst();
    // Queued so that callers always hear back later, never inside their call.
    QMetaObject::invokeMethod(this, [this, task] {
        task([this] { startNext(); });
    }, Qt::QueuedConnection);
}

// ---------------------------------------------------------- keychain steps

void CredentialStore::writeAll(QList<QPair<QString, QByteArray>> entries, KeychainAccess::Done done)
{
    if (entries.isEmpty()) {
        done(KeychainAccess::Result{});
        return;
    }
    const auto entry = entries.takeFirst();
    m_keychain->write(entry.first, entry.second,
                      [this, entries, done](const KeychainAccess::Result &result) {
                          if (!result.ok())
                              done(result);
                          else
                              writeAll(entries, done);
                      });
}

void CredentialStore::readAll(
    QStringList keys, QList<QByteArray> parts,
    std::function<void(const KeychainAccess::Result &, const QList<QByteArray> &)> done)
{
    if (keys.isEmpty()) {
        done(KeychainAccess::Result{}, parts);
        return;
    }
    const QString key = keys.takeFirst();
    m_keychain->read(key, [this, keys, parts, done](const KeychainAccess::Result &result) mutable {
        if (!result.ok()) {
            done(result, {});
            return;
        }
        parts.append(result.data);
        readAll(keys, parts, done);
    });
}

// Best effort: a leftover chunk holds nothing the manifest points to.
void CredentialStore::removeAll(QStringList keys, std::function<void()> done)
{
    if (keys.isEmpty()) {
        done();
        return;
    }
    const QString key = keys.takeFirst();
    m_keychain->remove(key, [this, keys, done](const KeychainAccess::Result &result) {
        if (!result.ok() && result.kind != KeychainAccess::Result::NotFound)
            qWarning("crossma: could not remove a leftover keychain chunk (%d)", int(result.kind));
        removeAll(keys, done);
    });
}

// ---------------------------------------------------------------- settings

// QSettings remembers its first error forever, so every change goes through a
// fresh QSettings on the same file (Qt shares the parsed file between them,
// so m_settings sees the change) and its status speaks for this write only.
// On failure the mall's group is put back in memory as the file still has it.
bool CredentialStore::changeSettings(const QString &mallId,
                                     const std::function<void(QSettings &)> &change)
{
    QSettings writer(m_settings->fileName(), m_settings->format());
    const QString group = groupOf(mallId);
    QVariantMap before;
    writer.beginGroup(group);
    const QStringList keys = writer.allKeys();
    for (const QString &key : keys)
        before.insert(key, writer.value(key));
    writer.endGroup();

    change(writer);
    writer.sync();
    // FormatError only says the old file was malformed (it is rewritten);
    // AccessError means our change did not reach the disk.
    if (writer.status() != QSettings::AccessError)
        return true;

    writer.remove(group);
    writer.beginGroup(group);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        writer.setValue(it.key(), it.value());
    writer.endGroup();
    return false;
}

// -------------------------------------------------------------- operations

void CredentialStore::save(const QString &mallId, const FieldValues &secrets,
                           const FieldValues &plain, const QVariantMap &facts,
                           std::function<void(const Outcome &)> done)
{
    enqueue([=](std::function<void()> finished) {
        auto reply = [finished, done](const Outcome &outcome) {
            finished();
            if (done)
                done(outcome);
        };
        if (!isValidMallId(mallId)) {
            reply(keychainOutcome({KeychainAccess::Result::Failed, QStringLiteral("invalid mall id"), {}},
                                  Operation::Save));
            return;
        }

        // Read what is there first: it is what we put back if settings fail,
        // and it names the chunks that become leftovers after success.
        m_keychain->read(mallId, [=](const KeychainAccess::Result &previous) {
            if (!previous.ok() && previous.kind != KeychainAccess::Result::NotFound) {
                reply(keychainOutcome(previous, Operation::Save));
                return;
            }
            const QByteArray previousHead = previous.ok() ? previous.data : QByteArray();
            const SecretsEntry::Plan plan =
                SecretsEntry::plan(mallId, secrets, m_chunkSize, SecretsEntry::newGeneration());

            auto entries = plan.chunks;
            entries.append({mallId, plan.head});  // the head last: it commits the new secrets
            writeAll(entries, [=](const KeychainAccess::Result &written) {
                if (!written.ok()) {
                    // The head was not replaced (it comes last), so the
                    // previous secrets are whole; new chunks are leftovers.
                    removeAll(plan.chunkKeys(), [=] { reply(keychainOutcome(written, Operation::Save)); });
                    return;
                }

                const bool settingsWritten = changeSettings(mallId, [&](QSettings &s) {
                    s.remove(groupOf(mallId));
                    s.beginGroup(groupOf(mallId));
                    s.setValue(QStringLiteral("linked"), true);
                    s.setValue(QStringLiteral("savedAt"), nowUtc());
                    // Values are saved only after the mall accepted them.
                    s.setValue(QStringLiteral("lastVerifiedAt"), nowUtc());
                    s.setValue(QStringLiteral("lastResultCode"), QStringLiteral("OK"));
                    for (auto it = plain.cbegin(); it != plain.cend(); ++it)
                        s.setValue(QStringLiteral("fields/") + it.key(), it.value());
                    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
                        s.setValue(QStringLiteral("facts/") + it.key(), it.value());
                    s.endGroup();
                });

                if (!settingsWritten) {
                    // Put the previous keychain entry back, then drop the new chunks.
                    auto restored = [=](const KeychainAccess::Result &result) {
                        if (!result.ok() && result.kind != KeychainAccess::Result::NotFound)
                            qWarning("crossma: could not restore the keychain entry of %s (%d)",
                                     qPrintable(mallId), int(result.kind));
                        removeAll(plan.chunkKeys(), [=] { reply(settingsOutcome(Operation::Save)); });
                    };
                    if (previousHead.isNull())
                        m_keychain->remove(mallId, restored);
                    else
                        m_keychain->write(mallId, previousHead, restored);
                    return;
                }

                const SecretsEntry::Head old = SecretsEntry::parseHead(mallId, previousHead);
                removeAll(old.chunkKeys, [=] { reply(Outcome{}); });
            });
        });
    });
}

void CredentialStore::loadSecrets(const QString &mallId,
                                  std::function<void(const Outcome &, const FieldValues &)> done)
{
    enqueue([=](std::function<void()> finished) {
        auto reply = [finished, done](const Outcome &outcome, const FieldValues &secrets) {
            finished();
            if (done)
                done(outcome, secrets);
        };
        if (!isValidMallId(mallId)) {
            reply(keychainOutcome({KeychainAccess::Result::NotFound, {}, {}}, Operation::Load), {});
            return;
        }
        m_keychain->read(mallId, [=](const KeychainAccess::Result &result) {
            if (!result.ok()) {
                reply(keychainOutcome(result, Operation::Load), {});
                return;
            }
            const SecretsEntry::Head head = SecretsEntry::parseHead(mallId, result.data);
            const KeychainAccess::Result damaged{KeychainAccess::Result::Failed,
                                                 QStringLiteral("the saved entry is damaged or incomplete"),
                                                 {}};
            if (!head.valid) {
                reply(keychainOutcome(damaged, Operation::Load), {});
                return;
            }
            if (!head.chunked) {
                reply(Outcome{}, head.secrets);
                return;
            }
            readAll(head.chunkKeys, {},
                    [=](const KeychainAccess::Result &read, const QList<QByteArray> &parts) {
                        if (!read.ok()) {
                            // A missing chunk means a damaged entry, not "nothing saved".
                            reply(keychainOutcome(read.kind == KeychainAccess::Result::NotFound ? damaged : read,
                                                  Operation::Load),
                                  {});
                            return;
                        }
                        const auto secrets = SecretsEntry::joinChunks(parts, head.bytes);
                        if (!secrets)
                            reply(keychainOutcome(damaged, Operation::Load), {});
                        else
                            reply(Outcome{}, *secrets);
                    });
        });
    });
}

void CredentialStore::remove(const QString &mallId, std::function<void(const Outcome &)> done)
{
    enqueue([=](std::function<void()> finished) {
        auto reply = [finished, done](const Outcome &outcome) {
            finished();
            if (done)
                done(outcome);
        };
        if (!isValidMallId(mallId)) {
            reply(Outcome{});
            return;
        }
        m_keychain->read(mallId, [=](const KeychainAccess::Result &previous) {
            if (!previous.ok() && previous.kind != KeychainAccess::Result::NotFound) {
                reply(keychainOutcome(previous, Operation::Remove));
                return;
            }
            const QByteArray previousHead = previous.ok() ? previous.data : QByteArray();
            auto dropSettings = [=] {
                const bool removed = changeSettings(mallId, [&](QSettings &s) { s.remove(groupOf(mallId)); });
                if (!removed) {
                    // Keep keychain and settings in step: put the entry back.
                    if (previousHead.isNull()) {
                        reply(settingsOutcome(Operation::Remove));
                    } else {
                        m_keychain->write(mallId, previousHead, [=](const KeychainAccess::Result &) {
                            reply(settingsOutcome(Operation::Remove));
                        });
                    }
                    return;
                }
                const SecretsEntry::Head old = SecretsEntry::parseHead(mallId, previousHead);
                removeAll(old.chunkKeys, [=] { reply(Outcome{}); });
            };
            if (previousHead.isNull()) {
                dropSettings();
                return;
            }
            m_keychain->remove(mallId, [=](const KeychainAccess::Result &removed) {
                if (!removed.ok() && removed.kind != KeychainAccess::Result::NotFound) {
                    reply(keychainOutcome(removed, Operation::Remove));
                    return;
                }
                dropSettings();
            });
        });
    });
}

// ------------------------------------------------------------ settings only

StoredMall CredentialStore::stored(const QString &mallId) const
{
    StoredMall mall;
    if (!isValidMallId(mallId))
        return mall;
    m_settings->beginGroup(groupOf(mallId));
    mall.linked = m_settings->value(QStringLiteral("linked"), false).toBool();
    mall.savedAt = QDateTime::fromString(m_settings->value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    mall.lastVerifiedAt =
        QDateTime::fromString(m_settings->value(QStringLiteral("lastVerifiedAt")).toString(), Qt::ISODate);
    mall.lastResultCode = m_settings->value(QStringLiteral("lastResultCode")).toString();
    m_settings->beginGroup(QStringLiteral("fields"));
    const QStringList fieldKeys = m_settings->childKeys();
    for (const QString &key : fieldKeys)
        mall.plainFields.insert(key, m_settings->value(key).toString());
    m_settings->endGroup();
    m_settings->beginGroup(QStringLiteral("facts"));
    const QStringList factKeys = m_settings->childKeys();
    for (const QString &key : factKeys)
        mall.facts.insert(key, m_settings->value(key));
    m_settings->endGroup();
    m_settings->endGroup();
    return mall;
}

QStringList CredentialStore::linkedMalls() const
{
    m_settings->beginGroup(MallsGroup);
    const QStringList malls = m_settings->childGroups();
    m_settings->endGroup();
    QStringList linked;
    for (const QString &mallId : malls) {
        if (isValidMallId(mallId) && m_settings->value(groupOf(mallId) + QStringLiteral("/linked")).toBool())
            linked << mallId;
    }
    linked.sort();
    return linked;
}

void CredentialStore::recordVerification(const QString &mallId, const QString &code,
                                         const QVariantMap &facts)
{
    if (!isValidMallId(mallId))
        return;
    const bool written = changeSettings(mallId, [&](QSettings &s) {
        s.beginGroup(groupOf(mallId));
        s.setValue(QStringLiteral("lastVerifiedAt"), nowUtc());
        s.setValue(QStringLiteral("lastResultCode"), code);
        // Facts (expiry dates…) are only known from a successful check.
        if (code == QLatin1String("OK") && !facts.isEmpty()) {
            s.remove(QStringLiteral("facts"));
            for (auto it = facts.cbegin(); it != facts.cend(); ++it)
                s.setValue(QStringLiteral("facts/") + it.key(), it.value());
        }
        s.endGroup();
    });
    if (!written)
        qWarning("crossma: could not record the check of %s in the settings", qPrintable(mallId));
}

}  // namespace crossma
