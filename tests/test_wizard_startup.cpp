// Start-up stays cheap: the wizard's constructor names every step from the
// connectors but builds a mall page's widgets only when the seller gets there.
#include <catch2/catch.hpp>

#include "fieldeditor.h"
#include "mallpage.h"
#include "procedureview.h"
#include "registry.h"
#include "setupwizard.h"
#include "steplist.h"
#include "test_wizard_support.h"

using namespace crossma;
using namespace crossma::test;

TEST_CASE("The wizard builds no mall page widgets until the page is shown", "[wizard]")
{
    TestStore t;
    const auto registry = createConnectors();
    WizardContext context = test::contextFor(registry, &t.store);
    SetupWizard wizard(context);
    wizard.show();
    REQUIRE(wizard.summaryId() == int(registry.size()) + 1);

    // Titled and listed, yet empty.
    for (int id = 1; id < wizard.summaryId(); ++id) {
        auto *page = qobject_cast<MallPage *>(wizard.page(id));
        REQUIRE(page);
        INFO(page->objectName().toStdString());
        CHECK_FALSE(page->isBuilt());
        CHECK(page->findChild<QWidget *>() == nullptr);
        CHECK(wizard.stepHeader(id).startsWith(
            QStringLiteral("ステップ %1 / %2").arg(id + 1).arg(wizard.summaryId() + 1)));
        CHECK(wizard.stepList()->text(id).contains(page->controller()->connector()->displayName()));
    }
    CHECK(wizard.findChild<FieldEditor *>() == nullptr);
    CHECK(wizard.findChild<ProcedureView *>() == nullptr);

    // Next builds the first mall's page, and only that one.
    wizard.next();
    REQUIRE(wizard.currentId() == 1);
    auto *first = qobject_cast<MallPage *>(wizard.page(1));
    CHECK(first->isBuilt());
    CHECK(first->findChild<FieldEditor *>() != nullptr);
    CHECK(first->findChild<ProcedureView *>() != nullptr);
    for (int id = 2; id < wizard.summaryId(); ++id)
        CHECK(wizard.page(id)->findChild<FieldEditor *>() == nullptr);
}
