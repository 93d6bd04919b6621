#pragma once

#include <QAbstractButton>

namespace crossma {

// One entry of the wizard's step list ("3 楽天市場 ▶"): its text on the left,
// tinted when it is the current step or under the pointer, dimmed for a mall
// not set up this time, outlined when it has the keyboard focus. A button, so that a
// click, Space and screen readers all work as on any button; drawn by
// itself, because an item view (QListWidget) cost the window 1 MiB at start.
class StepButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit StepButton(QWidget *parent = nullptr);

    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_current = false;
    bool m_dimmed = false;
};

}  // namespace crossma
