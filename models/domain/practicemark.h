#pragma once

#include <QString>

namespace ow {

// The mark every printout and export of a device in practice mode carries (PracticeMode): a
// stamp in both languages, the same whatever the screen's language, so that a receipt shown at
// another counter is recognised as invalid at once.
struct PracticeMark final
{
    static QString text() { return QStringLiteral("练习 — 无效 / PRACTICE — NOT VALID"); }
};

} // namespace ow
