#include "pasteassist.h"

#include "clipboardassist.h"
#include "fieldeditor.h"
#include "look.h"
#include "mallpagecontroller.h"
#include "offerbar.h"

#include <QAccessible>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace crossma {

namespace {
// Fewer characters at once are typing, not a paste (or an input method's word).
constexpr int kPasteAtLeast = 3;
constexpr int kShownPrefix = 4;
constexpr int kShownPlainMax = 40;

// How many characters one edit put in: what lies between the unchanged start
// and the unchanged end (a paste over a selection counts whole).
qsizetype insertedLength(const QString &before, const QString &after)
{
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(before.size(), after.size());
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return after.size() - prefix - suffix;
}

// Never a whole secret on screen: its first few characters (which tell its
// kind, not its content) and dots.
QString preview(const QString &value, bool secret)
{
    if (secret)
        return value.left(kShownPrefix) + QStringLiteral("••••••");
    return value.size() > kShownPlainMax ? value.left(kShownPlainMax) + QStringLiteral("…") : value;
}
}  // namespace

PasteAssist::PasteAssist(MallPageController &controller, bool screenShare, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_screenShare(screenShare)
{
    setObjectName(QStringLiteral("pasteAssist"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    buildRow();
    m_note = look::wrappedLabel(QString(), this);
    m_note->setObjectName(QStringLiteral("pasteNote"));
    m_note->setVisible(false);
    column->addWidget(m_note);
    m_offer = new OfferBar(this);
    m_offer->setObjectName(QStringLiteral("pasteOffer"));
    column->addWidget(m_offer);
    m_copiedBar = new OfferBar(this);
    m_copiedBar->setObjectName(QStringLiteral("clipboardOffer"));
    column->addWidget(m_copiedBar);

    m_clipboard = new ClipboardAssist(this);
    m_clipboard->setScreenShare(screenShare);
    connect(m_clipboard, &ClipboardAssist::copied, this, &PasteAssist::offerCopied);
    // Ctrl+V reaches this only when no field takes it (a field pastes into itself).
    auto *shortcut = new QShortcut(QKeySequence::Paste, this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, &PasteAssist::pasteFromClipboard);
    connect(&m_controller, &MallPageController::valueChanged, this, &PasteAssist::onValueChanged);
    setScreenShare(screenShare);
}

void PasteAssist::buildRow()
{
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_paste = new QPushButton(tr("Paste"), this);
    m_paste->setObjectName(QStringLiteral("pasteButton"));
    m_paste->setToolTip(tr("Puts the copied value into the field it fits. Ctrl+V does the same "
                           "when no field is selected."));
    connect(m_paste, &QPushButton::clicked, this, &PasteAssist::pasteFromClipboard);
    row->addWidget(m_paste);
    auto *hint = look::wrappedLabel(
        tr("Copy a value in the mall's screen and paste it here: it goes into the field it fits."),
        this);
    hint->setProperty("role", QStringLiteral("help"));
    row->addWidget(hint, 1);
    m_switch = new QCheckBox(tr("Suggest copied values"), this);
    m_switch->setObjectName(QStringLiteral("clipboardAssistSwitch"));
    connect(m_switch, &QCheckBox::toggled, this, [this](bool on) {
        m_clipboard->setOn(on);
        if (!on)
            m_copiedBar->dismiss();
    });
    row->addWidget(m_switch);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
}

void PasteAssist::setScreenShare(bool on)
{
    m_screenShare = on;
    m_clipboard->setScreenShare(on);
    m_switch->setEnabled(!on);
    m_switch->setToolTip(on ? tr("Not available in screen-share mode.")
                            : tr("When you come back from the browser, offers the value you "
                                 "copied there. Never in screen-share mode."));
    if (on)
        m_copiedBar->dismiss();
}

void PasteAssist::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    watchEditors();
}

bool PasteAssist::busy() const
{
    const auto state = m_controller.state();
    return state == MallPageController::State::Checking || state == MallPageController::State::Saving;
}

QList<const Connector *> PasteAssist::knownConnectors() const
{
    // Every mall of this wizard (app/main gives it every registered one).
    QList<const Connector *> connectors;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *wizard = qobject_cast<QWizard *>(w)) {
            const auto controllers = wizard->findChildren<MallPageController *>(
                Qt::FindDirectChildrenOnly);
            for (MallPageController *c : controllers)
                connectors.append(c->connector());
            break;
        }
    }
    if (!connectors.contains(m_controller.connector()))
        connectors.prepend(m_controller.connector());
    return connectors;
}

