#include "caselistmodel.h"

#include "domain/businessclock.h"
#include "domain/caselifecycle.h"
#include "domain/creditcode.h"
#include "domain/phonenumber.h"
#include "domain/residentid.h"
#include "store/pullbulkload.h"

#include <QLocale>
#include <QRegularExpression>

namespace ow {

CaseListModel::CaseListModel(std::shared_ptr<Database> database, const WorkCalendar &calendar,
                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_query(database)
    , m_flags(std::move(database))
    , m_calendar(calendar)
    , m_departments(m_query.departments())
{
    for (const auto &[code, name] : std::as_const(m_departments))
        m_departmentNames.insert(code, name);
    m_entries = load(std::nullopt);
    m_atEnd = m_entries.size() < pageSize();
}

CaseListModel::~CaseListModel() = default;

QString CaseListModel::duplicateMarker()
{
    return QStringLiteral("\u26A0 "); // ⚠
}

bool CaseListModel::storeFilling() const
{
    return PullBulkLoad::pending(m_database->connection());
}

QDate CaseListModel::today() const
{
    return m_today.isValid() ? m_today : BusinessClock::today();
}

void CaseListModel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    refresh();
}

void CaseListModel::refresh()
{
    // Slots of the model's signals (QAbstractItemModelTester's among them) may ask for more
    // rows; they get them on a later call, not inside the change being announced.
    m_changing = true;
    beginResetModel();
    m_entries = load(std::nullopt);
    m_atEnd = m_entries.size() < pageSize();
    endResetModel();
    m_changing = false;
}

QList<CaseListModel::Entry> CaseListModel::load(const std::optional<CaseRow> &after) const
{
    QList<Entry> entries;
    const QDate day = today();
    const QList<CaseRow> rows = m_query.fetch(m_filter, pageSize(), after);
    entries.reserve(rows.size());
    QStringList ids;
    ids.reserve(rows.size());
    for (const CaseRow &r : rows)
        ids.append(r.id);
    const QHash<QString, DuplicateFlag> flags = m_flags.flagsAmong(ids);
    for (const CaseRow &r : rows) {
        DueStatus::Facts facts;
        facts.state = r.state;
        facts.acceptedOn = BusinessClock::dateOf(r.acceptedAt);
        facts.dueDate = r.dueDate;
        facts.decidedOn = BusinessClock::dateOf(r.decidedAt);
        facts.promisedDays = r.promisedDays;
        facts.suspendedWorkingDays = r.suspendedWorkingDays;
        facts.noticeDeadline = r.noticeDeadline;
        Entry entry{r, DueStatus::of(facts, day, m_calendar), std::nullopt};
        if (const auto flag = flags.constFind(r.id);
            flag != flags.constEnd() && CaseLifecycle::isOpen(r.state))
            entry.duplicate = *flag;
        entries.append(std::move(entry));
    }
    return entries;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const QList<Entry> more
            = load(m_entries.isEmpty() ? std::nullopt : std::optional(m_entries.last().row));
    m_atEnd = more.size() < pageSize();
    if (more.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + more.size() - 1));
    m_entries += more;
    endInsertRows();
    m_changing = false;
}

const CaseRow *CaseListModel::rowAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row].row : nullptr;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::maskedIdNumber(const QString &idNumber)
{
    // Resident ID numbers are digits with a final check digit or X; anything else is a credit
    // code (the two masks keep the same characters, but say which rule applies).
    static const QRegularExpression resident(QStringLiteral("^\\d{17}[\\dX]$"));
    return resident.match(idNumber).hasMatch() ? ResidentId::mask(idNumber)
                                               : CreditCode::mask(idNumber);
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    const CaseRow &r = e.row;
    switch (role) {
    case CaseIdRole:
        return r.id;
    case UrgencyRole:
        return int(e.due);
    case StateRole:
        return int(r.state);
    case DuplicateRole:
        return e.duplicate.has_value();
    case Qt::ToolTipRole:
        if (e.duplicate && (index.column() == NumberColumn || index.column() == ApplicantColumn))
            return QString(DuplicateApplication::describe(*e.duplicate, r.id) + QLatin1Char('\n')
                           + DuplicateApplication::advice());
        if (r.state == CaseState::Received && r.noticeDeadline.isValid()) {
            const QString day = QLocale().toString(r.noticeDeadline, QLocale::ShortFormat);
            if (e.due == DueStatus::Overdue)
                return tr("No one-time notice was issued by %1: the application counts as "
                          "accepted from the day it was received. Accept it now.")
                        .arg(day);
            return tr("A one-time notice, if any, must be issued by %1 (5 working days after "
                      "receipt); after that the application counts as accepted.")
                    .arg(day);
        }
        if (e.due == DueStatus::Overdue)
            return tr("Overdue: the promised date %1 has passed.")
                    .arg(QLocale().toString(r.dueDate, QLocale::ShortFormat));
        if (e.due == DueStatus::NearDue)
            return tr("Due soon: promised by %1.")
                    .arg(QLocale().toString(r.dueDate, QLocale::ShortFormat));
        if (e.due == DueStatus::Paused)
            return tr("The clock is paused while the special procedure runs.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TripsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return e.duplicate ? QString(duplicateMarker() + r.number) : r.number;
    case ApplicantColumn:
        return r.applicantName;
    case IdNumberColumn:
        return maskedIdNumber(r.applicantIdNumber);
    case PhoneColumn:
        return r.applicantPhone.isEmpty() ? QString() : PhoneNumber::mask(r.applicantPhone);
    case ItemColumn:
        return r.itemName;
    case DepartmentColumn:
        return m_departmentNames.value(r.departmentCode, r.departmentCode);
    case StateColumn:
        return CaseLifecycle::stateDisplayName(r.state);
    case ReceivedColumn:
        return r.receivedAt.toTimeZone(BusinessClock::timeZone())
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case DueColumn: {
        if (r.state == CaseState::Received && r.noticeDeadline.isValid()) {
            const QString notice = tr("Notice by %1").arg(r.noticeDeadline.toString(Qt::ISODate));
            if (e.due == DueStatus::NearDue || e.due == DueStatus::Overdue)
                return tr("%1 (%2)").arg(notice, DueStatus::displayName(e.due));
            return notice;
        }
        if (!r.dueDate.isValid())
            return e.due == DueStatus::Paused ? DueStatus::displayName(e.due) : QString();
        const QString date = r.dueDate.toString(Qt::ISODate);
        if (e.due == DueStatus::NearDue || e.due == DueStatus::Overdue
            || e.due == DueStatus::Paused)
            return tr("%1 (%2)").arg(date, DueStatus::displayName(e.due));
        return date;
    }
    case TripsColumn:
        return r.trips;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case ApplicantColumn:
        return tr("Applicant");
    case IdNumberColumn:
        return tr("ID number");
    case PhoneColumn:
        return tr("Phone");
    case ItemColumn:
        return tr("Item");
    case DepartmentColumn:
        return tr("Department");
    case StateColumn:
        return tr("Status");
    case ReceivedColumn:
        return tr("Received");
    case DueColumn:
        return tr("Due");
    case TripsColumn:
        return tr("Trips");
    }
    return {};
}

} // namespace ow
