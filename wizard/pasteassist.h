#pragma once

#include "core/shaperecognition.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace crossma {

class ClipboardAssist;
class Connector;
class MallPageController;
class OfferBar;

// Above a mall page's fields: the seller pastes anywhere on the page (Ctrl+V
// with no field focused, or 「貼り付け」) and the value goes into the field its
// shape matches, with a note saying where; unclear shapes are asked about. A
// value pasted into the wrong field, or one of another mall, is caught and a
// move offered. The 「コピーした値を提案する」 switch offers a value copied in
// the browser when the seller comes back. The shapes come from the connectors
// (ShapeRecognition); nothing here knows a mall.
class PasteAssist : public QWidget
{
    Q_OBJECT
public:
    PasteAssist(MallPageController &controller, bool screenShare, QWidget *parent = nullptr);

    void setScreenShare(bool on);
    // Puts `text` into the field its shape matches, or asks which one.
    void pasteAnywhere(const QString &text);
    ClipboardAssist *clipboardAssist() const { return m_clipboard; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildRow();
    void pasteFromClipboard();
    void fill(const QString &fieldId, const QString &label, const QString &value);
    void askWhichField(const QString &message, const QList<ShapeCandidate> &choices);
    QString otherMallMessage(const QList<ShapeCandidate> &elsewhere) const;
    QList<ShapeCandidate> anyField(const QString &text) const;
    // A paste into one field, checked against the other fields' shapes.
    void watchEditors();
    void onValueChanged(const QString &fieldId, const QString &raw);
    void onEdited(const QString &fieldId, const QString &raw);
    void offerMove(const QString &fromId, const QString &before, const ShapeCandidate &to);
    void offerUndo(const QString &fieldId, const QString &before, const ShapeCandidate &elsewhere);
    // The clipboard switch's offer.
    void offerCopied(const QString &text);
    void showNote(const QString &text, const QString &role);
    void reveal();
    ShapeAnswer recognise(const QString &text) const;
    QList<const Connector *> knownConnectors() const;
    bool busy() const;

    MallPageController &m_controller;
    bool m_screenShare = false;
    bool m_watching = false;
    QPushButton *m_paste = nullptr;
    QCheckBox *m_switch = nullptr;
    QLabel *m_note = nullptr;
    OfferBar *m_offer = nullptr;      // asks where a paste goes, offers moves
    OfferBar *m_copiedBar = nullptr;  // the clipboard switch's offer
    ClipboardAssist *m_clipboard = nullptr;
    QHash<QString, QString> m_now;     // each field's raw value, as last seen
    QHash<QString, QString> m_before;  // and the one before it
};

}  // namespace crossma
