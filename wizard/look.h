#pragma once

#include <QString>

class QLabel;
class QLayout;
class QWidget;

namespace crossma::look {

// The style sheet of the wizard's pages and the overview (resources/wizard.qss).
QString styleSheet();

// Gives `empty` (a page, a column: not yet filled) the style sheet. Scoped to
// such parts, not the whole window: QWizard's own frame and buttons would go
// through the slow style-sheet style for nothing. And given before the
// children are made, each is styled once as it is made: given after, every
// child is restyled and its text laid out again, half of the wizard's
// constructor (callgrind; the first layout itself then comes at show()).
void styleBeforeFilling(QWidget *empty);

// Sets the widget's "role" (what the style sheet keys on) and restyles it.
void setRole(QWidget *widget, const QString &role);
// Restyles a widget after a property the style sheet reads has changed.
void repolish(QWidget *widget);

// A plain-text label that wraps.
QLabel *wrappedLabel(const QString &text, QWidget *parent);

// Empties a layout and the layouts in it; their widgets leave the screen at
// once and are freed later.
void clearLayout(QLayout *layout);

}  // namespace crossma::look