ShapeAnswer PasteAssist::recognise(const QString &text) const
{
    return ShapeRecognition::recognise(knownConnectors(), text, m_controller.mallId());
}

void PasteAssist::pasteFromClipboard()
{
    // The seller asked for it (button or Ctrl+V): the one explicit read.
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showNote(tr("The clipboard holds no text. Copy the value in the mall's screen first."),
                 QStringLiteral("warning"));
        return;
    }
    pasteAnywhere(text);
}

void PasteAssist::pasteAnywhere(const QString &text)
{
    m_offer->dismiss();
    if (busy()) {
        showNote(tr("Wait until the connection test has finished."), QStringLiteral("warning"));
        return;
    }
    const ShapeAnswer answer = recognise(text);
    const QList<ShapeCandidate> here = answer.inMall(m_controller.mallId());
    if (answer.isUnique() && answer.best().mallId == m_controller.mallId()) {
        fill(answer.best().fieldId, answer.best().fieldLabel, answer.best().value);
    } else if (answer.isUnique()) {
        showNote(otherMallMessage({answer.best()}), QStringLiteral("warning"));
    } else if (!answer.candidates.isEmpty() && here.isEmpty()) {
        showNote(otherMallMessage(answer.candidates), QStringLiteral("warning"));
    } else if (!here.isEmpty()) {
        askWhichField(tr("This value could be for more than one field. Which field is it for?"),
                      here);
    } else {
        askWhichField(tr("The shape of this value fits no field. Which field is it for?"),
                      anyField(text));
    }
}

QList<ShapeCandidate> PasteAssist::anyField(const QString &text) const
{
    // Unknown shape: every field the seller types into, as the page shows them.
    const Connector *connector = m_controller.connector();
    QList<ShapeCandidate> fields;
    for (const FieldSpec &spec : connector->fields()) {
        if (spec.kind != FieldSpec::Kind::Text && spec.kind != FieldSpec::Kind::Multiline)
            continue;
        const QString value = connector->normalise({{spec.id, text}}).value(spec.id);
        fields.append({connector->id(), connector->displayName(), spec.id, spec.label,
                       ShapeConfidence::None, value});
    }
    return fields;
}

void PasteAssist::fill(const QString &fieldId, const QString &label, const QString &value)
{
    m_controller.setValue(fieldId, value);
    showNote(tr("Entered in the %1 field").arg(label), QStringLiteral("success"));
}

void PasteAssist::askWhichField(const QString &message, const QList<ShapeCandidate> &choices)
{
    QList<OfferBar::Action> actions;
    for (const ShapeCandidate &c : choices) {
        actions.append({tr("Into %1").arg(c.fieldLabel), QStringLiteral("pasteInto_") + c.fieldId,
                        [this, c] { fill(c.fieldId, c.fieldLabel, c.value); }});
    }
    m_note->setVisible(false);
    m_offer->offer(message, actions, tr("Cancel"));
    reveal();
}

QString PasteAssist::otherMallMessage(const QList<ShapeCandidate> &elsewhere) const
{
    QStringList names;
    for (const ShapeCandidate &c : elsewhere)
        names << tr("the %1 of %2").arg(c.fieldLabel, c.mallName);
    return tr("This looks like %1. Enter it on that mall's page.").arg(names.join(tr(" or ")));
}

