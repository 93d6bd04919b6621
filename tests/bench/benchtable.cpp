#include "benchtable.h"

#include <cstdio>

namespace crossma::bench {

namespace {
QString figure(double v, const QString &unit)
{
    return QStringLiteral("%1 %2").arg(v, 0, 'f', unit == QLatin1String("ms") ? 0 : 1).arg(unit);
}

void line(const QString &text)
{
    std::printf("%s\n", text.toUtf8().constData());
}
}  // namespace

void printTable(const QList<Row> &rows, int runs)
{
    line(QStringLiteral("crossma-setup bench: medians of %1 alternating runs, offscreen").arg(runs));
    const QString format = QStringLiteral("%1 %2 %3 %4 %5 %6");
    line(format.arg(QStringLiteral("measure"), -40)
             .arg(QStringLiteral("crossma"), 9)
             .arg(QStringLiteral("floor"), 9)
             .arg(QStringLiteral("ratio"), 6)
             .arg(QStringLiteral("goal"), 6)
             .arg(QStringLiteral("  floor is / detail")));
    for (const Row &row : rows) {
        if (!row.measured) {
            line(format.arg(row.measure, -40)
                     .arg(QStringLiteral("-"), 9)
                     .arg(QStringLiteral("-"), 9)
                     .arg(QStringLiteral("-"), 6)
                     .arg(QStringLiteral("-"), 6)
                     .arg(QStringLiteral("  ") + row.detail));
            continue;
        }
        const double ratio = row.floor > 0 ? row.value / row.floor : 0;
        // A row without a goal is context for the row above it.
        const bool hasGoal = row.goal > 0;
        const QString verdict = !hasGoal            ? QStringLiteral("        ")
                                : ratio <= row.goal ? QStringLiteral("  ok    ")
                                                    : QStringLiteral("  MISSED");
        line(format.arg(row.measure, -40)
                 .arg(figure(row.value, row.unit), 9)
                 .arg(figure(row.floor, row.unit), 9)
                 .arg(QStringLiteral("%1x").arg(ratio, 0, 'f', 2), 6)
                 .arg(hasGoal ? QStringLiteral("%1x").arg(row.goal, 0, 'f', 1) : QStringLiteral("-"), 6)
                 .arg(verdict + QLatin1Char(' ') + row.floorName
                      + (row.detail.isEmpty() ? QString() : QStringLiteral("; ") + row.detail)));
    }
    std::fflush(stdout);
}

}  // namespace crossma::bench
