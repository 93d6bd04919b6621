#pragma once

#include "pageextras.h"

namespace crossma {

// What the Aupay page shows besides the generic fields (registry.cpp registers it).
QWidget *createAupayPageExtra(MallPageController &controller, QWidget *parent);

}  // namespace crossma
