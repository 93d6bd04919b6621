#pragma once

#include "core/fieldspec.h"
#include "core/verifyjob.h"

#include <QDateTime>

namespace crossma {

// Two calls: the license key's expiry date (proves key + secret), then the
// shop master (proves the functions are enabled and the shop is the one typed).
class RakutenVerifyJob : public VerifyJob
{
    Q_OBJECT
public:
    RakutenVerifyJob(const FieldValues &values, const Endpoints &endpoints, const QString &mallName,
                     QObject *parent = nullptr);

    // Rakuten writes the expiry date in JST without an offset.
    static QDateTime parseExpiry(const QString &text);
    // Whole days from `now` until the expiry day, counted in JST calendar days.
    static int daysLeft(const QDateTime &expiry, const QDateTime &now);

protected:
    void run() override;
    MallError readError(const HttpResponse &response) const override;

private:
    void onExpiry(const HttpResponse &response);
    void onShopMaster(const HttpResponse &response);
    HttpHeaders headers(const QByteArray &accept) const;

    FieldValues m_values;
    Endpoints m_endpoints;
    QVariantMap m_facts;
    QStringList m_warnings;
};

}  // namespace crossma
