#include "yahooextra.h"
#include "yahoopageextra.h"

#include "look.h"
#include "mallpagecontroller.h"
#include "wrappedlabel.h"
#include "yahoo/yahooconnector.h"
#include "yahoo/yahoopublickey.h"
#include "yahooextralogin.h"
#include "yahooextrazip.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace crossma {

YahooExtra::YahooExtra(MallPageController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("yahooExtra"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);

    m_keyStatus = new WrappedLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("yahooKeyStatus"));
    m_keyStatus->setAccessibleName(tr("Public key check"));
    column->addWidget(m_keyStatus);

    m_zip = new YahooExtraZip(controller, this);
    column->addWidget(m_zip);

    m_login = new YahooExtraLogin(controller, this);
    column->addWidget(m_login);

    connect(&controller, &MallPageController::valueChanged, this, &YahooExtra::onValueChanged);
    updateMethod();
    updateKeyStatus();
}

void YahooExtra::onValueChanged(const QString &fieldId, const QString &)
{
    if (fieldId == YahooField::method)
        updateMethod();
    else if (fieldId == YahooField::publicKey)
        updateKeyStatus();
}

void YahooExtra::updateMethod()
{
    const bool legacy = m_controller.value(YahooField::method) == YahooField::methodCertificate;
    m_zip->setVisible(legacy);
    // The generic rows of the other method would only confuse: the page names
    // them "label_<id>" and "fieldEditor_<id>".
    const auto showRow = [this](const QString &id, bool visible) {
        QWidget *page = parentWidget();
        if (!page)
            return;
        for (const QString &name :
             {QStringLiteral("label_") + id, QStringLiteral("fieldEditor_") + id}) {
            if (auto *widget = page->findChild<QWidget *>(name))
                widget->setVisible(visible);
        }
    };
    showRow(YahooField::certificateZip, legacy);
    showRow(YahooField::publicKey, !legacy);
    showRow(YahooField::publicKeyVersion, !legacy);
    updateKeyStatus();
}

void YahooExtra::updateKeyStatus()
{
    const bool legacy = m_controller.value(YahooField::method) == YahooField::methodCertificate;
    const QString pasted = m_controller.value(YahooField::publicKey);
    if (legacy || pasted.trimmed().isEmpty()) {
        m_keyStatus->clear();
        m_keyStatus->setVisible(false);
        return;
    }
    const yahoo::PublicKeyResult key = yahoo::YahooPublicKey::parse(pasted);
    QString text;
    if (!key.ok())
        text = key.message;
    else if (key.repaired())
        text = key.message;
    else
        text = tr("✓ The public key can be read (%1 %2 bits).").arg(key.algorithm).arg(key.bits);
    m_keyStatus->setText(text);
    m_keyStatus->setProperty("role", key.ok() && !key.repaired() ? QStringLiteral("success")
                                     : key.ok()                  ? QStringLiteral("infoNote")
                                                                 : QStringLiteral("problem"));
    look::repolish(m_keyStatus);
    m_keyStatus->setVisible(true);
}

QWidget *createYahooPageExtra(MallPageController &controller, QWidget *parent)
{
    return new YahooExtra(controller, parent);
}

}  // namespace crossma
