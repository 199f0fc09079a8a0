#include "catalogitemmodel.h"

namespace ow {

CatalogItemModel::CatalogItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CatalogItemModel::~CatalogItemModel() = default;

void CatalogItemModel::setCatalog(const Catalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_departmentNames.clear();
    for (const Department &d : m_catalog.departments)
        m_departmentNames.insert(d.code, d.name);
    m_rowByCode.clear();
    for (int i = 0; i < m_catalog.items.size(); ++i)
        m_rowByCode.insert(m_catalog.items[i].code, i);
    endResetModel();
}

const ServiceItem *CatalogItemModel::itemAt(int row) const
{
    if (row < 0 || row >= m_catalog.items.size())
        return nullptr;
    return &m_catalog.items[row];
}

int CatalogItemModel::rowOf(const QString &itemCode) const
{
    return m_rowByCode.value(itemCode, -1);
}

QString CatalogItemModel::departmentName(const QString &code) const
{
    return m_departmentNames.value(code, code);
}

int CatalogItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.items.size());
}

int CatalogItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogItemModel::flagsText(const ServiceItem &item)
{
    QStringList flags;
    if (item.immediate)
        flags << tr("Immediate");
    if (item.online)
        flags << tr("Online");
    if (item.nearby)
        flags << tr("Nearby");
    if (item.oneTrip)
        flags << tr("One trip");
    return flags.join(QStringLiteral(" · "));
}

QVariant CatalogItemModel::data(const QModelIndex &index, int role) const
{
    const ServiceItem *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    if (role == ItemCodeRole)
        return item->code;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case CodeColumn:
            return item->code;
        case NameColumn:
            return item->name;
        case DepartmentColumn:
            return departmentName(item->departmentCode);
        case KindColumn:
            return itemKindDisplayName(item->kind);
        case PromisedDaysColumn:
            return item->promisedDays == 0 ? tr("On the spot")
                                           : tr("%n working day(s)", nullptr, item->promisedDays);
        case FlagsColumn:
            return flagsText(*item);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == PromisedDaysColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CatalogItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Item");
    case DepartmentColumn:
        return tr("Department");
    case KindColumn:
        return tr("Kind");
    case PromisedDaysColumn:
        return tr("Promised time");
    case FlagsColumn:
        return tr("Four ways");
    default:
        return {};
    }
}

} // namespace ow
