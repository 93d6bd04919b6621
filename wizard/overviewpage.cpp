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
// Roles of resources/wizard.qss.
const QString kProblem = QStringLiteral("problem");
const QString kWarning = QStringLiteral("warning");
const QString kProgressOk = QStringLiteral("progressOk");
const QString kProgressFailed = QStringLiteral("progressFailed");
}  // namespace

OverviewPage::OverviewPage(const QList<const Connector *> &connectors, CredentialStore *store,
                           const Endpoints &endpoints, QWidget *parent)
    : QWidget(parent), m_connectors(connectors), m_store(store),
      m_recheck(new RecheckAll(connectors, store, endpoints, this))
{
    setStyleSheet(look::styleSheet());

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
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_rowsBox = new QVBoxLayout(content);
    m_rowsBox->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    outer->addWidget(new RemindersBox(connectors, store, this));

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
    const QString id = c.id();
    const StoredMall stored = m_store->stored(id);

    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("row_") + id);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(frame);

    auto *text = new QVBoxLayout;
    auto *name = new QLabel(
        QStringLiteral("<b>%1</b>　%2")
            .arg(c.displayName().toHtmlEscaped(),
                 (stored.linked ? tr("Linked") : tr("Not set up")).toHtmlEscaped()),
        frame);
    text->addWidget(name);
    if (stored.linked) {
        const QString verified =
            stored.lastVerifiedAt.isValid()
                ? tr("Last checked: %1 (%2)")
                      .arg(sellerDateTime(stored.lastVerifiedAt), stored.lastResultCode)
                : tr("Not checked since it was saved on %1.").arg(sellerDateTime(stored.savedAt));
        text->addWidget(look::wrappedLabel(verified, frame));
    }
    for (const ExpiryFact &fact : row.expiries) {
        auto *label = look::wrappedLabel(fact.text(), frame);
        if (fact.expired())
            look::setRole(label, kProblem);
        else if (fact.soon())
            look::setRole(label, kWarning);
        text->addWidget(label);
    }
    auto *progress = look::wrappedLabel(QString(), frame);
    progress->setObjectName(QStringLiteral("progress"));
    m_progressLabels.insert(id, progress);
    text->addWidget(progress);
    const auto kept = m_progress.value(id);
    progress->setText(kept.first);
    progress->setVisible(!kept.first.isEmpty());
    if (!kept.second.isEmpty())
        look::setRole(progress, kept.second);
    layout->addLayout(text, 1);

    auto *edit = new QPushButton(tr("Edit"), frame);
    edit->setObjectName(QStringLiteral("editButton_") + id);
    edit->setAccessibleName(tr("Edit %1").arg(c.displayName()));
    edit->setEnabled(!m_recheck->isRunning());
    connect(edit, &QPushButton::clicked, this, [this, id] { emit editRequested(id); });
    layout->addWidget(edit, 0, Qt::AlignTop);
    m_editButtons.insert(id, edit);

    auto *unlinkButton = new QPushButton(tr("Unlink"), frame);
    unlinkButton->setObjectName(QStringLiteral("unlinkButton_") + id);
    unlinkButton->setAccessibleName(tr("Unlink %1").arg(c.displayName()));
    unlinkButton->setEnabled(stored.linked && !m_recheck->isRunning());
    connect(unlinkButton, &QPushButton::clicked, this, [this, id, name = c.displayName()] {
        const bool yes =
            confirmUnlink
                ? confirmUnlink(this, name)
                : QMessageBox::question(
                      this, tr("Unlink"),
                      tr("Unlink %1? Its saved values are removed from this computer "
                         "(the password store and the settings). The other malls stay linked.")
                          .arg(name))
                      == QMessageBox::Yes;
        if (yes)
            unlink(id);
    });
    layout->addWidget(unlinkButton, 0, Qt::AlignTop);
    m_unlinkButtons.insert(id, unlinkButton);
    return frame;
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
        m_progress.insert(mallId, {tr("Unlinked."), QString()});
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
    m_progress.insert(mallId, {text, role});
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
    return m_progress.value(mallId).first;
}

}  // namespace crossma
