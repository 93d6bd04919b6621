#include "sampletable.h"

namespace crossma {

SampleTable::SampleTable() : SampleTable(Table{})
{
}

SampleTable::SampleTable(const Table &ready) : m_future(QtFuture::makeReadyFuture(ready))
{
}

SampleTable::SampleTable(const QFuture<Table> &pending) : m_future(pending)
{
}

bool SampleTable::isReady() const
{
    return m_future.isFinished();
}

QList<SampleInput> SampleTable::value(const QString &mallId) const
{
    return m_future.result().value(mallId);
}

}  // namespace crossma
