// The support information a returning seller copies or saves: the keychain's
// state from a real probe of the (private) keychain, each line once, dates
// written the one way sellers read them; and Qt's own save dialog in Japanese.
#include "test_wizard_support.h"

#include "core/sellertime.h"
#include "homewindow.h"
#include "qtwords.h"
#include "registry.h"
#include "widgetchild.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {

struct SupportHome {
    test::TestStore t;
    std::vector<std::unique_ptr<Connector>> connectors = createConnectors();
    std::unique_ptr<HomeWindow> home;

    SupportHome()
    {
        // Amazon's check records the seller ID and marketplace again as facts.
        REQUIRE(
            test::storeSave(t.store, QStringLiteral("amazon"),
                            {{QStringLiteral("refreshToken"), QStringLiteral("Atzr|support")}},
                            {{QStringLiteral("sellerId"), QStringLiteral("A1SUPPORTTEST")},
                             {QStringLiteral("marketplaceId"), QStringLiteral("A1VC38T7YXB528")}},
                            {{QStringLiteral("sellerId"), QStringLiteral("A1SUPPORTTEST")},
                             {QStringLiteral("marketplaceId"), QStringLiteral("A1VC38T7YXB528")},
                             {QStringLiteral("marketplaceName"), QStringLiteral("Amazon.co.jp")}})
                .outcome.ok());
        WizardContext context = test::contextFor(connectors, &t.store);
        home = std::make_unique<HomeWindow>(context);
        home->show();
    }
    ~SupportHome() { test::storeRemove(t.store, QStringLiteral("amazon")); }
};

}  // namespace

TEST_CASE("Support information: the keychain as probed, each line once, one date format",
          "[home][support]")
{
    SupportHome s;
    REQUIRE(test::waitFor([&] { return s.home->keychainState() != Diagnostics::Keychain::Checking; },
                          10000));
    const QString text = s.home->supportInformation();
    INFO(text.toStdString());
    // The private keychain of the tests works: the probe says so.
    CHECK(text.contains(Diagnostics::keychainText(Diagnostics::Keychain::Available)));
    CHECK_FALSE(text.contains(Diagnostics::keychainText(Diagnostics::Keychain::Unknown)));

    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const qsizetype all = lines.size();
    lines.removeDuplicates();
    CHECK(lines.size() == all);
    CHECK(text.count(QStringLiteral("A1SUPPORTTEST")) == 1);

    // Dates as the overview writes them, never ISO.
    const StoredMall stored = s.t.store.stored(QStringLiteral("amazon"));
    CHECK(text.contains(sellerDateTime(stored.savedAt)));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d"))));
}

TEST_CASE("Copying support information right away waits for the keychain probe", "[home][support]")
{
    SupportHome s;
    QApplication::clipboard()->setText(QStringLiteral("before"));
    test::child<QPushButton>(s.home.get(), QStringLiteral("copySupportButton"))->click();
    REQUIRE(test::waitFor(
        [] { return QApplication::clipboard()->text() != QStringLiteral("before"); }, 10000));
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied.contains(Diagnostics::keychainText(Diagnostics::Keychain::Available)));
    CHECK_FALSE(copied.contains(QStringLiteral("Atzr|support")));
}

TEST_CASE("The save dialog's folder type is in Japanese", "[home][support]")
{
    // Qt's catalogue lacks these words; ours carries them.
    for (const QtWord &word : qtWordsMissingFromQtCatalogue()) {
        INFO(word.text.source);
        const QString translated = QCoreApplication::translate(word.context, word.text.source,
                                                               word.text.disambiguation);
        CHECK(translated != QLatin1String(word.text.source));
    }

    // The dialog HomeWindow opens where no native one exists (Linux without a portal).
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("書類")));
    QFileDialog dialog(nullptr, QStringLiteral("save"), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    REQUIRE(view);
    QAbstractItemModel *model = view->model();
    REQUIRE(test::waitFor([&] { return model->rowCount(view->rootIndex()) == 1; }, 5000));
    const QModelIndex folder = view->rootIndex().model()->index(0, 2, view->rootIndex());
    CHECK(folder.data().toString() == QStringLiteral("フォルダ"));
}
