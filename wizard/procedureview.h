#pragma once

#include "core/procedure.h"

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace crossma {

// "① …での準備": the seed's steps as a checklist the seller ticks, each with
// the exact menu path and its detail, the notes (info / warning) and a button
// that opens the mall's admin page in the browser. Can fold away once done.
class ProcedureView : public QWidget
{
    Q_OBJECT
public:
    ProcedureView(const QString &mallName, const Procedure &procedure, QWidget *parent = nullptr);

    void setExpanded(bool expanded);
    bool isExpanded() const;

private:
    // The constructor's steps, top to bottom.
    void addHeading(const QString &mallName, QVBoxLayout *layout);
    void addAdminPageButton(const QString &mallName, const QUrl &mainLink, QVBoxLayout *body);
    void addStep(int number, const ProcedureStep &step, const QUrl &mainLink, QVBoxLayout *body);
    void addNote(int noteIndex, const ProcedureNote &note, QVBoxLayout *body);
    void updateToggle(bool expanded);

    QWidget *m_body = nullptr;
    QToolButton *m_toggle = nullptr;
};

}  // namespace crossma
