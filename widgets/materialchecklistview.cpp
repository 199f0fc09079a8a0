#include "materialchecklistview.h"

#include "items/materialchecklistmodel.h"
#include "materialstatusdelegate.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace ow {

MaterialChecklistView::MaterialChecklistView(MaterialChecklistModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("materialChecklist"));
    setModel(m_model);
    setItemDelegateForColumn(MaterialChecklistModel::StatusColumn,
                             new MaterialStatusDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked);
    setTabKeyNavigation(false); // Tab leaves the checklist; arrows move inside it
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MaterialChecklistModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MaterialChecklistModel::NoteColumn, QHeaderView::Interactive);
    header->resizeSection(MaterialChecklistModel::NoteColumn, 160);
    header->setStretchLastSection(false);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { moveToRow(0); });
}

MaterialChecklistView::~MaterialChecklistView() = default;

QString MaterialChecklistView::keysHelp()
{
    return tr("Space: received, next · D: defective · L: supply later · M: missing · +/−: copies "
              "· A: all received");
}

void MaterialChecklistView::moveToRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    setCurrentIndex(m_model->index(row, MaterialChecklistModel::NameColumn));
}

void MaterialChecklistView::focusInEvent(QFocusEvent *event)
{
    if (!currentIndex().isValid())
        moveToRow(0);
    QTableView::focusInEvent(event);
}

void MaterialChecklistView::keyPressEvent(QKeyEvent *event)
{
    const int row = currentIndex().row();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (!plain || row < 0 || state() == QAbstractItemView::EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
        m_model->toggleReceived(row);
        moveToRow(row + 1);
        return;
    case Qt::Key_R:
        m_model->setStatus(row, CaseMaterial::Status::Received);
        moveToRow(row + 1);
        return;
    case Qt::Key_M:
        m_model->setStatus(row, CaseMaterial::Status::Missing);
        return;
    case Qt::Key_D:
        m_model->setStatus(row, CaseMaterial::Status::Defective);
        edit(m_model->index(row, MaterialChecklistModel::NoteColumn));
        return;
    case Qt::Key_L:
        if (!m_model->setStatus(row, CaseMaterial::Status::Deferred)) {
            emit message(tr("\"%1\" may not be supplied later: the catalogue requires it now.")
                                 .arg(m_model->materialAt(row)->name));
            return;
        }
        edit(m_model->index(row, MaterialChecklistModel::SupplyByColumn));
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_model->adjustCopies(row, +1);
        return;
    case Qt::Key_Minus:
        m_model->adjustCopies(row, -1);
        return;
    case Qt::Key_A:
        m_model->markAllReceived();
        return;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

} // namespace ow
