#include "firstpagewatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWizard>

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace crossma {

namespace {
class FirstPaint : public QObject
{
public:
    FirstPaint(std::function<void()> then, QObject *parent)
        : QObject(parent), m_then(std::move(then))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            // The paint pass covers the page and is flushed to the window
            // before the event loop runs the next queued call.
            QTimer::singleShot(0, watched, std::exchange(m_then, {}));
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};
}  // namespace

void afterFirstPaint(QWidget *window, std::function<void()> then)
{
    window->installEventFilter(new FirstPaint(std::move(then), window));
}

void exitAfterFirstPage(QWizard *wizard, std::function<void()> beforeExit)
{
    afterFirstPaint(wizard, [beforeExit = std::move(beforeExit)] {
        if (beforeExit)
            beforeExit();
        std::fflush(nullptr);
        std::_Exit(0);  // no teardown: the measurement ends here
    });
}

}  // namespace crossma
