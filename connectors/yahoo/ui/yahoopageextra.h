#pragma once

#include "pageextras.h"

namespace crossma {

// What the Yahoo page shows besides the generic fields (registry.cpp registers it).
QWidget *createYahooPageExtra(MallPageController &controller, QWidget *parent);

}  // namespace crossma
