#include "firstpagewatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWizard>

#include <cstdio>
#include <cstdlib>

namespace crossma {

namespace {
class FirstPaint : public QObject
{
public:
    FirstPaint(std::function<void()> beforeExit, QObject *parent)
        : QObject(parent), m_beforeExit(std::move(beforeExit))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // The paint pass covers the page and is flushed to the window
            // before the event loop runs the next queued call.
            QTimer::singleShot(0, [beforeExit = m_beforeExit] {
                if (beforeExit)
                    beforeExit();
                std::fflush(nullptr);
                std::_Exit(0);  // no teardown: the measurement ends here
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_beforeExit;
    bool m_seen = false;
};
}  // namespace

void exitAfterFirstPage(QWizard *wizard, std::function<void()> beforeExit)
{
    wizard->installEventFilter(new FirstPaint(std::move(beforeExit), wizard));
}

}  // namespace crossma
