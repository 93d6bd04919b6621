#include "stallprobe.h"

#include "benchsupport.h"

namespace crossma::bench {

StallProbe::StallProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const double now = nowMs();
        m_worst = std::max(m_worst, now - m_last);
        m_last = now;
    });
}

void StallProbe::start()
{
    m_worst = 0;
    m_last = nowMs();
    m_timer.start();
}

double StallProbe::stop()
{
    // The stretch since the last stamp counts too: a stall that lasts to the end.
    m_worst = std::max(m_worst, nowMs() - m_last);
    m_timer.stop();
    return m_worst;
}

}  // namespace crossma::bench
