#pragma once

#include "core/connector.h"

#include <QDate>

namespace crossma {

// au PAY マーケット (旧Wowma!, Wow!manager shop API): 会員番号 and APIキー.
// verify reads the shop's category list, which needs a valid key, the right
// 会員番号 and a registered source address; the mall's codes for the last
// three are not published, so a refusal lists the likely causes.
class AupayConnector : public Connector
{
    Q_OBJECT
public:
    using Connector::Connector;

    static const QUrl &productionBase();
    static constexpr int kShopIdMaxDigits = 18;
    static constexpr int kKeyLifetimeDays = 90;
    static constexpr int kWarnDaysLeft = 14;
    // Shorter than any key the mall issues (observed 64): surely a partial copy.
    static constexpr int kKeyMinLength = 16;

    QString id() const override { return QStringLiteral("aupay"); }
    QString displayName() const override;
    QString pageTitle() const override;
    QString pageIntro() const override;
    QStringList endpointKeys() const override { return {QStringLiteral("aupay.api")}; }
    QList<FieldSpec> fields() const override;
    Procedure procedure() const override;
    QList<ExpirySpec> expiries() const override;
    QList<FieldProblem> check(const FieldValues &normalised) const override;
    VerifyJob *verify(const FieldValues &normalised, const Endpoints &endpoints,
                      QObject *parent) const override;

private:
    // procedure(), in parts: the payment review, the API key, the notes.
    QList<ProcedureStep> paygentSteps() const;
    QList<ProcedureStep> apiSteps() const;
    QList<ProcedureNote> procedureNotes() const;
};

}  // namespace crossma
