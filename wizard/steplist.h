#pragma once

#include <QWidget>

class QAbstractButton;
class QLabel;
class QVBoxLayout;

namespace crossma {

class StepButton;

// The wizard's side list, "1 はじめに / 2 Amazon ✓ / 3 楽天市場 ▶ / … / 6 まとめ",
// so that support can say "go to step 3". Shows the current step, ✓ for
// saved malls and greys out malls the seller chose not to set up now; below,
// badges for screen-share and sandbox mode. A click, or Enter / Space on the
// focused entry, asks to go to that step; Tab and the arrow keys move
// between them.
class StepList : public QWidget
{
    Q_OBJECT
public:
    explicit StepList(QWidget *parent = nullptr);

    void setSteps(const QStringList &titles);
    int count() const { return m_titles.size(); }
    void setCurrent(int index);
    int current() const { return m_current; }
    void setDone(int index, bool done);
    bool isDone(int index) const;
    void setSkipped(int index, bool skipped);
    bool isSkipped(int index) const;
    void setModes(bool screenShare, bool sandbox);

    // The shown text of a step, e.g. "3 楽天市場 ▶".
    QString text(int index) const;
    // The entry of a step (nullptr out of range).
    QAbstractButton *stepButton(int index) const;

signals:
    void stepActivated(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh(int index);

    QVBoxLayout *m_column = nullptr;
    QList<StepButton *> m_buttons;
    QLabel *m_screenShare = nullptr;
    QLabel *m_sandbox = nullptr;
    QStringList m_titles;
    QList<bool> m_done;
    QList<bool> m_skipped;
    int m_current = -1;
};

}  // namespace crossma
