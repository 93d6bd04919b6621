// Placeholder until the keychain-backed implementation lands.
#include "credentialstore.h"
