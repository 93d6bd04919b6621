#pragma once

#include "core/fieldspec.h"

#include <QString>

namespace crossma::sandbox {

// A ready-made set of field values that makes a fake mall answer one way
// (accepted, wrong key, expired…), for --sandbox and the tests.
struct Scenario {
    QString mallId;
    QString title;     // translated, e.g. "正しいキー"
    QString expected;  // translated: what the wizard should show
    FieldValues values;
};

}  // namespace crossma::sandbox
