#pragma once

#include "waitfor.h"

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

// The same, once it exists: for what a page adds later (the sandbox's samples
// are made on a worker thread and shown when ready).
template <typename T> T *eventualChild(QWidget *root, const QString &name, int timeoutMs = 60000)
{
    waitFor([&] { return root->findChild<T *>(name) != nullptr; }, timeoutMs);
    return child<T>(root, name);
}

}  // namespace crossma::test
