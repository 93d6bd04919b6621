// --sandbox opens its window before the practice keys exist: a mall page shown
// meanwhile says the samples are on their way, then shows them, masked as the
// page is, with 入力する enabled as the page wants.
#include <catch2/catch.hpp>

#include "screencheck.h"
#include "widgetchild.h"

#include "core/fieldspec.h"
#include "sampletable.h"
#include "sandboxexamplesbox.h"

#include <QLabel>
#include <QPromise>
#include <QPushButton>

using namespace crossma;
using namespace crossma::test;

namespace {

QList<FieldSpec> twoFields()
{
    FieldSpec shop;
    shop.id = QStringLiteral("shop");
    shop.label = QStringLiteral("Shop");
    FieldSpec key;
    key.id = QStringLiteral("key");
    key.label = QStringLiteral("Key");
    key.secret = true;
    return {shop, key};
}

SampleInput sample()
{
    SampleInput s;
    s.mallId = QStringLiteral("demo");
    s.title = QStringLiteral("Accepted");
    s.expected = QStringLiteral("connects");
    s.values = {{QStringLiteral("shop"), QStringLiteral("shop-1")},
                {QStringLiteral("key"), QStringLiteral("secret-key-123")}};
    return s;
}

}  // namespace

TEST_CASE("Sandbox samples still being made show a notice, then the samples", "[sandbox][wizard]")
{
    QPromise<SampleTable::Table> promise;
    promise.start();
    const SampleTable pending(promise.future());
    REQUIRE_FALSE(pending.isReady());

    SandboxExamplesBox box(twoFields(), pending, QStringLiteral("demo"));
    box.setMasked(true);
    box.setFillEnabled(false);  // a test is running on the page
    CHECK(
        child<QLabel>(&box, QStringLiteral("sandboxPreparing"))->text().contains(QStringLiteral("…")));
    CHECK(box.findChild<QPushButton *>(QStringLiteral("sandboxFill_0")) == nullptr);
    box.resize(640, 90);
    CHECK(box.grab().save(screenshotPath(QStringLiteral("sandbox-samples-preparing.png"))));

    promise.addResult(SampleTable::Table{{QStringLiteral("demo"), {sample()}}});
    promise.finish();
    auto *fill = eventualChild<QPushButton>(&box, QStringLiteral("sandboxFill_0"), 5000);
    CHECK(waitFor(
        [&] { return box.findChild<QLabel *>(QStringLiteral("sandboxPreparing")) == nullptr; }));
    CHECK_FALSE(fill->isEnabled());
    const QString text = child<QLabel>(&box, QStringLiteral("sandboxScenario_0"))->text();
    CHECK(text.contains(QStringLiteral("shop-1")));
    CHECK_FALSE(text.contains(QStringLiteral("secret-key-123")));  // masked as the page is

    FieldValues filled;
    QObject::connect(&box, &SandboxExamplesBox::fillRequested,
                     [&](const FieldValues &v) { filled = v; });
    box.setFillEnabled(true);
    fill->click();
    CHECK(filled.value(QStringLiteral("key")) == QStringLiteral("secret-key-123"));
}

TEST_CASE("Sandbox samples that are ready are shown at once", "[sandbox][wizard]")
{
    const SampleTable ready(SampleTable::Table{{QStringLiteral("demo"), {sample()}}});
    CHECK(ready.isReady());
    SandboxExamplesBox box(twoFields(), ready, QStringLiteral("demo"));
    CHECK(box.findChild<QLabel *>(QStringLiteral("sandboxPreparing")) == nullptr);
    CHECK(box.findChild<QPushButton *>(QStringLiteral("sandboxFill_0")) != nullptr);
}

TEST_CASE("Sandbox samples that never come leave a note, not a waiting page", "[sandbox][wizard]")
{
    auto promise = std::make_unique<QPromise<SampleTable::Table>>();
    promise->start();
    SandboxExamplesBox box(twoFields(), SampleTable(promise->future()), QStringLiteral("demo"));
    promise.reset();  // the sandbox closed before making them: cancelled, no result
    CHECK(waitFor(
        [&] { return box.findChild<QLabel *>(QStringLiteral("sandboxPreparing")) == nullptr; }));
    CHECK(box.findChild<QPushButton *>(QStringLiteral("sandboxFill_0")) == nullptr);
    bool noted = false;
    for (const QLabel *label : box.findChildren<QLabel *>())
        noted |= label->text()
                 == SandboxExamplesBox::tr("This sandbox has no sample input for this mall.");
    CHECK(noted);
}
