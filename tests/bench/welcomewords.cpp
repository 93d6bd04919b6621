#include "welcomewords.h"

#include "benchsupport.h"
#include "core/credentialstore.h"
#include "registry.h"
#include "setupwizard.h"

#include <QAbstractButton>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>

namespace crossma::bench {

namespace {

QJsonObject entry(const QString &text, const QFont &font)
{
    return {{QStringLiteral("text"), text},
            {QStringLiteral("bold"), font.bold()},
            {QStringLiteral("points"), font.pointSizeF()}};
}

// The texts `root` shows, depth first in creation order (the reading order
// of these pages), with the weight and size they are drawn in.
void collectTexts(const QWidget *root, const QWidget *window, QJsonArray *texts)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (!label->text().isEmpty())
                texts->append(entry(label->text(), label->font()));
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (!button->text().isEmpty())
                texts->append(entry(button->text(), button->font()));
        }
    }
}

}  // namespace

bool writeWelcomeWords(const QString &path, QString *error)
{
    // A first start: nothing linked, so the wizard opens on はじめに.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("words.conf")), QSettings::IniFormat);
    CredentialStore store(QStringLiteral("crossma-setup-bench-words"), &settings);
    const auto connectors = createConnectors();
    WizardContext context;
    for (const auto &connector : connectors)
        context.connectors.append(connector.get());
    context.store = &store;
    SetupWizard wizard(context);
    wizard.show();
    settle(100);

    QJsonArray texts;
    collectTexts(wizard.currentPage(), &wizard, &texts);
    if (wizard.sideWidget())
        collectTexts(wizard.sideWidget(), &wizard, &texts);
    const QJsonObject words{{QStringLiteral("width"), wizard.width()},
                            {QStringLiteral("height"), wizard.height()},
                            {QStringLiteral("texts"), texts}};
    QFile file(path);
    if (texts.isEmpty() || !file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(words).toJson()) < 0) {
        *error = QStringLiteral("could not write the first window's words to ") + path;
        return false;
    }
    return true;
}

}  // namespace crossma::bench
