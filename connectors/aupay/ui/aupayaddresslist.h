#pragma once

#include <QStringList>
#include <QWidget>

class QFrame;
class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace crossma {

// The addresses the seller registers in au PAY's <2.接続元IPアドレス>, read
// from the service data (:/crossma/service.json, "aupay.sourceAddresses")
// when the page is built, each with a コピー button, plus 「すべてコピー」.
class AupayAddressList : public QWidget
{
    Q_OBJECT
public:
    explicit AupayAddressList(QWidget *parent = nullptr);

    QStringList addresses() const { return m_addresses; }

    // The bundled list; empty (with a translated error) when it cannot be read.
    static QStringList bundledAddresses(QString *error = nullptr);
    // "aupay.sourceAddresses" of a service.json; only non-empty strings count.
    static QStringList parseAddresses(const QByteArray &serviceJson, QString *error = nullptr);

private:
    QGridLayout *buildAddressGrid();
    QHBoxLayout *buildCopyAllRow();
    QFrame *buildThisComputerNote();
    void copy(const QString &text, const QString &confirmation);

    QStringList m_addresses;
    QLabel *m_status = nullptr;
};

}  // namespace crossma
