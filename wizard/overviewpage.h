#pragma once

#include "core/credentialsettings.h"
#include "core/endpoints.h"
#include "core/expiryfacts.h"
#include "core/verifyresult.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QLayout;
class QPushButton;
class QVBoxLayout;

namespace crossma {

class Connector;
class CredentialStore;
class RecheckAll;
class RemindersBox;

// 連携の状況: one row per mall (連携済み / 未設定, last check, what expires
// when), reminders for keys expired or expiring within their warning days at the
// top (and those rows first), 「すべて再確認」 with progress per row, and per
// mall 「編集」 and 「連携を解除」. Rebuilt from the store's settings.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(const QList<const Connector *> &connectors, CredentialStore *store,
                 const Endpoints &endpoints, QWidget *parent = nullptr);
    // As WizardContext holds them.
    OverviewPage(const QList<Connector *> &connectors, CredentialStore *store,
                 const Endpoints &endpoints, QWidget *parent = nullptr)
        : OverviewPage(QList<const Connector *>(connectors.cbegin(), connectors.cend()), store,
                       endpoints, parent)
    {
    }

    void refresh();
    // What the window around it says above it.
    static QString title();
    static QString subTitle();

    // Asks before unlinking; tests replace it. Unset: a question box whose
    // default (Enter, Esc) is キャンセル: unlinking takes a deliberate click.
    static std::function<bool(QWidget *parent, const QString &mallName)> confirmUnlink;

    // For tests and the window's wiring.
    RecheckAll *recheckAll() const { return m_recheck; }
    RemindersBox *remindersBox() const { return m_reminders; }
    QStringList rowOrder() const { return m_rowOrder; }  // mall ids, top to bottom
    QStringList reminders() const { return m_reminderTexts; }
    QPushButton *recheckButton() const { return m_recheckButton; }
    QPushButton *editButton(const QString &mallId) const;
    QPushButton *unlinkButton(const QString &mallId) const;
    QString rowProgress(const QString &mallId) const;  // the row's progress / result line
    void unlink(const QString &mallId);                // after confirmUnlink said yes

signals:
    void editRequested(const QString &mallId);
    void unlinked(const QString &mallId);

private:
    struct Row {
        const Connector *connector = nullptr;
        QList<ExpiryFact> expiries;
        int urgency = 0;  // 2 expired, 1 within their warning days, 0 fine
        int soonestDays = 0;
    };
    QList<Row> sortedRows() const;
    QWidget *buildRow(const Row &row);
    QLayout *buildRowText(const Row &row, const StoredMall &stored, QWidget *frame);
    QLabel *buildProgressLabel(const QString &mallId, QWidget *frame);
    void addRowButtons(const Connector &connector, bool linked, QFrame *frame);
    void onUnlinkClicked(const QString &mallId, const QString &mallName);
    QString lastCheckText(const StoredMall &stored) const;
    QString reminderText(const Connector &connector, const ExpiryFact &fact) const;
    void setProgress(const QString &mallId, const QString &text, const QString &role = {});
    void onRecheckClicked();

    QList<const Connector *> m_connectors;
    CredentialStore *m_store;
    RecheckAll *m_recheck;
    QVBoxLayout *m_reminderBox = nullptr;
    QVBoxLayout *m_rowsBox = nullptr;
    QPushButton *m_recheckButton = nullptr;
    RemindersBox *m_reminders = nullptr;
    QStringList m_rowOrder;
    QStringList m_reminderTexts;
    QHash<QString, QLabel *> m_progressLabels;
    QHash<QString, QPushButton *> m_editButtons;
    QHash<QString, QPushButton *> m_unlinkButtons;
    // Survive a rebuild of the rows: the last re-check or unlink message per
    // mall, as long as the mall's record is still the one it spoke about.
    struct Progress {
        QString text;
        QString role;    // style role
        QString record;  // recordStamp() when it was set
    };
    QHash<QString, Progress> m_progress;
};

}  // namespace crossma
