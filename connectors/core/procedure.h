#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace crossma {

// One step of the seed manual's procedure at the mall, shown as a checklist
// item the seller ticks ("① …での準備").
struct ProcedureStep {
    QString id;        // stable, so ticks can be remembered
    QString title;     // translated, short: "WEB APIサービスを申し込む"
    QString menuPath;  // translated, the exact admin-screen path, " > " separated
    QString detail;    // translated, optional longer explanation
    QUrl link;         // optional: the mall's admin page
};

// A note shown with the procedure (timing, warnings from the seed).
struct ProcedureNote {
    enum class Kind { Info, Warning };
    Kind kind = Kind::Info;
    QString text;  // translated
};

struct Procedure {
    QList<ProcedureStep> steps;
    QList<ProcedureNote> notes;
};

}  // namespace crossma
