#include "overviewpage.h"

#include "core/connector.h"
#include "core/credentialstore.h"
#include "core/sellertime.h"
#include "look.h"
#include "recheckall.h"
#include "remindersbox.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace crossma {

std::function<bool(QWidget *, const QString &)> OverviewPage::confirmUnlink;

namespace {
// Roles of lookroles.h.
const QString kProblem = QStringLiteral("problem");
const QString kWarning = QStringLiteral("warning");
const QString kProgressOk = QStringLiteral("progressOk");
const QString kProgressFailed = QStringLiteral("progressFailed");

// What a mall's record is, in one string: equal exactly while nothing was
// saved, checked or removed since.
QString recordStamp(const StoredMall &stored)
{
    QStringList parts{QString::number(stored.linked), stored.savedAt.toString(Qt::ISODateWithMs),
                      stored.lastVerifiedAt.toString(Qt::ISODateWithMs), stored.lastResultCode};
    for (auto it = stored.plainFields.cbegin(); it != stored.plainFields.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    for (auto it = stored.facts.cbegin(); it != stored.facts.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.join(QLatin1Char('\n'));
}
}  // namespace

OverviewPage::OverviewPage(const QList<const Connector *> &connectors, CredentialStore *store,
                           const Endpoints &endpoints, QWidget *parent)
    : QWidget(parent), m_connectors(connectors), m_store(store),
      m_recheck(new RecheckAll(connectors, store, endpoints, this))
{
    look::install();  // a no-op after main(); for overviews made elsewhere (tests)

    auto *outer = new QVBoxLayout(this);
    m_reminderBox = new QVBoxLayout;
    outer->addLayout(m_reminderBox);

    auto *bar = new QHBoxLayout;
    m_recheckButton = new QPushButton(tr("Re-check all"), this);
    m_recheckButton->setObjectName(QStringLiteral("recheckAllButton"));
    m_recheckButton->setToolTip(tr("Checks every linked mall with the saved values, all at once."));
    bar->addWidget(m_recheckButton);
    bar->addStretch(1);
    outer->addLayout(bar);

    // The rows scroll; the button above never does.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop that shows nothing: Tab walks the rows' buttons, and the area follows.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    m_rowsBox = new QVBoxLayout(content);
    m_rowsBox->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    m_reminders = new RemindersBox(connectors, store, this);
    outer->addWidget(m_reminders);

    connect(m_recheckButton, &QPushButton::clicked, this, &OverviewPage::onRecheckClicked);
    connect(m_recheck, &RecheckAll::mallStarted, this,
            [this](const QString &mallId) { setProgress(mallId, tr("Checking…")); });
    connect(m_recheck, &RecheckAll::mallStage, this,
            [this](const QString &mallId, const QString &stage) { setProgress(mallId, stage); });
    connect(m_recheck, &RecheckAll::mallFinished, this,
            [this](const QString &mallId, const VerifyResult &result) {
                setProgress(mallId, result.summary(), result.ok() ? kProgressOk : kProgressFailed);
            });
    connect(m_recheck, &RecheckAll::allFinished, this, [this] {
        m_recheckButton->setText(tr("Re-check all"));
        // New expiry facts may change the reminders and the order.
        refresh();
    });
    refresh();
}

QString OverviewPage::title()
{
    return tr("Linked malls");
}

QString OverviewPage::subTitle()
{
    return tr("What is linked, when it was last checked and what expires when.");
}

void OverviewPage::onRecheckClicked()
{
    if (m_recheck->isRunning()) {
        m_recheck->cancel();
        return;
    }
    m_progress.clear();
    m_recheck->start();
    if (m_recheck->isRunning()) {
        m_recheckButton->setText(tr("Cancel the check"));
        // Values may not change under a check that reads them.
        for (QPushButton *b : std::as_const(m_unlinkButtons))
            b->setEnabled(false);
        for (QPushButton *b : std::as_const(m_editButtons))
            b->setEnabled(false);
    }
}

QList<OverviewPage::Row> OverviewPage::sortedRows() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Row> rows;
    for (const Connector *c : m_connectors) {
        Row row;
        row.connector = c;
        const StoredMall stored = m_store->stored(c->id());
        if (stored.linked)
            row.expiries = c->expiryFacts(stored.facts, now);
        if (!row.expiries.isEmpty()) {
            const ExpiryFact &first = row.expiries.first();
            row.soonestDays = first.daysLeft;
            row.urgency = first.expired() ? 2 : first.soon() ? 1 : 0;
        }
        rows.append(row);
    }
    // Expired first, then expiring soon (fewest days first); the rest in the wizard's order.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.urgency != b.urgency)
            return a.urgency > b.urgency;
        if (a.urgency == 1)
            return a.soonestDays < b.soonestDays;
        return false;
    });
    return rows;
}

