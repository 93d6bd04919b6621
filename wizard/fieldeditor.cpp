#include "fieldeditor.h"

#include "look.h"
#include "wrappedlabel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace crossma {

FieldEditor::FieldEditor(const FieldSpec &spec, bool screenShare, QWidget *parent)
    : QWidget(parent), m_spec(spec), m_screenShare(screenShare)
{
    setObjectName(QStringLiteral("fieldEditor_") + spec.id);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    column->addLayout(row);

    QWidget *input = createInput(row);
    setInputHints(input);
    input->setObjectName(QStringLiteral("field_") + spec.id);
    input->setAccessibleName(spec.label);
    row->addWidget(input, 1);
    addRevealButton(row);
    setScreenShare(screenShare);
    addBrowseButton(row);
    addHelpAndError(column, input);
    updateAccessibleDescription();
}

QWidget *FieldEditor::createInput(QHBoxLayout *row)
{
    switch (m_spec.kind) {
    case FieldSpec::Kind::Multiline:
        return createTextBox(row);
    case FieldSpec::Kind::Choice:
        return createChoice();
    case FieldSpec::Kind::Text:
    case FieldSpec::Kind::File:
    case FieldSpec::Kind::Hidden:
        break;
    }
    return createLine();
}

QWidget *FieldEditor::createTextBox(QHBoxLayout *row)
{
    const FieldSpec &spec = m_spec;
    m_text = new QPlainTextEdit(this);
    m_text->setPlaceholderText(spec.placeholder);
    m_text->setTabChangesFocus(true);  // Tab moves on, as in every other field
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int lines = 4;
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * lines + 12);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { emit edited(m_text->toPlainText()); });
    if (spec.secret) {
        // A text box cannot mask; at least no copy, cut or drag leaves it.
        m_text->setContextMenuPolicy(Qt::NoContextMenu);
        m_text->installEventFilter(this);
        m_text->viewport()->installEventFilter(this);
        m_masked = new QLabel(QStringLiteral("••••••••"), this);
        m_masked->setObjectName(QStringLiteral("masked_") + spec.id);
        m_masked->setToolTip(tr("Secrets stay hidden in screen-share mode."));
        m_masked->setAccessibleName(spec.label);
        m_masked->setVisible(false);
        row->addWidget(m_masked, 1);
    }
    return m_text;
}

QWidget *FieldEditor::createChoice()
{
    const FieldSpec &spec = m_spec;
    m_combo = new QComboBox(this);
    for (const auto &choice : spec.choices)
        m_combo->addItem(choice.second, choice.first);
    const int index = m_combo->findData(spec.defaultValue);
    m_combo->setCurrentIndex(index >= 0 ? index : 0);
    connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this] { emit edited(m_combo->currentData().toString()); });
    return m_combo;
}

QWidget *FieldEditor::createLine()
{
    const FieldSpec &spec = m_spec;
    m_line = new QLineEdit(this);
    m_line->setPlaceholderText(spec.placeholder);
    if (spec.maxLength > 0)
        m_line->setMaxLength(spec.maxLength * 4);  // room for pasted noise that normalising strips
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_line, &QLineEdit::returnPressed, this, &FieldEditor::submitted);
    return m_line;
}

void FieldEditor::setInputHints(QWidget *input)
{
    const FieldSpec &spec = m_spec;
    // Hints for input methods: no Japanese conversion where only ASCII counts, and
    // nothing remembered or predicted for secrets.
    Qt::InputMethodHints hints = Qt::ImhNone;
    if (spec.charset != FieldSpec::Charset::Any)
        hints |= Qt::ImhPreferLatin | Qt::ImhNoAutoUppercase;
    if (spec.secret)
        hints |= Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhHiddenText;
    input->setInputMethodHints(hints);
}

void FieldEditor::addRevealButton(QHBoxLayout *row)
{
    const FieldSpec &spec = m_spec;
    if (m_line && spec.secret) {
        m_line->setEchoMode(QLineEdit::Password);
        m_reveal = new QToolButton(this);
        m_reveal->setObjectName(QStringLiteral("reveal_") + spec.id);
        m_reveal->setCheckable(true);
        m_reveal->setText(tr("Show"));
        m_reveal->setAccessibleName(tr("Show %1").arg(spec.label));
        m_reveal->setFocusPolicy(Qt::StrongFocus);
        connect(m_reveal, &QToolButton::toggled, this, &FieldEditor::setRevealed);
        row->addWidget(m_reveal);
    }
}

