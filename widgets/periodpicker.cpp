#include "periodpicker.h"

#include "domain/businessclock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace ow {

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent)
    , m_today(BusinessClock::today())
    , m_choice(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("periodPicker"));
    m_choice->setObjectName(QStringLiteral("periodChoice"));
    m_choice->addItem(tr("This month"), int(Choice::ThisMonth));
    m_choice->addItem(tr("Last month"), int(Choice::LastMonth));
    m_choice->addItem(tr("This year"), int(Choice::ThisYear));
    m_choice->addItem(tr("Last year"), int(Choice::LastYear));
    m_choice->addItem(tr("Custom"), int(Choice::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    auto *label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_choice);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_choice);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    setFocusProxy(m_choice);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &PeriodPicker::choiceChanged);
    const auto custom = [this] {
        const int index = m_choice->findData(int(Choice::Custom));
        if (m_choice->currentIndex() == index)
            emit changed();
        else
            m_choice->setCurrentIndex(index);
    };
    connect(m_from, &QDateEdit::editingFinished, this, custom);
    connect(m_to, &QDateEdit::editingFinished, this, custom);
    choiceChanged();
}

PeriodPicker::~PeriodPicker() = default;

void PeriodPicker::setToday(QDate today)
{
    m_today = today;
    choiceChanged();
}

void PeriodPicker::setChoice(Choice choice)
{
    const int index = m_choice->findData(int(choice));
    if (m_choice->currentIndex() == index)
        choiceChanged();
    else
        m_choice->setCurrentIndex(index);
}

PeriodPicker::Choice PeriodPicker::choice() const
{
    return Choice(m_choice->currentData().toInt());
}

void PeriodPicker::setCustom(QDate from, QDate to)
{
    {
        QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(m_choice->findData(int(Choice::Custom)));
        m_from->setDate(from);
        m_to->setDate(to);
    }
    emit changed();
}

void PeriodPicker::choiceChanged()
{
    const QDate monthStart(m_today.year(), m_today.month(), 1);
    switch (choice()) {
    case Choice::ThisMonth:
        m_from->setDate(monthStart);
        m_to->setDate(monthStart.addMonths(1).addDays(-1));
        break;
    case Choice::LastMonth:
        m_from->setDate(monthStart.addMonths(-1));
        m_to->setDate(monthStart.addDays(-1));
        break;
    case Choice::ThisYear:
        m_from->setDate(QDate(m_today.year(), 1, 1));
        m_to->setDate(QDate(m_today.year(), 12, 31));
        break;
    case Choice::LastYear:
        m_from->setDate(QDate(m_today.year() - 1, 1, 1));
        m_to->setDate(QDate(m_today.year() - 1, 12, 31));
        break;
    case Choice::Custom:
        break;
    }
    emit changed();
}

StatisticsPeriod PeriodPicker::period() const
{
    StatisticsPeriod p;
    p.from = m_from->date();
    p.to = m_to->date();
    p.granularity = StatisticsPeriod::granularityFor(p.from, p.to);
    return p;
}

} // namespace ow
