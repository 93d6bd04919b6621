#include "sandboxexamplesbox.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace crossma {

SandboxExamplesBox::SandboxExamplesBox(const QList<FieldSpec> &fields,
                                       const QList<SampleInput> &scenarios, QWidget *parent)
    : QGroupBox(tr("Sandbox: sample input"), parent), m_fields(fields), m_scenarios(scenarios)
{
    setObjectName(QStringLiteral("sandboxBox"));
    setAccessibleName(title());
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(0, 1);
    grid->setVerticalSpacing(6);
    int row = 0;
    if (scenarios.isEmpty()) {
        grid->addWidget(new QLabel(tr("This sandbox has no sample input for this mall."), this),
                        row, 0);
        return;
    }
    for (const SampleInput &scenario : scenarios) {
        auto *label = new QLabel(scenarioText(scenario), this);
        label->setObjectName(QStringLiteral("sandboxScenario_%1").arg(row));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(label, row, 0);

        auto *fill = new QPushButton(tr("Fill in"), this);
        fill->setObjectName(QStringLiteral("sandboxFill_%1").arg(row));
        fill->setAccessibleName(tr("Fill in the sample: %1").arg(scenario.title));
        const FieldValues sample = scenario.values;
        connect(fill, &QPushButton::clicked, this, [this, sample] { emit fillRequested(sample); });
        grid->addWidget(fill, row, 1, Qt::AlignTop);
        m_buttons << fill;
        m_labels << label;
        ++row;
    }
}

void SandboxExamplesBox::setFillEnabled(bool enabled)
{
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
