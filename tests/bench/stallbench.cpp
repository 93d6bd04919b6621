// The real wizard, offscreen, against the sandbox malls (on a thread of their
// own): the longest the UI thread's event loop stood still while it
//   (a) runs a connection test on each mall,
//   (b) reads a 5 MB certificate ZIP with many entries,
//   (c) saves each mall to the keychain,
//   (d) runs すべて再確認 with four linked malls.
// Each activity starts on a page that is already shown and painted (the first
// paint of a page is not counted) and ends once its result is on screen.
#include "benches.h"

#include "benchprofile.h"
#include "benchsupport.h"
#include "sandboxthread.h"
#include "stallprobe.h"

#include "homewindow.h"
#include "mallpagecontroller.h"
#include "recheckall.h"
#include "setupwizard.h"
#include "welcomepage.h"
#include "yahoo/yahooconnector.h"

#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <zip.h>

namespace crossma::bench {

namespace {
constexpr int kSettleMs = 250;  // a page shown: its first paint and layout done

// 5 MB of incompressible entries, stored: what a seller who picked the wrong
// download (a folder of documents) drops on the certificate field.
bool writeBigZip(const QString &path)
{
    int error = 0;
    zip_t *zip = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes(25 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / 4);
        void *copy = malloc(size_t(bytes.size()));
        memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *source = zip_source_buffer(zip, copy, zip_uint64_t(bytes.size()), 1);
        const QByteArray name = "documents/page-" + QByteArray::number(i) + ".bin";
        const zip_int64_t index = zip_file_add(zip, name.constData(), source, ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    return zip_close(zip) == 0;
}

template <typename T> T *named(QWidget *root, const QString &name)
{
    return root ? root->findChild<T *>(name) : nullptr;
}

struct Worst {
    std::vector<double> test, zip, save, recheck;
    QString failure;
};

// One pass through the wizard: every mall tested and saved, then the ZIP.
void wizardPass(const WizardContext &context, SandboxThread &sandbox, const QString &zipPath,
                Worst &worst)
{
    StallProbe probe;
    SetupWizard wizard(context);
    wizard.show();
    settle(kSettleMs);
    double test = 0, save = 0;
    for (const QString &mall : sandbox.mallIds()) {
        wizard.welcomePage()->setChosen(mall, true);
        wizard.jumpTo(wizard.pageIdFor(mall));
        MallPageController *controller = wizard.controller(mall);
        QWidget *page = wizard.currentPage();
        controller->fill(sandbox.accepted(mall).values);
        settle(kSettleMs);
        auto *testButton = named<QPushButton>(page, QStringLiteral("testButton"));
        auto *saveButton = named<QPushButton>(page, QStringLiteral("saveButton"));
        if (!testButton || !saveButton) {
            worst.failure = mall + QStringLiteral(": no test or save button");
            return;
        }
        probe.start();
        testButton->click();
        waitUntil([controller] { return !controller->isChecking(); });
        settle(50);
        test = std::max(test, probe.stop());
        if (!controller->canSave()) {
            worst.failure = mall + QStringLiteral(": the test did not pass: ")
                            + controller->lastResult().code;
            return;
        }
        bool saved = false;
        const auto connection = QObject::connect(controller, &MallPageController::saveFinished,
                                                 &wizard, [&saved] { saved = true; });
        probe.start();
        saveButton->click();
        waitUntil([&saved] { return saved; });
        QObject::disconnect(connection);
        settle(50);
        save = std::max(save, probe.stop());
    }
    worst.test.push_back(test);
    worst.save.push_back(save);

    // (b) on the Yahoo! page, with the old method's ZIP field shown.
    const QString yahoo = QStringLiteral("yahoo");
    wizard.jumpTo(wizard.pageIdFor(yahoo));
    MallPageController *controller = wizard.controller(yahoo);
    controller->setValue(YahooField::method, YahooField::methodCertificate);
    settle(kSettleMs);
    auto *status = named<QLabel>(wizard.currentPage(), QStringLiteral("yahooZipStatus"));
    probe.start();
    controller->setValue(YahooField::certificateZip, zipPath);
    const QString reading = status ? status->text() : QString();
    waitUntil([status, reading] { return !status || status->text() != reading; });
    settle(50);
    worst.zip.push_back(probe.stop());
    waitUntil([&context] { return context.store->isIdle(); });
}

// (d) the overview's すべて再確認 with every mall linked.
void recheckPass(const WizardContext &context, Worst &worst)
{
    StallProbe probe;
    HomeWindow home(context);
    home.show();
    settle(kSettleMs);
    auto *button = named<QPushButton>(&home, QStringLiteral("recheckAllButton"));
    auto *recheck = home.findChild<RecheckAll *>();
    if (!button || !recheck) {
        worst.failure = QStringLiteral("no すべて再確認 on the overview");
        return;
    }
    probe.start();
    button->click();
    waitUntil([recheck] { return !recheck->isRunning(); });
    settle(50);
    worst.recheck.push_back(probe.stop());
}
}  // namespace

QList<Row> stallRows(SandboxThread &sandbox, BenchProfile &profile, int runs)
{
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("documents.zip"));
    if (!writeBigZip(zipPath))
        return {Row{QStringLiteral("UI stall"),
                    0,
                    0,
                    {},
                    {},
                    0,
                    QStringLiteral("could not write the test ZIP"),
                    false}};
    WizardContext context;
    context.connectors = profile.connectors();
    context.endpoints = sandbox.endpoints();
    context.store = &profile.store();
    context.sandbox = true;
    context.samples = sandbox.samples();

    Worst worst;
    for (int i = 0; i < runs && worst.failure.isEmpty(); ++i) {
        wizardPass(context, sandbox, zipPath, worst);
        if (worst.failure.isEmpty())
            recheckPass(context, worst);
    }
    if (!worst.failure.isEmpty())
        return {Row{QStringLiteral("UI stall"), 0, 0, {}, {}, 0, worst.failure, false}};
    const QString budget = QStringLiteral("50 ms budget");
    auto row = [&](const QString &what, const std::vector<double> &v) {
        return Row{what,
                   median(v),
                   50,
                   QStringLiteral("ms"),
                   budget,
                   1.0,
                   QStringLiteral("worst of all runs %1 ms").arg(largest(v), 0, 'f', 0)};
    };
    return {
        row(QStringLiteral("UI stall: connection test, 4 malls"), worst.test),
        row(QStringLiteral("UI stall: 5 MB certificate ZIP"), worst.zip),
        row(QStringLiteral("UI stall: save to the keychain, 4 malls"), worst.save),
        row(QStringLiteral("UI stall: re-check all, 4 malls"), worst.recheck),
    };
}

}  // namespace crossma::bench
