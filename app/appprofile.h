#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace crossma {

// Where the product keeps its state. The sandbox gets its own keychain service
// and its own settings file, so trying the sandbox never touches, overwrites or
// shows the seller's real credentials.
namespace AppProfile {

// Organisation and application names, so that a default QSettings() is the
// real profile's file (~/.config/crossma/crossma-setup.conf on Linux).
void setApplicationIdentity();

QString keychainService(bool sandbox);  // "crossma-setup" or "crossma-setup-sandbox"
std::unique_ptr<QSettings> createSettings(bool sandbox);

}  // namespace AppProfile
}  // namespace crossma
