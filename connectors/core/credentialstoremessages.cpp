// What CredentialStore tells the seller: what happened, what it means for
// the values saved before, and what to do. Never "nothing was saved" while a
// write may still land.
#include "credentialstore.h"

#include <QDir>

namespace crossma {

namespace {

QString joined(const QString &what, const QString &consequence, const QString &todo)
{
    return CredentialStore::tr("%1 %2 %3",
                               "sentence joiner: what happened, consequence, what to do")
        .arg(what, consequence, todo);
}

}  // namespace

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
    outcome.message = joined(what, consequence, todo);
    if (!outcome.detail.isEmpty())
        outcome.message += QLatin1Char(' ') + tr("(Details: %1)").arg(outcome.detail);
    return outcome;
}

CredentialStore::Outcome CredentialStore::settingsOutcome(Operation operation,
                                                          bool keychainMayHaveChanged) const
{
    Outcome outcome;
    outcome.error = Error::SettingsFailed;
    const QString what = tr("The settings file could not be written.");
    QString consequence;
    if (keychainMayHaveChanged)
        consequence = tr(
            "The password vault (keychain) may already hold the change; it is completed "
            "the next time this app can write its settings.");
    else if (operation == Operation::Remove)
        consequence = tr("Nothing was removed.");
    else
        consequence = tr("Nothing was saved; what was saved before is unchanged.");
    const QString todo = tr("Check that the disk is not full and that you may write to %1, "
                            "then try again.")
                             .arg(QDir::toNativeSeparators(m_settings.fileName()));
    outcome.message = joined(what, consequence, todo);
    return outcome;
}

// The deadline passed while the keychain still works on it: the change may
// yet happen, so the seller hears exactly that.
CredentialStore::Outcome CredentialStore::pendingOutcome(Operation operation) const
{
    Outcome outcome;
    outcome.error = Error::KeychainTimeout;
    outcome.pending = true;
    const QString what = tr("Waiting for the password vault (keychain) to answer…");
    QString consequence;
    switch (operation) {
    case Operation::Save:
        consequence = tr("It is not known yet whether the new values were saved: they may still be "
                         "saved when it answers.");
        break;
    case Operation::Load:
        consequence = tr("The saved values could not be read yet.");
        break;
    case Operation::Remove:
        consequence = tr(
            "It is not known yet whether the link was removed: it may still be removed "
            "when it answers.");
        break;
    }
    const QString todo = tr("If a window asks for your keychain password, enter it. Then check the "
                            "saved values again in a moment.");
    outcome.message = joined(what, consequence, todo);
    return outcome;
}

CredentialStore::Outcome CredentialStore::busyOutcome() const
{
    Outcome outcome;
    outcome.error = Error::KeychainTimeout;
    outcome.message = joined(
        tr("The password vault (keychain) has not yet answered an earlier request."),
        tr("This request was not started; nothing was changed by it."),
        tr("If a window asks for your keychain password, enter it, then try again."));
    return outcome;
}

CredentialStore::Outcome CredentialStore::damagedOutcome() const
{
    return keychainOutcome({KeychainAccess::Result::Failed,
                            QStringLiteral("the saved entry is damaged or incomplete"),
                            {}},
                           Operation::Load);
}

}  // namespace crossma
