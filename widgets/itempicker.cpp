#include "itempicker.h"

#include "items/catalogfilterproxy.h"
#include "items/catalogitemmodel.h"
#include "items/recentfirstproxy.h"
#include "searchkeys.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

ItemPicker::ItemPicker(CatalogItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new CatalogFilterProxy(this))
    , m_recent(new RecentFirstProxy(this))
    , m_search(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_recent->setSourceModel(m_filter);

    m_search->setObjectName(QStringLiteral("intakeItemSearch"));
    m_search->setPlaceholderText(tr("Item: name, code or pinyin initials (e.g. qysl)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_results->setObjectName(QStringLiteral("intakeItemResults"));
    m_results->setModel(m_recent);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setFocusPolicy(Qt::ClickFocus); // the search box drives it; Tab skips it
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    m_results->setMinimumHeight(m_results->verticalHeader()->defaultSectionSize() * 4);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(CatalogItemModel::NameColumn,
                                                        QHeaderView::Stretch);
    // The name matters most; a long department name is elided.
    m_results->horizontalHeader()->setSectionResizeMode(CatalogItemModel::DepartmentColumn,
                                                        QHeaderView::Interactive);
    m_results->horizontalHeader()->resizeSection(CatalogItemModel::DepartmentColumn,
                                                 m_results->fontMetrics().averageCharWidth() * 16);
    for (int column : {int(CatalogItemModel::CodeColumn), int(CatalogItemModel::KindColumn),
                       int(CatalogItemModel::FlagsColumn)})
        m_results->setColumnHidden(column, true);
    m_count->setObjectName(QStringLiteral("intakeItemCount"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_results, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ItemPicker::applyFilter);
    connect(m_results, &QAbstractItemView::activated, this, &ItemPicker::chooseHighlighted);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ItemPicker::applyFilter);
    applyFilter();
}

ItemPicker::~ItemPicker() = default;

void ItemPicker::setRecentCodes(const QStringList &codes)
{
    m_recent->setRecentCodes(codes);
    m_results->setCurrentIndex(m_recent->index(0, CatalogItemModel::NameColumn));
}

void ItemPicker::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ItemPicker::clear()
{
    m_search->clear();
    applyFilter();
}

QString ItemPicker::highlightedItemCode() const
{
    return m_results->currentIndex()
            .siblingAtColumn(0)
            .data(CatalogItemModel::ItemCodeRole)
            .toString();
}

int ItemPicker::visibleCount() const
{
    return m_recent->rowCount();
}

void ItemPicker::applyFilter()
{
    CatalogSearch::Filter filter;
    filter.text = m_search->text();
    m_filter->setFilter(filter);
    m_count->setText(tr("%n item(s)", nullptr, m_recent->rowCount()));
    // The best match is the first row: recent items, then catalogue order.
    m_results->setCurrentIndex(m_recent->index(0, CatalogItemModel::NameColumn));
    m_results->scrollToTop();
}

void ItemPicker::chooseHighlighted()
{
    const QString code = highlightedItemCode();
    if (!code.isEmpty())
        emit itemChosen(code);
}

bool ItemPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (forwardResultNavigation(key, m_results))
            return true;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier)
                break; // Ctrl+Enter is the screen's Accept
            chooseHighlighted();
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow
