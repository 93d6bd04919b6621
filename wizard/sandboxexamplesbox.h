#pragma once

#include "core/fieldspec.h"
#include "scenario.h"

#include <QGroupBox>

class QPushButton;

namespace crossma {

// "サンドボックス: 入力例": in --sandbox mode, each scenario of the mall's fake
// (title, what the wizard should show, the demo values to type) with a button
// that fills them in. The values are fake, so secrets may be shown here.
class SandboxExamplesBox : public QGroupBox
{
    Q_OBJECT
public:
    SandboxExamplesBox(const QList<FieldSpec> &fields, const QList<sandbox::Scenario> &scenarios,
                       QWidget *parent = nullptr);

    void setFillEnabled(bool enabled);

signals:
    void fillRequested(const crossma::FieldValues &values);

private:
    QList<QPushButton *> m_buttons;
};

}  // namespace crossma