void PasteAssist::showNote(const QString &text, const QString &role)
{
    m_note->setText(text);
    look::setRole(m_note, role);
    m_note->setVisible(!text.isEmpty());
    m_note->setAccessibleDescription(text);
    if (!text.isEmpty()) {
        // Heard at once by a screen reader, as the connection test's verdict is.
        QAccessibleEvent alert(m_note, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    reveal();
}

void PasteAssist::reveal()
{
    // The seller may have scrolled down to the fields: bring the note or the
    // question into view once the layout has made room for it.
    QTimer::singleShot(0, this, [this] {
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                if (scroll->widget())
                    scroll->widget()->layout()->activate();
                scroll->ensureWidgetVisible(this, 10, 10);
                return;
            }
        }
    });
}

void PasteAssist::watchEditors()
{
    // The fields are built after this row; they exist once the page is shown.
    if (m_watching)
        return;
    m_watching = true;
    for (FieldEditor *editor : parentWidget()->findChildren<FieldEditor *>()) {
        const QString id = editor->spec().id;
        m_now.insert(id, m_controller.value(id));
        connect(editor, &FieldEditor::edited, this,
                [this, id](const QString &raw) { onEdited(id, raw); });
    }
}

void PasteAssist::onValueChanged(const QString &fieldId, const QString &raw)
{
    m_before.insert(fieldId, m_now.value(fieldId));
    m_now.insert(fieldId, raw);
}

void PasteAssist::onEdited(const QString &fieldId, const QString &raw)
{
    // The page may have told the controller (and so us) first, or not yet.
    const QString before = m_now.value(fieldId) == raw ? m_before.value(fieldId)
                                                       : m_now.value(fieldId);
    if (insertedLength(before, raw) < kPasteAtLeast)
        return;  // typing: never interrupted
    const ShapeAnswer answer = recognise(raw);
    if (answer.fits(m_controller.mallId(), fieldId) || !answer.isUnique())
        return;  // a value of this field (or an unclear one): a normal paste
    if (answer.best().mallId == m_controller.mallId())
        offerMove(fieldId, before, answer.best());
    else
        offerUndo(fieldId, before, answer.best());
}

void PasteAssist::offerMove(const QString &fromId, const QString &before, const ShapeCandidate &to)
{
    m_note->setVisible(false);
    m_offer->offer(tr("This looks like the %1. Enter it there?").arg(to.fieldLabel),
                   {{tr("Enter it there"), QStringLiteral("pasteMove"),
                     [this, fromId, before, to] {
                         m_controller.setValue(fromId, before);
                         fill(to.fieldId, to.fieldLabel, to.value);
                     }}},
                   tr("Leave it here"));
    reveal();
}

void PasteAssist::offerUndo(const QString &fieldId, const QString &before,
                            const ShapeCandidate &elsewhere)
{
    m_note->setVisible(false);
    m_offer->offer(otherMallMessage({elsewhere}),
                   {{tr("Take it out again"), QStringLiteral("pasteUndo"),
                     [this, fieldId, before] { m_controller.setValue(fieldId, before); }}},
                   tr("Leave it here"));
    reveal();
}

void PasteAssist::offerCopied(const QString &text)
{
    // Only a clear value of this page's mall, and not one the field holds already.
    const ShapeAnswer answer = recognise(text);
    if (!answer.isUnique() || answer.best().mallId != m_controller.mallId())
        return;
    const ShapeCandidate c = answer.best();
    if (m_controller.value(c.fieldId) == c.value)
        return;
    const bool secret = m_controller.connector()->field(c.fieldId).secret;
    m_copiedBar->offer(tr("Enter the %1 you copied (%2)?").arg(c.fieldLabel, preview(c.value, secret)),
                       {{tr("Enter it"), QStringLiteral("clipboardAccept"),
                         [this, c] { fill(c.fieldId, c.fieldLabel, c.value); }}},
                       tr("Ignore"));
    reveal();
}

}  // namespace crossma
