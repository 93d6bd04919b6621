#pragma once

#include <QString>

class QWidget;

namespace crossma::test {

// Whether `w` is visible and shown whole inside `window`: not clipped by a
// scroll area's viewport or any other parent on the way up.
bool fullyInside(QWidget *w, QWidget *window);

// Whether `w` is drawn in the filled box its role asks for (lookroles.h):
// the box's colour inside its left edge, its line on that edge.
bool drawnInBox(QWidget *w);

// A file in test::screenshotDir() (created on first use).
QString screenshotPath(const QString &name);

}  // namespace crossma::test
