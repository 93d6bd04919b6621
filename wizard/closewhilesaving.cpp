#include "closewhilesaving.h"

#include "core/credentialstore.h"
#include "wrappedlabel.h"

#include <QLabel>
#include <QWidget>

namespace crossma {

CloseWhileSaving::CloseWhileSaving(QWidget *window, CredentialStore *store)
    : QObject(window), m_window(window), m_store(store)
{
    if (m_store)
        connect(m_store, &CredentialStore::idle, this, &CloseWhileSaving::onIdle);
}

bool CloseWhileSaving::defer(std::function<void()> closeNow)
{
    if (!m_store || m_store->isIdle())
        return false;
    m_closeNow = std::move(closeNow);
    showNotice();
    return true;
}

void CloseWhileSaving::showNotice()
{
    if (!m_notice) {
        m_notice = new WrappedLabel(m_window);
        m_notice->setObjectName(QStringLiteral("savingNotice"));
        m_notice->setAlignment(Qt::AlignCenter);
        m_notice->setMargin(16);
        m_notice->setProperty("role", QStringLiteral("notice"));  // a filled box over the page
        m_notice->setText(
            tr("Saving… This window closes by itself as soon as the password vault "
               "(keychain) has answered. If a window asks for your keychain password, "
               "enter it."));
        m_notice->setAccessibleName(m_notice->text());
    }
    m_notice->ensurePolished();  // measured in its role's bold font
    const int width = m_window->width();
    m_notice->setGeometry(0, 0, width, m_notice->heightForWidth(width) + 8);
    m_notice->show();
    m_notice->raise();
    // Nothing more may start while it closes; the notice stays readable.
    for (QWidget *child : m_window->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != m_notice)
            child->setEnabled(false);
    }
}

void CloseWhileSaving::onIdle()
{
    if (!m_closeNow)
        return;
    auto closeNow = std::move(m_closeNow);
    m_closeNow = nullptr;
    closeNow();
}

}  // namespace crossma