QString OverviewPage::reminderText(const Connector &connector, const ExpiryFact &fact) const
{
    return tr("%1 — %2. %3").arg(connector.displayName(), fact.text(), fact.renewal);
}

void OverviewPage::refresh()
{
    look::clearLayout(m_reminderBox);
    look::clearLayout(m_rowsBox);
    m_rowOrder.clear();
    m_reminderTexts.clear();
    m_progressLabels.clear();
    m_editButtons.clear();
    m_unlinkButtons.clear();

    const QList<Row> rows = sortedRows();
    for (const Row &row : rows) {
        for (const ExpiryFact &fact : row.expiries) {
            if (!fact.needsAttention())
                continue;
            const QString text = reminderText(*row.connector, fact);
            m_reminderTexts.append(text);
            auto *label = look::wrappedLabel(QStringLiteral("⚠ ") + text, this);
            label->setObjectName(QStringLiteral("reminder"));
            look::setRole(label, fact.expired() ? kProblem : kWarning);
            m_reminderBox->addWidget(label);
        }
    }
    for (const Row &row : rows) {
        m_rowOrder.append(row.connector->id());
        m_rowsBox->addWidget(buildRow(row));
    }
    m_rowsBox->addStretch(1);
    m_recheckButton->setEnabled(!m_store->linkedMalls().isEmpty() || m_recheck->isRunning());
}

QWidget *OverviewPage::buildRow(const Row &row)
{
    const Connector &c = *row.connector;
    const StoredMall stored = m_store->stored(c.id());
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("row_") + c.id());
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(frame);
    layout->addLayout(buildRowText(row, stored, frame), 1);
    addRowButtons(c, stored.linked, frame);
    return frame;
}

QString OverviewPage::lastCheckText(const StoredMall &stored) const
{
    if (!stored.lastVerifiedAt.isValid())
        return tr("Not checked since it was saved on %1.").arg(sellerDateTime(stored.savedAt));
    const QString when = sellerDateTime(stored.lastVerifiedAt);
    // The seller reads the verdict in words; the code stays for support.
    switch (VerifyResult::verdictForCode(stored.lastResultCode)) {
    case VerifyResult::Verdict::Verified:
        return tr("Last checked: %1 (connected)").arg(when);
    case VerifyResult::Verdict::NoVerdict:
        return tr("Last checked: %1 (no answer from the mall, code %2)").arg(when, stored.lastResultCode);
    case VerifyResult::Verdict::Rejected:
    case VerifyResult::Verdict::InvalidInput:
        break;
    }
    return tr("Last checked: %1 (could not connect, code %2)").arg(when, stored.lastResultCode);
}

QLayout *OverviewPage::buildRowText(const Row &row, const StoredMall &stored, QWidget *frame)
{
    const Connector &c = *row.connector;
    auto *text = new QVBoxLayout;
    auto *name = new QLabel(
        QStringLiteral("<b>%1</b>　%2")
            .arg(c.displayName().toHtmlEscaped(),
                 (stored.linked ? tr("Linked") : tr("Not set up")).toHtmlEscaped()),
        frame);
    name->setObjectName(QStringLiteral("rowName"));
    text->addWidget(name);
    if (stored.linked) {
        QLabel *checked = look::wrappedLabel(lastCheckText(stored), frame);
        checked->setObjectName(QStringLiteral("rowLastCheck"));
        text->addWidget(checked);
    }
    for (const ExpiryFact &fact : row.expiries) {
        auto *label = look::wrappedLabel(fact.text(), frame);
        label->setObjectName(QStringLiteral("rowExpiry"));
        if (fact.expired())
            look::setRole(label, kProblem);
        else if (fact.soon())
            look::setRole(label, kWarning);
        text->addWidget(label);
    }
    text->addWidget(buildProgressLabel(c.id(), frame));
    return text;
}

