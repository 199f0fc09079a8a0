#pragma once

#include "domain/serviceitem.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ow {

// The service catalogue as a table: one row per item. The catalogue is small (hundreds to a
// few thousand items), so the model holds it whole; filtering is CatalogFilterProxy's job.
class CatalogItemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogItemModel)
public:
    enum Column {
        CodeColumn,
        NameColumn,
        DepartmentColumn,
        KindColumn,
        PromisedDaysColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Roles { ItemCodeRole = Qt::UserRole + 1 };

    explicit CatalogItemModel(QObject *parent = nullptr);
    ~CatalogItemModel() override;

    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }
    const ServiceItem *itemAt(int row) const;
    int rowOf(const QString &itemCode) const;
    QString departmentName(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The 四办 flags as short text, e.g. "马上办 · 一次办" (translated).
    static QString flagsText(const ServiceItem &item);

private:
    Catalog m_catalog;
    QHash<QString, QString> m_departmentNames;
    QHash<QString, int> m_rowByCode;
};

} // namespace ow
