#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ow {

// The human-readable case number (办件编号), unique without asking the server:
//   <place code>-<yyyyMMdd>-<device short id>-<daily seq, at least 4 digits>
// e.g. 621221101-20261129-A3-0042. The server gives each device a short id unique within its
// place at enrollment; the daily sequence is kept per place, day and device in the local store.
struct CaseNumber
{
    QString placeCode; // GB/T 2260 code: 6 digits, or 9 for a township point
    QDate date;        // business date in Asia/Shanghai
    QString device;    // 2 to 4 of [0-9A-Z]
    int seq = 0;       // 1, 2, ... per place, day and device

    QString toString() const;
    static std::optional<CaseNumber> parse(const QString &text);
    static bool isValidPlaceCode(const QString &code);
    static bool isValidDeviceId(const QString &device);

    bool operator==(const CaseNumber &other) const
    {
        return placeCode == other.placeCode && date == other.date && device == other.device
                && seq == other.seq;
    }
};

} // namespace ow
