#include "procedureview.h"
#include "wrappedlabel.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace crossma {

namespace {
QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
}  // namespace

ProcedureView::ProcedureView(const QString &mallName, const Procedure &procedure, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("procedureView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    addHeading(mallName, layout);

    m_body = new QWidget(this);
    m_body->setObjectName(QStringLiteral("procedureBody"));
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(12, 0, 0, 0);
    body->setSpacing(2);
    layout->addWidget(m_body);

    // The first link opens the admin page from the top; steps with another page get their own.
    QUrl mainLink;
    for (const ProcedureStep &step : procedure.steps) {
        if (step.link.isValid()) {
            mainLink = step.link;
            break;
        }
    }
    addAdminPageButton(mallName, mainLink, body);
    int number = 0;
    for (const ProcedureStep &step : procedure.steps)
        addStep(++number, step, mainLink, body);
    int noteIndex = 0;
    for (const ProcedureNote &note : procedure.notes)
        addNote(noteIndex++, note, body);
    // Expanded as built; only the toggle's face is set, so no layout pass runs here.
    updateToggle(true);
}

void ProcedureView::addHeading(const QString &mallName, QVBoxLayout *layout)
{
    auto *headRow = new QHBoxLayout;
    auto *heading = new QLabel(tr("① Preparation at %1").arg(mallName), this);
    heading->setObjectName(QStringLiteral("procedureHeading"));
    heading->setProperty("role", QStringLiteral("blockHeading"));
    headRow->addWidget(heading);
    headRow->addStretch(1);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("procedureToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    connect(m_toggle, &QToolButton::toggled, this, &ProcedureView::setExpanded);
    headRow->addWidget(m_toggle);
    layout->addLayout(headRow);
}

void ProcedureView::addAdminPageButton(const QString &mallName, const QUrl &mainLink,
                                       QVBoxLayout *body)
{
    if (mainLink.isValid()) {
        auto *open = new QPushButton(tr("Open the %1 admin page in the browser").arg(mallName),
                                     m_body);
        open->setObjectName(QStringLiteral("openAdminPage"));
        open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
        open->setToolTip(mainLink.toDisplayString());
        connect(open, &QPushButton::clicked, this,
                [mainLink] { QDesktopServices::openUrl(mainLink); });
        auto *row = new QHBoxLayout;
        row->addWidget(open);
        row->addStretch(1);
        body->addLayout(row);
    }
}

void ProcedureView::addStep(int number, const ProcedureStep &step, const QUrl &mainLink,
                            QVBoxLayout *body)
{
    auto *check = new QCheckBox(tr("%1. %2").arg(number).arg(step.title), m_body);
    check->setObjectName(QStringLiteral("step_") + step.id);
    check->setAccessibleName(step.title);
    check->setAccessibleDescription(step.menuPath + QLatin1Char(' ') + step.detail);
    check->setProperty("role", QStringLiteral("stepTitle"));
    body->addWidget(check);

    auto *details = new QVBoxLayout;
    details->setContentsMargins(24, 0, 0, 6);
    details->setSpacing(1);
    if (!step.menuPath.isEmpty()) {
        auto *path = wrapped(tr("Where: %1").arg(step.menuPath), m_body);
        path->setObjectName(QStringLiteral("stepPath_") + step.id);
        path->setProperty("role", QStringLiteral("menuPath"));
        details->addWidget(path);
    }
    if (!step.detail.isEmpty()) {
        auto *detail = wrapped(step.detail, m_body);
        detail->setObjectName(QStringLiteral("stepDetail_") + step.id);
        details->addWidget(detail);
    }
    if (step.link.isValid() && step.link != mainLink) {
        auto *open = new QPushButton(tr("Open this page in the browser"), m_body);
        open->setObjectName(QStringLiteral("stepLink_") + step.id);
        open->setAccessibleName(tr("Open the page for: %1").arg(step.title));
        open->setToolTip(step.link.toDisplayString());
        const QUrl link = step.link;
        connect(open, &QPushButton::clicked, this, [link] { QDesktopServices::openUrl(link); });
        auto *row = new QHBoxLayout;
        row->addWidget(open);
        row->addStretch(1);
        details->addLayout(row);
    }
    body->addLayout(details);
}

void ProcedureView::addNote(int noteIndex, const ProcedureNote &note, QVBoxLayout *body)
{
    const bool warning = note.kind == ProcedureNote::Kind::Warning;
    auto *frame = new QFrame(m_body);
    frame->setObjectName(QStringLiteral("note_%1").arg(noteIndex));
    frame->setProperty("role", warning ? QStringLiteral("warningNote") : QStringLiteral("infoNote"));
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(6, 4, 6, 4);
    auto *icon = new QLabel(frame);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()
                        ->standardIcon(warning ? QStyle::SP_MessageBoxWarning
                                               : QStyle::SP_MessageBoxInformation)
                        .pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *text = wrapped((warning ? tr("Caution: %1") : tr("Note: %1")).arg(note.text), frame);
    row->addWidget(text, 1);
    body->addWidget(frame);
}

void ProcedureView::setExpanded(bool expanded)
{
    if (m_body->isVisibleTo(this) != expanded)
        m_body->setVisible(expanded);
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded);
    updateToggle(expanded);
}

void ProcedureView::updateToggle(bool expanded)
{
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setText(expanded ? tr("Hide the steps") : tr("Show the steps"));
    m_toggle->setAccessibleName(m_toggle->text());
}

bool ProcedureView::isExpanded() const
{
    return m_toggle->isChecked();
}

}  // namespace crossma
