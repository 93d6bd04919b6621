#pragma once

#include <QString>

class QWidget;

namespace crossma::test {

// Whether `w` is visible and shown whole inside `window`: not clipped by a
// scroll area's viewport or any other parent on the way up.
bool fullyInside(QWidget *w, QWidget *window);

// A file in test::screenshotDir() (created on first use).
QString screenshotPath(const QString &name);

}  // namespace crossma::test
