#include "clipboardassist.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QEvent>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QWidget>

namespace crossma {

ClipboardAssist::ClipboardAssist(QWidget *page)
    : QObject(page), m_page(page), m_reader([] { return QGuiApplication::clipboard()->text(); })
{
    // The page's window is known once the page is shown; its activation is
    // the moment the seller comes back from the browser.
    page->installEventFilter(this);
    // Salted, so that even a short value (a member number) cannot be guessed from the hash.
    for (int i = 0; i < 4; ++i) {
        const quint32 word = QRandomGenerator::system()->generate();
        m_salt.append(reinterpret_cast<const char *>(&word), sizeof word);
    }
}

void ClipboardAssist::setOn(bool on)
{
    m_on = on;
    if (!on)
        m_lastHash.clear();
}

void ClipboardAssist::setScreenShare(bool on)
{
    m_screenShare = on;
}

bool ClipboardAssist::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show)
        watchWindow();
    else if (watched == m_window && event->type() == QEvent::WindowActivate)
        lookAtClipboard();
    return QObject::eventFilter(watched, event);
}

void ClipboardAssist::watchWindow()
{
    QWidget *window = m_page->window();
    if (window == m_window)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    m_window->installEventFilter(this);
}

void ClipboardAssist::lookAtClipboard()
{
    const QString text = readClipboard();
    if (text.trimmed().isEmpty())
        return;
    const QByteArray hash = QCryptographicHash::hash(m_salt + text.toUtf8(),
                                                     QCryptographicHash::Sha256);
    if (hash == m_lastHash)
        return;  // offered (or ignored) already
    m_lastHash = hash;
    emit copied(text);
}

QString ClipboardAssist::readClipboard()
{
    // The one read of the clipboard on the seller's behalf: never unasked.
    if (!m_on || m_screenShare || !m_page->isVisible())
        return {};
    return m_reader();
}

}  // namespace crossma
