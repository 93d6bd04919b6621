#include "aupayaddresslist.h"
#include "aupaypageextra.h"

#include "look.h"
#include "servicedata.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace crossma {

QStringList AupayAddressList::parseAddresses(const QByteArray &serviceJson, QString *error)
{
    const QJsonArray list = QJsonDocument::fromJson(serviceJson)
                                .object()
                                .value(QLatin1String("aupay"))
                                .toObject()
                                .value(QLatin1String("sourceAddresses"))
                                .toArray();
    QStringList addresses;
    for (const QJsonValue &value : list) {
        const QString address = value.toString().trimmed();
        if (!address.isEmpty())
            addresses.append(address);
    }
    if (addresses.isEmpty() && error) {
        *error = tr("The list of addresses to register could not be read. Please copy the support "
                    "information and contact support.");
    }
    return addresses;
}

QStringList AupayAddressList::bundledAddresses(QString *error)
{
    return parseAddresses(QJsonDocument(serviceData()).toJson(QJsonDocument::Compact), error);
}

AupayAddressList::AupayAddressList(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("aupayAddressList"));
    QString error;
    // Read here, when the page is built, not at start-up.
    m_addresses = bundledAddresses(&error);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);

    auto *heading = new QLabel(tr("Addresses to register in <2.接続元IPアドレス>"), this);
    heading->setObjectName(QStringLiteral("aupayAddressHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    column->addWidget(heading);

    if (m_addresses.isEmpty()) {
        QLabel *problem = look::wrappedLabel(error, this);
        problem->setObjectName(QStringLiteral("aupayAddressError"));
        column->addWidget(problem);
        return;
    }

    column->addWidget(
        look::wrappedLabel(tr("In Wow!manager > API利用申請 > APIキーの発行はこちら > "
                              "<2.接続元IPアドレス>, enter each address exactly as shown "
                              "(including \"/28\"), then press 登録."),
                           this));

    column->addLayout(buildAddressGrid());
    column->addLayout(buildCopyAllRow());
    column->addWidget(buildThisComputerNote());
}

// One row per address: the address (selectable) and its own コピー button.
QGridLayout *AupayAddressList::buildAddressGrid()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < m_addresses.size(); ++i) {
        const QString address = m_addresses.at(i);
        auto *label = new QLabel(address, this);
        label->setObjectName(QStringLiteral("aupayAddress_%1").arg(i));
        label->setFont(mono);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *button = new QPushButton(tr("Copy"), this);
        button->setObjectName(QStringLiteral("copyAddress_%1").arg(i));
        button->setAccessibleName(tr("Copy %1").arg(address));
        connect(button, &QPushButton::clicked, this,
                [this, address] { copy(address, tr("Copied %1.").arg(address)); });
        grid->addWidget(label, i, 0);
        grid->addWidget(button, i, 1);
    }
    grid->setColumnStretch(2, 1);
    return grid;
}

QHBoxLayout *AupayAddressList::buildCopyAllRow()
{
    auto *row = new QHBoxLayout;
    auto *copyAll = new QPushButton(tr("Copy all"), this);
    copyAll->setObjectName(QStringLiteral("copyAllAddresses"));
    connect(copyAll, &QPushButton::clicked, this, [this] {
        copy(m_addresses.join(QLatin1Char('\n')),
             tr("Copied all %1 addresses, one per line.").arg(m_addresses.size()));
    });
    row->addWidget(copyAll);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("aupayCopyStatus"));
    // Screen readers announce the confirmation when it changes.
    m_status->setAccessibleName(tr("Copy status"));
    row->addWidget(m_status, 1);
    return row;
}

// The connection test runs from this computer, not from the service, so the
// seller has to allow this computer's address too while testing.
QFrame *AupayAddressList::buildThisComputerNote()
{
    auto *note = new QFrame(this);
    note->setObjectName(QStringLiteral("aupayThisComputerNote"));
    note->setProperty("role", QStringLiteral("warningNote"));
    auto *noteRow = new QHBoxLayout(note);
    noteRow->setContentsMargins(6, 4, 6, 4);
    auto *icon = new QLabel(note);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    noteRow->addWidget(icon);
    noteRow->addWidget(
        look::wrappedLabel(tr("The connection test on this page is sent from this computer. "
                              "For it to pass from here, also register this computer's "
                              "internet (global) IP address in <2.接続元IPアドレス>. To find "
                              "it, search the web for 「IPアドレス 確認」 in this computer's "
                              "browser, or ask whoever manages your network. After the "
                              "test, remove that address from the list again unless it is "
                              "one of クロスマ's addresses above."),
                           note),
        1);
    return note;
}

void AupayAddressList::copy(const QString &text, const QString &confirmation)
{
    QGuiApplication::clipboard()->setText(text);
    m_status->setText(confirmation);
}

QWidget *createAupayPageExtra(MallPageController &controller, QWidget *parent)
{
    Q_UNUSED(controller)
    return new AupayAddressList(parent);
}

}  // namespace crossma
