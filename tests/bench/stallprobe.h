// How long the UI thread's event loop went without turning: a precise 1 ms
// timer stamps every turn of the loop it gets; the longest gap between two
// stamps is the worst stall a seller could have felt (a click or a repaint
// waits that long). The timer sleeps between turns, so the probe does not
// steal the CPU from the threads it watches.
#pragma once

#include <QObject>
#include <QTimer>

namespace crossma::bench {

class StallProbe : public QObject
{
public:
    StallProbe();
    void start();
    double stop();  // the longest gap since start(), in ms

private:
    QTimer m_timer;
    double m_last = 0;
    double m_worst = 0;
};

}  // namespace crossma::bench
