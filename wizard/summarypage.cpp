#include "summarypage.h"

#include "core/expiryfacts.h"
#include "core/sellertime.h"
#include "look.h"
#include "mallpagecontroller.h"
#include "wrappedlabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace crossma {

SummaryPage::SummaryPage(const QList<MallPageController *> &controllers, QWidget *parent)
    : QWizardPage(parent), m_controllers(controllers)
{
    setObjectName(QStringLiteral("summaryPage"));
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("summaryScroll"));
    scroll->setAccessibleName(tr("Summary"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_rows = new QVBoxLayout(m_content);
    m_rows->setSpacing(10);
    scroll->setWidget(m_content);
    page->addWidget(scroll, 1);
    for (MallPageController *controller : controllers)
        connect(controller, &MallPageController::storedChanged, this, &SummaryPage::refresh);
    refresh();
}

void SummaryPage::initializePage()
{
    refresh();
}

void SummaryPage::refresh()
{
    // Rebuilt whole: a handful of labels, and always what the store says now.
    look::clearLayout(m_rows);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(2, 1);
    QStringList todo;
    int unlinked = 0;
    int row = 0;
    for (MallPageController *controller : std::as_const(m_controllers)) {
        if (!addMallRow(grid, row++, *controller, now, &todo))
            ++unlinked;
    }
    m_rows->addLayout(grid);

    if (unlinked > 0)
        todo << tr("To set up the remaining malls later, open this wizard again: the malls that "
                   "are already linked stay as they are.");
    if (const QString expiring = expiringThings(); !expiring.isEmpty())
        todo << tr("Keys with an expiry date (%1) must be renewed at the mall before they expire; "
                   "this wizard shows the days left.")
                    .arg(expiring);
    if (unlinked < m_controllers.size())
        todo << tr("Press Finish. Your linked malls are used by クロスマ from now on.");
    addNextSteps(todo);
}

bool SummaryPage::addMallRow(QGridLayout *grid, int row, const MallPageController &controller,
                             const QDateTime &now, QStringList *todo)
{
    const QString id = controller.mallId();
    const StoredMall stored = controller.stored();
    auto *name = new QLabel(controller.connector()->displayName(), m_content);
    name->setObjectName(QStringLiteral("summaryName_") + id);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    grid->addWidget(name, row, 0, Qt::AlignTop);

    auto *status = new QLabel(stored.linked ? tr("Linked ✓") : tr("Not set up"), m_content);
    status->setObjectName(QStringLiteral("summaryStatus_") + id);
    status->setProperty("role", stored.linked ? QStringLiteral("success") : QString());
    grid->addWidget(status, row, 1, Qt::AlignTop);

    QStringList lines;
    if (stored.linked) {
        const QDateTime when = stored.lastVerifiedAt.isValid() ? stored.lastVerifiedAt
                                                               : stored.savedAt;
        if (when.isValid())
            lines << tr("Last checked: %1").arg(sellerDateTime(when));
        for (const ExpiryFact &fact : controller.connector()->expiryFacts(stored.facts, now)) {
            lines << fact.text();
            const QString mall = controller.connector()->displayName();
            if (fact.expired())
                *todo << tr("%1: the %2 has passed. Issue a new one at the mall, then run the "
                            "connection test and save again.")
                             .arg(mall, fact.label);
            else if (fact.soon())
                *todo << tr("%1: %n day(s) left until the %2. Renew it at the mall soon, then "
                            "run the connection test and save again.",
                            nullptr, fact.daysLeft)
                             .arg(mall, fact.label);
        }
    } else {
        lines << tr("Not linked yet: orders and stock of this mall are not handled by "
                    "クロスマ until it is set up.");
    }
    auto *facts = new WrappedLabel(lines.join(QLatin1Char('\n')), m_content);
    facts->setObjectName(QStringLiteral("summaryFacts_") + id);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(facts, row, 2);
    return stored.linked;
}

void SummaryPage::addNextSteps(const QStringList &todo)
{
    auto *heading = new QLabel(tr("What to do next"), m_content);
    heading->setObjectName(QStringLiteral("summaryNextHeading"));
    heading->setProperty("role", QStringLiteral("blockHeading"));
    m_rows->addWidget(heading);
    QString html = QStringLiteral("<ul style='margin-left:-20px'>");
    for (const QString &line : todo)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_next = new WrappedLabel(html, m_content);
    m_next->setObjectName(QStringLiteral("summaryNext"));
    m_next->setTextFormat(Qt::RichText);
    m_rows->addWidget(m_next);
    m_rows->addStretch(1);
}

QString SummaryPage::expiringThings() const
{
    QStringList things;
    for (const MallPageController *controller : m_controllers) {
        const Connector *connector = controller->connector();
        for (const ExpirySpec &spec : connector->expiries())
            things << tr("%1: %2").arg(connector->displayName(), spec.label);
    }
    return things.join(tr(", "));
}

}  // namespace crossma
