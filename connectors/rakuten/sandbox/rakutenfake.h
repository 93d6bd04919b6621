#pragma once

#include "fakemall.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace crossma::sandbox {

// 楽天 RMS WEB API on loopback: the license expiry and shop master calls with
// the real payload shapes. The license key typed picks the outcome.
class RakutenFake : public FakeMall
{
public:
    static constexpr char kSecret[] = "SP338500_demoSecret";
    static constexpr char kShopCode[] = "crossma-demo";

    QString mallId() const override { return QStringLiteral("rakuten"); }
    QStringList endpointKeys() const override { return {QStringLiteral("rakuten.api")}; }
    void install(Server &server) override;
    QList<Scenario> scenarios() const override;

    // A key pair accepted besides the demo keys, as a seller's own would be:
    // its license expires `daysLeft` days ahead (JST); `hang` never answers.
    // Accepting the same pair again replaces its answer.
    void accept(const QString &serviceSecret, const QString &licenseKey, int daysLeft,
                bool hang = false);

    struct OwnKey {
        int daysLeft = 0;
        bool hang = false;
    };
    struct OwnKeys {
        QMutex mutex;                          // the server may answer on another thread
        QHash<QString, OwnKey> byCredentials;  // "secret:license"
    };

private:
    std::shared_ptr<OwnKeys> m_own = std::make_shared<OwnKeys>();
};

}  // namespace crossma::sandbox
