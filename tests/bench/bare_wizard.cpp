// The yardstick for crossma-setup's start-up: a QWizard with one empty page,
// from the same Qt, stopping at the same point (--exit-after-first-page).
#include "firstpagewatcher.h"

#include <QApplication>
#include <QWizard>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    if (QCoreApplication::arguments().contains(QStringLiteral("--exit-after-first-page")))
        crossma::exitAfterFirstPage(&wizard);
    wizard.show();
    return app.exec();
}
