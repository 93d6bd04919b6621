#include "pageextras.h"

#include <QHash>

namespace crossma {

namespace {
QHash<QString, PageExtraFactory> &factories()
{
    static QHash<QString, PageExtraFactory> registered;
    return registered;
}
}  // namespace

void registerPageExtra(const QString &mallId, const PageExtraFactory &factory)
{
    if (factory)
        factories().insert(mallId, factory);
}

void unregisterPageExtra(const QString &mallId)
{
    factories().remove(mallId);
}

QWidget *createPageExtra(const QString &mallId, MallPageController &controller, QWidget *parent)
{
    const PageExtraFactory factory = factories().value(mallId);
    return factory ? factory(controller, parent) : nullptr;
}

}  // namespace crossma
