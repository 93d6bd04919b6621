#pragma once

#include "core/fieldspec.h"

#include <QStringList>

#include <catch2/catch.hpp>

namespace crossma::test {

// The ids of the fields with a problem, in order; every problem must say
// what to do (a message).
inline QStringList problemFields(const QList<FieldProblem> &problems)
{
    QStringList ids;
    for (const FieldProblem &p : problems) {
        CHECK_FALSE(p.message.isEmpty());
        ids.append(p.fieldId);
    }
    return ids;
}

}  // namespace crossma::test
