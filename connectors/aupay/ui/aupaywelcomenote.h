#pragma once

#include "welcomeextras.h"

namespace crossma {

// Under au PAY's row on the first page: the addresses its intro asks to
// register, from the service data like the page's own list (registry.cpp
// registers it as the welcome extra).
QWidget *createAupayWelcomeNote(MallPageController &controller, QWidget *parent);

}  // namespace crossma
