#pragma once

#include "endpoints.h"
#include "expiryfacts.h"
#include "fieldspec.h"
#include "procedure.h"
#include "verifyjob.h"

#include <QObject>

namespace crossma {

// One mall. The wizard builds a mall page from this description; the command
// line and the overview call check() and verify() the same way.
class Connector : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString id() const = 0;           // "rakuten": settings, keychain, --mall
    virtual QString displayName() const = 0;  // translated: "楽天市場"
    virtual QString pageTitle() const = 0;  // translated: "楽天市場設定" (the seed's heading)
    virtual QString pageIntro() const { return {}; }  // translated, one or two lines
    virtual QStringList endpointKeys() const = 0;     // "rakuten.api", …
    virtual QList<FieldSpec> fields() const = 0;
    virtual Procedure procedure() const = 0;
    // What expires at this mall and how to renew it (reminders, summary, status).
    virtual QList<ExpirySpec> expiries() const { return {}; }

    // Cleans pasted values. The default applies each FieldSpec's rules
    // (Normalise::field); override to add canonical forms (a shop URL).
    virtual FieldValues normalise(const FieldValues &raw) const;

    // Offline checks of normalised values: instant, one message per bad field.
    // The default reports missing required fields and over-long values.
    virtual QList<FieldProblem> check(const FieldValues &normalised) const;

    // Starts nothing: returns a job to start(). Only call with values that
    // passed check(). The job is owned by `parent`.
    virtual VerifyJob *verify(const FieldValues &normalised, const Endpoints &endpoints,
                              QObject *parent) const = 0;

    FieldSpec field(const QString &id) const;
    // The expiry dates among a stored or verified result's facts, soonest first.
    QList<ExpiryFact> expiryFacts(const QVariantMap &facts, const QDateTime &now) const;
    QStringList secretFieldIds() const;
    // A fingerprint of the normalised values that stays equal exactly when the
    // values are equal; used to gate 【この内容で更新】. Holds no secret.
    static QByteArray fingerprint(const FieldValues &normalised);
};

}  // namespace crossma
