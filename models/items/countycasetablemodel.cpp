#include "countycasetablemodel.h"

#include "domain/businessclock.h"
#include "domain/caselifecycle.h"

#include <QDateTime>

namespace ow {

CountyCaseTableModel::CountyCaseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CountyCaseTableModel::~CountyCaseTableModel() = default;

void CountyCaseTableModel::addPage(const CountyCasePage &page)
{
    if (page.offset == 0 || page.offset != m_cases.size()) {
        beginResetModel();
        m_cases = page.offset == 0 ? page.cases : QList<CountyCase>{};
        m_total = page.total;
        endResetModel();
        return;
    }
    m_total = page.total;
    if (page.cases.isEmpty())
        return;
    const int first = int(m_cases.size());
    beginInsertRows({}, first, first + int(page.cases.size()) - 1);
    m_cases += page.cases;
    endInsertRows();
}

void CountyCaseTableModel::clear()
{
    beginResetModel();
    m_cases.clear();
    m_total = 0;
    endResetModel();
}

int CountyCaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CountyCaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CountyCaseTableModel::localTime(const QString &storedUtc)
{
    const QDateTime utc = QDateTime::fromString(storedUtc, Qt::ISODateWithMs);
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(BusinessClock::timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant CountyCaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CountyCase &c = m_cases.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return c.number;
    case ItemColumn:
        return c.itemName;
    case ApplicantColumn:
        return c.applicantName;
    case IdNumberColumn:
        return c.applicantIdNumber;
    case PhoneColumn:
        return c.applicantPhone;
    case StateColumn:
        if (const auto state = CaseLifecycle::stateFromKey(c.state))
            return CaseLifecycle::stateDisplayName(*state);
        return c.state;
    case AcceptedColumn:
        return localTime(c.acceptedAt);
    case DecidedColumn:
        return localTime(c.decidedAt);
    case DueDateColumn:
        return c.dueDate;
    }
    return {};
}

QVariant CountyCaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case ItemColumn:
        return tr("Service item");
    case ApplicantColumn:
        return tr("Applicant");
    case IdNumberColumn:
        return tr("ID number");
    case PhoneColumn:
        return tr("Phone");
    case StateColumn:
        return tr("State");
    case AcceptedColumn:
        return tr("Accepted");
    case DecidedColumn:
        return tr("Decided");
    case DueDateColumn:
        return tr("Due date");
    }
    return {};
}

} // namespace ow
