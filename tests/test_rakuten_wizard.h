// The wizard on the 楽天 page with good values typed in and accepted by the
// sandbox's RMS: ready for 【この内容で更新】. Shared by the lifetime tests.
#pragma once

#include "test_wizard_support.h"

#include "mallpage.h"
#include "mallpagecontroller.h"
#include "setupwizard.h"

#include <QPushButton>

#include <memory>

namespace crossma::test {

struct TestedRakutenPage {
    TestStore t;
    SandboxFixture sandbox;
    RakutenConnector connector;
    RakutenValues good;
    std::unique_ptr<SetupWizard> wizard;
    MallPage *page = nullptr;
    MallPageController *c = nullptr;

    // False when the page could not be built or the test did not pass.
    bool open()
    {
        WizardContext context;
        context.connectors = {&connector};
        context.endpoints = acceptRakuten(sandbox, good, 41);
        context.store = &t.store;
        wizard = std::make_unique<SetupWizard>(context);
        wizard->show();
        page = wizard->mallPage(QStringLiteral("rakuten"));
        if (!page)
            return false;
        c = page->controller();
        c->setValue(QStringLiteral("serviceSecret"), good.secret);
        c->setValue(QStringLiteral("licenseKey"), good.license);
        c->setValue(QStringLiteral("shopUrl"), good.shopUrl);
        button("testButton")->click();
        return waitFor([this] { return c->canSave(); }, 30000);
    }
    QPushButton *button(const char *name) const
    {
        return page->findChild<QPushButton *>(QString::fromLatin1(name));
    }
};

}  // namespace crossma::test
