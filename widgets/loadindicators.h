#pragma once

// The look the statistics screens share while they load off the GUI thread: a small busy bar
// (hidden until a load starts) and a notice box for "the server cannot be reached" and the like.

#include <QLabel>
#include <QProgressBar>
#include <QString>

namespace ow::loadindicators {

inline void setUpBusyBar(QProgressBar *bar, const QString &objectName)
{
    bar->setObjectName(objectName);
    bar->setRange(0, 0);
    bar->setMaximumWidth(120);
    bar->setTextVisible(false);
    bar->hide();
}

inline void setUpNotice(QLabel *label, const QString &objectName)
{
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #e0b252; border-radius: "
                                        "6px; background: #fff8e6; padding: 8px; }"));
    label->hide();
}

} // namespace ow::loadindicators
