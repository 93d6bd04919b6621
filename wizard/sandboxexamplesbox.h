#pragma once

#include "core/fieldspec.h"
#include "core/sampleinput.h"
#include "sampletable.h"

#include <QGroupBox>

class QGridLayout;
class QLabel;
class QPushButton;

namespace crossma {

// "サンドボックス: 入力例": in --sandbox mode, each scenario of the mall's fake
// (title, what the wizard should show, the demo values to type) with a button
// that fills them in. The values are fake, yet in screen-share mode secrets are
// masked here too, so a viewer never learns what a key looks like. Samples still
// being made (the practice keys) appear when they are ready.
class SandboxExamplesBox : public QGroupBox
{
    Q_OBJECT
public:
    SandboxExamplesBox(const QList<FieldSpec> &fields, const SampleTable &samples,
                       const QString &mallId, QWidget *parent = nullptr);

    void setFillEnabled(bool enabled);
    void setMasked(bool masked);
    bool isMasked() const { return m_masked; }

signals:
    void fillRequested(const crossma::FieldValues &values);

private:
    void waitFor(const SampleTable &samples, const QString &mallId);
    void addRows(const QList<SampleInput> &scenarios);
    QString scenarioText(const SampleInput &scenario) const;

    QList<FieldSpec> m_fields;
    QList<SampleInput> m_scenarios;
    QList<QLabel *> m_labels;
    QList<QPushButton *> m_buttons;
    QGridLayout *m_grid = nullptr;
    bool m_masked = false;
    bool m_fillEnabled = true;
};

}  // namespace crossma
