#pragma once

#include "domain/case.h"

#include <QAbstractTableModel>

namespace ow {

// The materials checklist of one intake (CaseRules::checklistFor), as the clerk marks it:
// received (with the number of copies), missing, defective (with a note) or, for 容缺
// materials only, deferred to a promised date.
class MaterialChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaterialChecklistModel)
public:
    enum Column {
        NameColumn,
        ExpectedColumn, // form, copies, whether it may be supplied later
        StatusColumn,
        CopiesColumn,   // copies received (editable when received or defective)
        SupplyByColumn, // the promised date (editable when deferred)
        NoteColumn,     // why it is defective, or any remark (editable)
        ColumnCount
    };
    enum Roles { StatusRole = Qt::UserRole + 1 }; // CaseMaterial::Status as int

    explicit MaterialChecklistModel(QObject *parent = nullptr);
    ~MaterialChecklistModel() override;

    void setMaterials(const QList<CaseMaterial> &materials);
    const QList<CaseMaterial> &materials() const { return m_materials; }
    const CaseMaterial *materialAt(int row) const;
    // The date a deferred material gets when the clerk does not change it.
    void setDefaultSupplyBy(const QDate &date) { m_defaultSupplyBy = date; }
    QDate defaultSupplyBy() const { return m_defaultSupplyBy; }

    bool canDefer(int row) const;
    // Received <-> missing.
    void toggleReceived(int row);
    // Returns false (and changes nothing) for a deferral the catalogue does not allow.
    bool setStatus(int row, CaseMaterial::Status status);
    void markAllReceived();
    void adjustCopies(int row, int delta);

    int count(CaseMaterial::Status status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusDisplayName(CaseMaterial::Status status);

private:
    void rowChanged(int row);

    QList<CaseMaterial> m_materials;
    QDate m_defaultSupplyBy;
};

} // namespace ow
