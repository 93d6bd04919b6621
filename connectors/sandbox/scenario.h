#pragma once

#include "core/sampleinput.h"

namespace crossma::sandbox {

// What a fake mall offers to make it answer one way; the wizard knows it as
// SampleInput, so that it needs nothing from the sandbox.
using Scenario = SampleInput;

}  // namespace crossma::sandbox
