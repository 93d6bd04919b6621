#pragma once

#include "core/endpoints.h"

class QLabel;
class QWidget;

namespace crossma {

// The warning a window shows while an endpoints file (--endpoints) points malls
// at other servers: saved values are not sent there and no result is recorded.
// nullptr when no file is in use.
QLabel *createEndpointsBanner(const Endpoints &endpoints, QWidget *parent);

}  // namespace crossma
