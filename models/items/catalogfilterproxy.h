#pragma once

#include "domain/catalogsearch.h"

#include <QSortFilterProxyModel>

namespace ow {

class CatalogItemModel;

// Filters a CatalogItemModel with the shared CatalogSearch predicate (name, code, department,
// pinyin initials, 四办 flags); the rule itself lives in CatalogSearch.
class CatalogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterProxy)
public:
    explicit CatalogFilterProxy(QObject *parent = nullptr);
    ~CatalogFilterProxy() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void setFilter(const CatalogSearch::Filter &filter);
    const CatalogSearch::Filter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void rebuildKeys();

    CatalogItemModel *m_catalog = nullptr;
    CatalogSearch::Filter m_filter;
    CatalogSearch m_search{CatalogSearch::Filter{}};
    QList<CatalogSearch::Key> m_keys;
};

} // namespace ow