void FieldEditor::addBrowseButton(QHBoxLayout *row)
{
    const FieldSpec &spec = m_spec;
    if (m_line && spec.kind == FieldSpec::Kind::File) {
        m_browse = new QPushButton(tr("Choose…"), this);
        m_browse->setObjectName(QStringLiteral("browse_") + spec.id);
        m_browse->setAccessibleName(tr("Choose the file for %1").arg(spec.label));
        connect(m_browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, m_spec.label, m_line->text());
            if (path.isEmpty())
                return;
            m_line->setText(path);
            emit edited(path);
        });
        row->addWidget(m_browse);
    }
}

void FieldEditor::addHelpAndError(QVBoxLayout *column, QWidget *input)
{
    const FieldSpec &spec = m_spec;
    if (!spec.help.isEmpty()) {
        m_help = new WrappedLabel(spec.help, this);
        m_help->setObjectName(QStringLiteral("help_") + spec.id);
        m_help->setProperty("role", QStringLiteral("help"));
        m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
        input->setToolTip(spec.help);
        column->addWidget(m_help);
    }
    m_error = new WrappedLabel(this);
    m_error->setObjectName(QStringLiteral("error_") + spec.id);
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setVisible(false);
    column->addWidget(m_error);
}

QWidget *FieldEditor::editor() const
{
    if (m_text)
        return m_text;
    if (m_combo)
        return m_combo;
    return m_line;
}

QString FieldEditor::value() const
{
    if (m_text)
        return m_text->toPlainText();
    if (m_combo)
        return m_combo->currentData().toString();
    return m_line->text();
}

void FieldEditor::setValue(const QString &raw)
{
    if (value() == raw)
        return;  // keeps the cursor where the seller is typing
    if (m_text) {
        const QSignalBlocker block(m_text);
        m_text->setPlainText(raw);
    } else if (m_combo) {
        const QSignalBlocker block(m_combo);
        const int index = m_combo->findData(raw);
        if (index >= 0)
            m_combo->setCurrentIndex(index);
    } else {
        const QSignalBlocker block(m_line);
        m_line->setText(raw);
    }
}

void FieldEditor::setProblem(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    editor()->setProperty("invalid", !message.isEmpty());
    // Restyled, so that the red frame of an invalid editor follows (LookStyle).
    look::repolish(editor());
    updateAccessibleDescription();
}

QString FieldEditor::problem() const
{
    return m_error->text();
}

void FieldEditor::setReadOnly(bool readOnly)
{
    if (m_line)
        m_line->setReadOnly(readOnly);
    if (m_text)
        m_text->setReadOnly(readOnly);
    if (m_combo)
        m_combo->setEnabled(!readOnly);
    if (m_browse)
        m_browse->setEnabled(!readOnly);
}

void FieldEditor::setPlaceholder(const QString &text)
{
    const QString shown = text.isEmpty() ? m_spec.placeholder : text;
    if (m_line)
        m_line->setPlaceholderText(shown);
    if (m_text)
        m_text->setPlaceholderText(shown);
}

void FieldEditor::setScreenShare(bool on)
{
    m_screenShare = on;
    if (m_reveal) {
        if (on && m_reveal->isChecked())
            m_reveal->setChecked(false);  // re-masks through setRevealed
        m_reveal->setEnabled(!on);
        m_reveal->setToolTip(on ? tr("Secrets stay hidden in screen-share mode.")
                                : tr("Show or hide what you typed"));
        setRevealed(m_reveal->isChecked());
    }
    if (m_text && m_masked) {
        m_text->setVisible(!on);
        m_masked->setVisible(on);
    }
}

bool FieldEditor::isRevealed() const
{
    return m_line && m_line->echoMode() == QLineEdit::Normal;
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Only a multiline secret is filtered: keys that would put it on the clipboard do nothing.
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FieldEditor::setRevealed(bool revealed)
{
    if (!m_line)
        return;
    const bool show = revealed && !m_screenShare;
    m_line->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(show ? tr("Hide") : tr("Show"));
    m_reveal->setAccessibleName(show ? tr("Hide %1").arg(m_spec.label)
                                     : tr("Show %1").arg(m_spec.label));
}

void FieldEditor::updateAccessibleDescription()
{
    QStringList parts;
    if (!m_error->text().isEmpty())
        parts << m_error->text();
    if (!m_spec.help.isEmpty())
        parts << m_spec.help;
    editor()->setAccessibleDescription(parts.join(QLatin1Char(' ')));
}

}  // namespace crossma
