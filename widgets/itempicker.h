#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace ow {

class CatalogFilterProxy;
class CatalogItemModel;
class RecentFirstProxy;

// Chooses the catalogue item of an intake: a search box (name, code, pinyin initials) over the
// results, the clerk's recent items first. Up/Down move the highlight from the search box;
// Enter picks the highlighted item.
class ItemPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemPicker)
public:
    explicit ItemPicker(CatalogItemModel *model, QWidget *parent = nullptr);
    ~ItemPicker() override;

    void setRecentCodes(const QStringList &codes);
    void focusSearch();
    void clear();
    QString highlightedItemCode() const;
    int visibleCount() const;
    QLineEdit *searchField() const { return m_search; }

signals:
    void itemChosen(const QString &itemCode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void chooseHighlighted();

    CatalogItemModel *m_model = nullptr;
    CatalogFilterProxy *m_filter = nullptr;
    RecentFirstProxy *m_recent = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_results = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace ow
