#pragma once

#include "core/fieldspec.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QPushButton;

class QHBoxLayout;
class QVBoxLayout;

namespace crossma {

// One input of "② 入力", built from its FieldSpec: the editor (a masked line
// with a reveal toggle for secrets, a text box for Multiline, a list for
// Choice, a path with a browse button for File), the help text and the
// field's own problem underneath. Knows nothing of connectors or checks.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const FieldSpec &spec, bool screenShare, QWidget *parent = nullptr);

    const FieldSpec &spec() const { return m_spec; }
    // The widget that takes the keyboard (a label's buddy).
    QWidget *editor() const;

    QString value() const;
    void setValue(const QString &raw);  // from the controller: emits nothing
    void setProblem(const QString &message);
    QString problem() const;
    void setReadOnly(bool readOnly);
    // Stands in the empty box instead of the spec's example ("" puts that back).
    void setPlaceholder(const QString &text);
    // Screen-share mode: secrets masked, the reveal toggle disabled; turning it
    // on re-masks a revealed secret at once.
    void setScreenShare(bool on);
    bool isRevealed() const;

signals:
    void edited(const QString &raw);
    // Enter in a one-line field: the page runs the connection test.
    void submitted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's steps: the input for the field's kind, its hints, then
    // the buttons beside it (show, choose a file) and the help and error below.
    QWidget *createInput(QHBoxLayout *row);
    QWidget *createTextBox(QHBoxLayout *row);
    QWidget *createChoice();
    QWidget *createLine();
    void setInputHints(QWidget *input);
    void addRevealButton(QHBoxLayout *row);
    void addBrowseButton(QHBoxLayout *row);
    void addHelpAndError(QVBoxLayout *column, QWidget *input);
    void updateAccessibleDescription();
    void setRevealed(bool revealed);

    FieldSpec m_spec;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_combo = nullptr;
    QToolButton *m_reveal = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_masked = nullptr;  // stands in for a multiline secret in screen-share mode
    bool m_screenShare = false;
};

}  // namespace crossma
