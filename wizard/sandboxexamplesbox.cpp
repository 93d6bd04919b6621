#include "sandboxexamplesbox.h"
#include "wrappedlabel.h"

#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace crossma {

SandboxExamplesBox::SandboxExamplesBox(const QList<FieldSpec> &fields, const SampleTable &samples,
                                       const QString &mallId, QWidget *parent)
    : QGroupBox(tr("Sandbox: sample input"), parent), m_fields(fields)
{
    setObjectName(QStringLiteral("sandboxBox"));
    setAccessibleName(title());
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(0, 1);
    m_grid->setVerticalSpacing(6);
    if (samples.isReady())
        addRows(samples.value(mallId));
    else
        waitFor(samples, mallId);
}

void SandboxExamplesBox::waitFor(const SampleTable &samples, const QString &mallId)
{
    auto *waiting = new QLabel(tr("Preparing the sample input…"), this);
    waiting->setObjectName(QStringLiteral("sandboxPreparing"));
    m_grid->addWidget(waiting, 0, 0);
    auto *watcher = new QFutureWatcher<SampleTable::Table>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, waiting, mallId] {
        delete waiting;
        // No result: the sandbox went before making them (it is closing).
        const QFuture<SampleTable::Table> made = watcher->future();
        addRows(made.resultCount() > 0 ? made.result().value(mallId) : QList<SampleInput>{});
        watcher->deleteLater();
    });
    watcher->setFuture(samples.future());
}

void SandboxExamplesBox::addRows(const QList<SampleInput> &scenarios)
{
    m_scenarios = scenarios;
    if (scenarios.isEmpty()) {
        m_grid->addWidget(new QLabel(tr("This sandbox has no sample input for this mall."), this),
                          0, 0);
        return;
    }
    int row = 0;
    for (const SampleInput &scenario : scenarios) {
        auto *label = new WrappedLabel(scenarioText(scenario), this);
        label->setObjectName(QStringLiteral("sandboxScenario_%1").arg(row));
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_grid->addWidget(label, row, 0);

        auto *fill = new QPushButton(tr("Fill in"), this);
        fill->setObjectName(QStringLiteral("sandboxFill_%1").arg(row));
        fill->setAccessibleName(tr("Fill in the sample: %1").arg(scenario.title));
        fill->setEnabled(m_fillEnabled);
        const FieldValues sample = scenario.values;
        connect(fill, &QPushButton::clicked, this, [this, sample] { emit fillRequested(sample); });
        m_grid->addWidget(fill, row, 1, Qt::AlignTop);
        m_buttons << fill;
        m_labels << label;
        ++row;
    }
}

void SandboxExamplesBox::setFillEnabled(bool enabled)
{
    m_fillEnabled = enabled;
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(enabled);
}

void SandboxExamplesBox::setMasked(bool masked)
{
    m_masked = masked;
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(scenarioText(m_scenarios.at(i)));
}

QString SandboxExamplesBox::scenarioText(const SampleInput &scenario) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2")
                 .arg(scenario.title.toHtmlEscaped(), scenario.expected.toHtmlEscaped());
    QStringList values;
    for (const FieldSpec &spec : m_fields) {
        // Hidden values (a token from a login) are filled in but not worth reading.
        if (!scenario.values.contains(spec.id) || spec.kind == FieldSpec::Kind::Hidden)
            continue;
        const QString value = m_masked && spec.secret
                                  ? QStringLiteral("••••••••")
                                  : scenario.values.value(spec.id).toHtmlEscaped();
        values << QStringLiteral("%1: <tt>%2</tt>").arg(spec.label.toHtmlEscaped(), value);
    }
    lines << QStringLiteral("<small>%1</small>").arg(values.join(QStringLiteral(" &nbsp; ")));
    return lines.join(QStringLiteral("<br>"));
}

}  // namespace crossma
