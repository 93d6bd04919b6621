#pragma once

#include <QString>

class QLabel;
class QLayout;
class QWidget;

namespace crossma::look {

// Makes the application's style the look's (LookStyle, over the platform's
// own style), once. Best before the first widget is made: widgets made before
// are restyled then.
void install();

// Sets the widget's "role" (lookroles.h) and restyles it.
void setRole(QWidget *widget, const QString &role);
// Restyles a widget after a property the look reads ("role", "invalid") has changed.
void repolish(QWidget *widget);

// A plain-text label that wraps.
QLabel *wrappedLabel(const QString &text, QWidget *parent);

// Empties a layout and the layouts in it; their widgets leave the screen at
// once and are freed later.
void clearLayout(QLayout *layout);

}  // namespace crossma::look
