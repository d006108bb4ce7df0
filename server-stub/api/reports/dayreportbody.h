#pragma once

#include "core/engine/reports/dayreport.h"

#include <QByteArray>

namespace inventory::server {

// The day report as the route answers it: JSON, or with `Accept: text/csv` one CSV table
// (section, key, count, units, value, units in, units out) a spreadsheet sums as it likes.
class DayReportBody
{
public:
    static QByteArray json(const DayReport::Day &day, const QString &date);
    static QByteArray csv(const DayReport::Day &day, const QString &date);
};

} // namespace inventory::server
