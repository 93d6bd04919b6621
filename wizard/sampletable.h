#pragma once

#include "core/sampleinput.h"

#include <QFuture>
#include <QHash>
#include <QList>

namespace crossma {

// The practice malls' sample input per mall id (--sandbox). Making it can take
// a second (the Yahoo! fake makes RSA keys), so it may be made on a worker
// thread while the window opens; a page shown before it is ready fills its
// samples in when they arrive.
class SampleTable
{
public:
    using Table = QHash<QString, QList<SampleInput>>;

    SampleTable();  // no samples
    // Ready at once (tests, benches). Implicit, like the plain table it replaces.
    SampleTable(const Table &ready);  // NOLINT(google-explicit-constructor)
    // Ready when `pending` is (made on a worker thread).
    explicit SampleTable(const QFuture<Table> &pending);

    bool isReady() const;
    // The mall's samples, waiting for them if need be: for tests and code off
    // the UI thread. Pages use future() instead.
    QList<SampleInput> value(const QString &mallId) const;
    QFuture<Table> future() const { return m_future; }

private:
    QFuture<Table> m_future;
};

}  // namespace crossma
