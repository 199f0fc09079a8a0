#include "materialchecklistmodel.h"

#include <algorithm>

namespace ow {

MaterialChecklistModel::MaterialChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

MaterialChecklistModel::~MaterialChecklistModel() = default;

void MaterialChecklistModel::setMaterials(const QList<CaseMaterial> &materials)
{
    beginResetModel();
    m_materials = materials;
    endResetModel();
}

const CaseMaterial *MaterialChecklistModel::materialAt(int row) const
{
    return row >= 0 && row < m_materials.size() ? &m_materials[row] : nullptr;
}

bool MaterialChecklistModel::canDefer(int row) const
{
    const CaseMaterial *m = materialAt(row);
    return m && m->requirement == Material::Requirement::Deferrable;
}

void MaterialChecklistModel::toggleReceived(int row)
{
    const CaseMaterial *m = materialAt(row);
    if (!m)
        return;
    setStatus(row,
              m->status == CaseMaterial::Status::Received ? CaseMaterial::Status::Missing
                                                          : CaseMaterial::Status::Received);
}

bool MaterialChecklistModel::setStatus(int row, CaseMaterial::Status status)
{
    if (!materialAt(row))
        return false;
    if (status == CaseMaterial::Status::Deferred && !canDefer(row))
        return false;
    CaseMaterial &m = m_materials[row];
    m.status = status;
    switch (status) {
    case CaseMaterial::Status::Received:
        m.copiesReceived = qMax(m.copiesReceived, m.copiesExpected);
        m.supplyBy = QDate();
        break;
    case CaseMaterial::Status::Missing:
        m.copiesReceived = 0;
        m.supplyBy = QDate();
        break;
    case CaseMaterial::Status::Defective:
        m.supplyBy = QDate();
        break;
    case CaseMaterial::Status::Deferred:
        m.copiesReceived = 0;
        if (!m.supplyBy.isValid())
            m.supplyBy = m_defaultSupplyBy;
        break;
    }
    rowChanged(row);
    return true;
}

void MaterialChecklistModel::markAllReceived()
{
    for (int row = 0; row < m_materials.size(); ++row) {
        if (m_materials[row].status == CaseMaterial::Status::Missing)
            setStatus(row, CaseMaterial::Status::Received);
    }
}

void MaterialChecklistModel::adjustCopies(int row, int delta)
{
    if (!materialAt(row))
        return;
    CaseMaterial &m = m_materials[row];
    m.copiesReceived = qBound(0, m.copiesReceived + delta, 99);
    if (m.copiesReceived > 0 && m.status == CaseMaterial::Status::Missing)
        m.status = CaseMaterial::Status::Received;
    else if (m.copiesReceived == 0 && m.status == CaseMaterial::Status::Received)
        m.status = CaseMaterial::Status::Missing;
    rowChanged(row);
}

int MaterialChecklistModel::count(CaseMaterial::Status status) const
{
    return int(std::count_if(m_materials.cbegin(), m_materials.cend(),
                             [status](const CaseMaterial &m) { return m.status == status; }));
}

void MaterialChecklistModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MaterialChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_materials.size());
}

int MaterialChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MaterialChecklistModel::statusDisplayName(CaseMaterial::Status status)
{
    switch (status) {
    case CaseMaterial::Status::Received:
        return tr("Received");
    case CaseMaterial::Status::Missing:
        return tr("Missing");
    case CaseMaterial::Status::Defective:
        return tr("Defective");
    case CaseMaterial::Status::Deferred:
        return tr("Supply later");
    }
    return {};
}

QVariant MaterialChecklistModel::data(const QModelIndex &index, int role) const
{
    const CaseMaterial *m = index.isValid() ? materialAt(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == StatusRole)
        return int(m->status);
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return m->name;
    case ExpectedColumn: {
        QString text = tr("%1 × %2").arg(materialFormDisplayName(m->form)).arg(m->copiesExpected);
        if (m->requirement == Material::Requirement::Deferrable)
            text += QStringLiteral(" · ") + tr("may be supplied later");
        return text;
    }
    case StatusColumn:
        return statusDisplayName(m->status);
    case CopiesColumn:
        if (edit)
            return m->copiesReceived;
        return m->status == CaseMaterial::Status::Received
                        || m->status == CaseMaterial::Status::Defective
                ? QVariant(m->copiesReceived)
                : QVariant();
    case SupplyByColumn:
        if (m->status != CaseMaterial::Status::Deferred)
            return {};
        return edit ? QVariant(m->supplyBy) : QVariant(m->supplyBy.toString(Qt::ISODate));
    case NoteColumn:
        return m->note;
    default:
        return {};
    }
}

bool MaterialChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    CaseMaterial &m = m_materials[index.row()];
    switch (index.column()) {
    case CopiesColumn:
        m.copiesReceived = qBound(0, value.toInt(), 99);
        break;
    case SupplyByColumn:
        if (!value.toDate().isValid())
            return false;
        m.supplyBy = value.toDate();
        break;
    case NoteColumn:
        m.note = value.toString().simplified();
        break;
    default:
        return false;
    }
    rowChanged(index.row());
    return true;
}

Qt::ItemFlags MaterialChecklistModel::flags(const QModelIndex &index) const
{
    const CaseMaterial *m = index.isValid() ? materialAt(index.row()) : nullptr;
    if (!m)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case CopiesColumn:
        if (m->status == CaseMaterial::Status::Received
            || m->status == CaseMaterial::Status::Defective)
            f |= Qt::ItemIsEditable;
        break;
    case SupplyByColumn:
        if (m->status == CaseMaterial::Status::Deferred)
            f |= Qt::ItemIsEditable;
        break;
    case NoteColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

QVariant MaterialChecklistModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Material");
    case ExpectedColumn:
        return tr("Expected");
    case StatusColumn:
        return tr("Status");
    case CopiesColumn:
        return tr("Copies");
    case SupplyByColumn:
        return tr("Supply by");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace ow