QLabel *OverviewPage::buildProgressLabel(const QString &mallId, QWidget *frame)
{
    auto *progress = look::wrappedLabel(QString(), frame);
    progress->setObjectName(QStringLiteral("progress"));
    m_progressLabels.insert(mallId, progress);
    // A message about an older record (a re-check before the mall was edited,
    // say) would stand next to the new record's facts and contradict them.
    if (m_progress.value(mallId).record != recordStamp(m_store->stored(mallId)))
        m_progress.remove(mallId);
    const Progress kept = m_progress.value(mallId);
    progress->setText(kept.text);
    progress->setVisible(!kept.text.isEmpty());
    if (!kept.role.isEmpty())
        look::setRole(progress, kept.role);
    return progress;
}

void OverviewPage::addRowButtons(const Connector &connector, bool linked, QFrame *frame)
{
    const QString id = connector.id();
    auto *layout = frame->layout();
    auto *edit = new QPushButton(tr("Edit"), frame);
    edit->setObjectName(QStringLiteral("editButton_") + id);
    edit->setAccessibleName(tr("Edit %1").arg(connector.displayName()));
    edit->setEnabled(!m_recheck->isRunning());
    connect(edit, &QPushButton::clicked, this, [this, id] { emit editRequested(id); });
    layout->addWidget(edit);
    layout->setAlignment(edit, Qt::AlignTop);
    m_editButtons.insert(id, edit);

    auto *unlinkButton = new QPushButton(tr("Unlink"), frame);
    unlinkButton->setObjectName(QStringLiteral("unlinkButton_") + id);
    unlinkButton->setAccessibleName(tr("Unlink %1").arg(connector.displayName()));
    unlinkButton->setEnabled(linked && !m_recheck->isRunning());
    connect(unlinkButton, &QPushButton::clicked, this,
            [this, id, name = connector.displayName()] { onUnlinkClicked(id, name); });
    layout->addWidget(unlinkButton);
    layout->setAlignment(unlinkButton, Qt::AlignTop);
    m_unlinkButtons.insert(id, unlinkButton);
}

void OverviewPage::onUnlinkClicked(const QString &mallId, const QString &mallName)
{
    if (confirmUnlink) {
        if (confirmUnlink(this, mallName))
            unlink(mallId);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Unlink"),
                    tr("Unlink %1? Its saved values are removed from this computer "
                       "(the password store and the settings). The other malls stay linked.")
                        .arg(mallName),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unlinkConfirm"));
    QPushButton *yes = box.addButton(tr("Unlink"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("unlinkConfirmYes"));
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("unlinkConfirmCancel"));
    // Enter and Esc keep the link: removing it takes a deliberate click.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == yes)
        unlink(mallId);
}

void OverviewPage::unlink(const QString &mallId)
{
    if (QPushButton *b = m_unlinkButtons.value(mallId))
        b->setEnabled(false);
    setProgress(mallId, tr("Removing the saved values…"));
    QPointer<OverviewPage> self(this);
    auto finished = [this, self, mallId](const CredentialStore::Outcome &outcome) {
        if (!self)
            return;
        if (!outcome.ok()) {
            setProgress(mallId, outcome.message, kProgressFailed);
            if (QPushButton *b = m_unlinkButtons.value(mallId))
                b->setEnabled(true);
            return;
        }
        setProgress(mallId, tr("Unlinked."));
        refresh();
        emit unlinked(mallId);
    };
    m_store->remove(mallId, [this, self, mallId, finished](const CredentialStore::Outcome &outcome) {
        if (!self || !outcome.pending) {
            finished(outcome);
            return;
        }
        // Not known yet: the keychain may still remove it. Say so, and wait.
        setProgress(mallId, outcome.message);
        connect(
            m_store, &CredentialStore::settled, this,
            [finished](const QString &, CredentialStore::Operation,
                       const CredentialStore::Outcome &late) { finished(late); },
            Qt::SingleShotConnection);
    });
}

void OverviewPage::setProgress(const QString &mallId, const QString &text, const QString &role)
{
    m_progress.insert(mallId, {text, role, recordStamp(m_store->stored(mallId))});
    if (QLabel *label = m_progressLabels.value(mallId)) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
        look::setRole(label, role);
    }
}

QPushButton *OverviewPage::editButton(const QString &mallId) const
{
    return m_editButtons.value(mallId);
}

QPushButton *OverviewPage::unlinkButton(const QString &mallId) const
{
    return m_unlinkButtons.value(mallId);
}

QString OverviewPage::rowProgress(const QString &mallId) const
{
    return m_progress.value(mallId).text;
}

}  // namespace crossma
