#include "aupaywelcomenote.h"

#include "aupayaddresslist.h"
#include "look.h"

#include <QCoreApplication>
#include <QLabel>

namespace crossma {

QWidget *createAupayWelcomeNote(MallPageController &controller, QWidget *parent)
{
    Q_UNUSED(controller)
    QString error;
    const QStringList addresses = AupayAddressList::bundledAddresses(&error);
    const QString text = addresses.isEmpty()
                             ? error
                             : QCoreApplication::translate(
                                   "crossma::AupayWelcomeNote",
                                   "Addresses to register in <2.接続元IPアドレス>: %1 "
                                   "(each with a Copy button on the au PAY マーケット page)")
                                   .arg(addresses.join(QCoreApplication::translate(
                                       "crossma::AupayWelcomeNote", ", ")));
    QLabel *label = look::wrappedLabel(text, parent);
    label->setObjectName(QStringLiteral("aupayWelcomeAddresses"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

}  // namespace crossma
