#include "materialstatusdelegate.h"

#include "items/materialchecklistmodel.h"

namespace ow {

MaterialStatusDelegate::MaterialStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

MaterialStatusDelegate::~MaterialStatusDelegate() = default;

void MaterialStatusDelegate::initStyleOption(QStyleOptionViewItem *option,
                                             const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != MaterialChecklistModel::StatusColumn)
        return;
    QColor colour;
    switch (CaseMaterial::Status(index.data(MaterialChecklistModel::StatusRole).toInt())) {
    case CaseMaterial::Status::Received:
        colour = QColor(0x1a, 0x7f, 0x37);
        break;
    case CaseMaterial::Status::Missing:
        colour = QColor(0xb4, 0x23, 0x18);
        break;
    case CaseMaterial::Status::Defective:
        colour = QColor(0xc2, 0x41, 0x0c);
        break;
    case CaseMaterial::Status::Deferred:
        colour = QColor(0x9a, 0x67, 0x00);
        break;
    }
    option->palette.setColor(QPalette::Text, colour);
    option->font.setBold(true);
}

} // namespace ow
