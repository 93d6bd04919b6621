#pragma once

#include "fakemall.h"

#include <memory>
#include <vector>

namespace crossma::sandbox {

// Every fake mall. Adding one is one line in fakeregistry.cpp.
std::vector<std::unique_ptr<FakeMall>> createFakeMalls();

}  // namespace crossma::sandbox
