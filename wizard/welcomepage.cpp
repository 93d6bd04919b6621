#include "welcomepage.h"

#include "look.h"
#include "mallpagecontroller.h"
#include "welcomeextras.h"
#include "wrappedlabel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace crossma {

WelcomePage::WelcomePage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
}

void WelcomePage::fill(const QList<MallPageController *> &controllers)
{
    Q_ASSERT(!layout());
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    buildIntro(page);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("welcomeScroll"));
    scroll->setAccessibleName(tr("Malls"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Tab walks through the check boxes inside,
    // and the area scrolls to each.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    // In place before the rows: set afterwards, the area would lay every row's
    // text out at its own first, narrow width, only to do it again when shown.
    scroll->setWidget(content);
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    int row = 0;
    for (MallPageController *controller : controllers)
        addMallRow(controller, grid, row++);
    grid->setRowStretch(row, 1);
    page->addWidget(scroll, 1);
}

void WelcomePage::buildIntro(QVBoxLayout *page)
{
    auto *intro = new WrappedLabel(
        tr("This wizard links your shops at the malls to クロスマ. For each mall you will "
           "① prepare the mall's admin screen, ② enter the values it shows you and ③ run a "
           "connection test; only values the mall accepted are saved. Passwords and keys are "
           "kept in this computer's password store (keychain)."),
        this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    page->addWidget(intro);

    auto *choose = new WrappedLabel(
        tr("Choose the malls to set up now. You can set up the others on "
           "another day by opening this wizard again."),
        this);
    choose->setObjectName(QStringLiteral("welcomeChooseHint"));
    choose->setProperty("role", QStringLiteral("blockHeading"));
    page->addWidget(choose);
}

void WelcomePage::addMallRow(MallPageController *controller, QGridLayout *grid, int row)
{
    QWidget *content = grid->parentWidget();
    Connector *connector = controller->connector();
    const QString id = connector->id();
    auto *box = new QCheckBox(connector->displayName(), content);
    box->setObjectName(QStringLiteral("choose_") + id);
    box->setAccessibleName(tr("Set up %1 now").arg(connector->displayName()));
    QFont bold = box->font();
    bold.setBold(true);
    box->setFont(bold);
    connect(box, &QCheckBox::toggled, this, &WelcomePage::choiceChanged);
    grid->addWidget(box, row, 0, Qt::AlignTop);
    m_choices.insert(id, box);

    auto *status = new QLabel(content);
    status->setObjectName(QStringLiteral("welcomeStatus_") + id);
    grid->addWidget(status, row, 1, Qt::AlignTop);
    m_status.insert(id, status);

    auto *needs = new QVBoxLayout;
    needs->setSpacing(4);
    auto *need = new WrappedLabel(needsText(*connector), content);
    need->setObjectName(QStringLiteral("welcomeNeeds_") + id);
    needs->addWidget(need);
    // What the mall's intro refers to ("the addresses below"), right below it.
    if (QWidget *extra = createPageExtra(welcomeExtraId(id), *controller, content))
        needs->addWidget(extra);
    grid->addLayout(needs, row, 2);

    connect(controller, &MallPageController::storedChanged, this,
            [this, controller] { updateStatus(controller); });
    updateStatus(controller);
    // Unlinked malls are ticked; a linked one only when the seller wants to redo it.
    box->setChecked(!controller->isLinked());
}

QString WelcomePage::needsText(const Connector &connector)
{
    QStringList needs;
    for (const FieldSpec &spec : connector.fields()) {
        // Advanced overrides are for support's instructions, not a seller's list.
        // A choice between methods, and the file only the old method takes, are
        // settled on the mall's page; its intro names what the recommended one needs.
        if (spec.kind != FieldSpec::Kind::Hidden && spec.kind != FieldSpec::Kind::Choice
            && spec.kind != FieldSpec::Kind::File && !spec.advanced)
            needs << spec.label;
    }
    QString text = tr("You will need: %1").arg(needs.join(tr(", ")));
    if (!connector.pageIntro().isEmpty())
        text += QLatin1Char('\n') + connector.pageIntro();
    return text;
}

bool WelcomePage::isChosen(const QString &mallId) const
{
    const QCheckBox *box = m_choices.value(mallId);
    return box && box->isChecked();
}

void WelcomePage::setChosen(const QString &mallId, bool chosen)
{
    if (QCheckBox *box = m_choices.value(mallId))
        box->setChecked(chosen);
}

void WelcomePage::updateStatus(MallPageController *controller)
{
    QLabel *status = m_status.value(controller->mallId());
    if (!status)
        return;
    const bool linked = controller->isLinked();
    status->setText(linked ? tr("Linked") : tr("Not set up"));
    status->setProperty("role", linked ? QStringLiteral("success") : QString());
    look::repolish(status);
}

}  // namespace crossma
