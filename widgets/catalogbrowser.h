#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace ow {

class CatalogFilterProxy;
class CatalogItemModel;
struct ServiceItem;

// The catalogue browser (事项): search by name, code or pinyin initials; filter by department
// and by the four ways (四办); the selected item's materials and time limits beside the list.
class CatalogBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogBrowser)
public:
    explicit CatalogBrowser(CatalogItemModel *model, QWidget *parent = nullptr);
    ~CatalogBrowser() override;

    void focusSearch();
    QString currentItemCode() const;
    int visibleCount() const;

signals:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void showCurrentItem();
    void reloadDepartments();
    QString detailHtml(const ServiceItem &item) const;

    CatalogItemModel *m_model = nullptr;
    CatalogFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_immediate = nullptr;
    QCheckBox *m_online = nullptr;
    QCheckBox *m_nearby = nullptr;
    QCheckBox *m_oneTrip = nullptr;
    QCheckBox *m_township = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
};

} // namespace ow
