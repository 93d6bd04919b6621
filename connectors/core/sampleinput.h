#pragma once

#include "fieldspec.h"

#include <QString>

namespace crossma {

// A ready-made set of field values that makes a practice mall answer one way
// (accepted, wrong key, expired…). The sandbox's fakes provide them; the
// wizard only shows them as plain data with a button that fills them in.
struct SampleInput {
    QString mallId;
    QString title;     // translated, e.g. "正しいキー"
    QString expected;  // translated: what the wizard should show
    FieldValues values;
};

}  // namespace crossma
