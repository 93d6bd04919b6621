#pragma once

#include <QDateTime>
#include <QStringList>
#include <QWizardPage>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace crossma {

class MallPageController;

// The last step "まとめ": each mall 連携済み / 未設定, when it was last checked,
// expiry facts (楽天's license key 有効期限, 残り N 日) and what to do next.
// Rebuilt from the store's settings every time it is shown.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(const QList<MallPageController *> &controllers, QWidget *parent = nullptr);

    void initializePage() override;
    void refresh();

private:
    // One mall's name, state and facts in `row`; what needs doing goes to `todo`.
    // True when the mall is linked.
    bool addMallRow(QGridLayout *grid, int row, const MallPageController &controller,
                    const QDateTime &now, QStringList *todo);
    // 「次にすること」: the heading and the list.
    void addNextSteps(const QStringList &todo);
    // "楽天市場: License key expiry, …" from every connector's expiries.
    QString expiringThings() const;

    QList<MallPageController *> m_controllers;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_next = nullptr;
};

}  // namespace crossma
