// The one table every bench adds its rows to.
#pragma once

#include <QList>
#include <QString>

namespace crossma::bench {

struct Row {
    QString measure;       // what was timed
    double value = 0;      // crossma-setup's figure (median)
    double floor = 0;      // what it is compared with
    QString unit;          // "ms" or "MiB"
    QString floorName;     // what the floor is
    double goal = 0;       // the ratio to stay under; 0: context, no goal
    QString detail;        // spread, runs, or why the row could not be measured
    bool measured = true;  // false: only `detail` is shown
};

void printTable(const QList<Row> &rows, int runs);

}  // namespace crossma::bench
