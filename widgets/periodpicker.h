#pragma once

#include "domain/statistics.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace ow {

// The period of a statistics screen (the dashboard, the county view): this month, last month,
// this year, last year, or any two dates (Custom; editing a date chooses it). Alt+P focuses the
// choice. `changed` whenever the period may have changed.
class PeriodPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodPicker)
public:
    enum class Choice { ThisMonth, LastMonth, ThisYear, LastYear, Custom };

    explicit PeriodPicker(QWidget *parent = nullptr);
    ~PeriodPicker() override;

    // The day "this month" and "this year" refer to.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    void setChoice(Choice choice);
    Choice choice() const;
    void setCustom(QDate from, QDate to);
    StatisticsPeriod period() const; // with the granularity that fits its length

signals:
    void changed();

private:
    void choiceChanged();

    QDate m_today;
    QComboBox *m_choice = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace ow
