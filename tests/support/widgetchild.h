#pragma once

#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>

namespace crossma::test {

// The child widget of that type and objectName; fails the test when missing.
template <typename T> T *child(QWidget *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(found);
    return found;
}

}  // namespace crossma::test
