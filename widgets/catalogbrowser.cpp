#include "catalogbrowser.h"

#include "domain/serviceitem.h"
#include "items/catalogfilterproxy.h"
#include "items/catalogitemmodel.h"
#include "searchkeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ow {

CatalogBrowser::CatalogBrowser(CatalogItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new CatalogFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_immediate(new QCheckBox(tr("&Immediate"), this))
    , m_online(new QCheckBox(tr("O&nline"), this))
    , m_nearby(new QCheckBox(tr("Near&by"), this))
    , m_oneTrip(new QCheckBox(tr("One &trip"), this))
    , m_township(new QCheckBox(tr("To&wnship may accept"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("catalogBrowser"));
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Name, code or pinyin initials (e.g. qysl)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_department->setObjectName(QStringLiteral("catalogDepartment"));
    m_department->setMinimumContentsLength(10);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);

    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 3);
    filters->addWidget(departmentLabel);
    filters->addWidget(m_department, 1);
    auto *flags = new QHBoxLayout;
    for (QCheckBox *box : {m_immediate, m_online, m_nearby, m_oneTrip, m_township}) {
        flags->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &CatalogBrowser::applyFilter);
    }
    flags->addStretch();
    flags->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogItemModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnHidden(CatalogItemModel::KindColumn, true);
    m_table->setWordWrap(false);
    for (int column : {CatalogItemModel::CodeColumn, CatalogItemModel::DepartmentColumn,
                       CatalogItemModel::PromisedDaysColumn}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }

    m_detail->setObjectName(QStringLiteral("catalogDetail"));
    m_detail->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(flags);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogBrowser::applyFilter);
    connect(m_department, &QComboBox::currentIndexChanged, this, &CatalogBrowser::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogBrowser::showCurrentItem);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogBrowser::reloadDepartments);
    reloadDepartments();
}

CatalogBrowser::~CatalogBrowser() = default;

void CatalogBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString CatalogBrowser::currentItemCode() const
{
    return m_table->currentIndex().data(CatalogItemModel::ItemCodeRole).toString();
}

int CatalogBrowser::visibleCount() const
{
    return m_proxy->rowCount();
}

bool CatalogBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // From the search box, Up/Down/PageUp/PageDown move through the results without leaving
    // the keyboard's home; Enter moves into the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (forwardResultNavigation(key, m_table))
            return true;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_table->setFocus(Qt::TabFocusReason);
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

void CatalogBrowser::reloadDepartments()
{
    const QString current = m_department->currentData().toString();
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"), QString());
    for (const Department &d : m_model->catalog().departments)
        m_department->addItem(d.name, d.code);
    m_department->setCurrentIndex(qMax(0, m_department->findData(current)));
    applyFilter();
}

void CatalogBrowser::applyFilter()
{
    CatalogSearch::Filter filter;
    filter.text = m_search->text();
    filter.departmentCode = m_department->currentData().toString();
    filter.immediateOnly = m_immediate->isChecked();
    filter.onlineOnly = m_online->isChecked();
    filter.nearbyOnly = m_nearby->isChecked();
    filter.oneTripOnly = m_oneTrip->isChecked();
    filter.townshipOnly = m_township->isChecked();
    m_proxy->setFilter(filter);

    m_count->setText(tr("%n item(s)", nullptr, m_proxy->rowCount()));
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, CatalogItemModel::NameColumn));
    showCurrentItem();
}

void CatalogBrowser::showCurrentItem()
{
    const QModelIndex source = m_proxy->mapToSource(m_table->currentIndex());
    const ServiceItem *item = source.isValid() ? m_model->itemAt(source.row()) : nullptr;
    if (!item) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>")
                                  .arg(m_proxy->rowCount() == 0
                                               ? tr("No item matches. Try fewer characters or "
                                                    "another department.")
                                               : tr("Choose an item to see its materials.")));
        return;
    }
    m_detail->setHtml(detailHtml(*item));
    emit statusMessage(item->code + QStringLiteral("  ") + item->name);
}

QString CatalogBrowser::detailHtml(const ServiceItem &item) const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const auto days = [](int n) {
        return n == 0 ? tr("on the spot") : tr("%n working day(s)", nullptr, n);
    };
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(item.name));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Code"), esc(item.code));
    row(tr("Department"), esc(m_model->departmentName(item.departmentCode)));
    row(tr("Kind"), esc(itemKindDisplayName(item.kind)));
    row(tr("Time limit"),
        tr("legal %1, promised %2").arg(days(item.legalDays), days(item.promisedDays)));
    row(tr("Fee"),
        item.feeFen == 0
                ? tr("free")
                : QLocale().toCurrencyString(double(item.feeFen) / 100.0, QStringLiteral("¥")));
    const QString flags = CatalogItemModel::flagsText(item);
    row(tr("Four ways"), flags.isEmpty() ? tr("none") : esc(flags));
    row(tr("Township point"), item.townshipAcceptable ? tr("may accept") : tr("county hall only"));
    row(tr("Legal basis"), esc(item.legalBasis));
    if (item.isBundle()) {
        QStringList parts;
        for (const QString &code : item.bundleParts) {
            const int r = m_model->rowOf(code);
            parts << esc(r >= 0 ? m_model->itemAt(r)->name : code);
        }
        row(tr("One visit for"), parts.join(QStringLiteral("、")));
    }
    if (item.isMultiCertificate())
        row(tr("Replaces"), esc(item.replacesCertificates.join(QStringLiteral("、"))));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Materials"));
    QStringList cancelled;
    for (const Material &m : item.materials) {
        if (m.requirement == Material::Requirement::NoLongerRequired) {
            cancelled << esc(m.name);
            continue;
        }
        QString line = esc(m.name) + QStringLiteral(" — ") + esc(materialFormDisplayName(m.form));
        if (m.copies > 1)
            line += QStringLiteral(" ") + tr("× %1").arg(m.copies);
        if (m.requirement == Material::Requirement::Deferrable)
            line += QStringLiteral(" <i>(%1)</i>").arg(tr("may be supplied later"));
        if (!m.note.isEmpty())
            line += QStringLiteral("<br/><small>%1</small>").arg(esc(m.note));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ol>");
    if (!cancelled.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("No longer required (do not ask for):"),
                             cancelled.join(QStringLiteral("、")));
    }
    html += QStringLiteral("<p><small>%1</small></p>").arg(esc(item.source));
    return html;
}

} // namespace ow
