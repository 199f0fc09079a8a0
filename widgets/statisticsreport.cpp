#include "statisticsreport.h"

#include "documentprinter.h"
#include "domain/practicemark.h"

#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>

namespace ow {

namespace {

using Figure = StatisticsDefinitions::Figure;

const QColor acceptedColor(0x2f, 0x6f, 0xb5);
const QColor completedColor(0x3c, 0x9d, 0x5d);
const QColor badColor(0xc0, 0x39, 0x2b);
const QColor goodColor(0x2f, 0x6f, 0xb5);
const QColor ruleColor(0x99, 0x99, 0x99);

// Paints top to bottom, page after page, in points (1/72 inch) whatever the device's resolution.
class Painter
{
public:
    Painter(QPagedPaintDevice *device, QPainter *painter, bool practice)
        : m_device(device)
        , m_painter(painter)
        , m_practice(practice)
    {
        const QRectF page = device->pageLayout().paintRect(QPageLayout::Point);
        m_width = page.width();
        m_height = page.height();
        const double scale = double(device->logicalDpiX()) / 72.0;
        m_painter->scale(scale, scale);
        m_base = DocumentPrinter::documentFont();
        startPage();
    }

    double width() const { return m_width; }
    double y() const { return m_y; }
    int pages() const { return m_pages; }

    // A font `points` tall in this painter's point coordinates: the device turns point sizes
    // into its pixels and the painter's scale applies on top, so the size is divided by it.
    QFont font(double points, bool bold = false) const
    {
        QFont f = m_base;
        f.setPointSizeF(points * 72.0 / double(m_device->logicalDpiY()));
        f.setBold(bold);
        return f;
    }

    // Room for `height` points, else a new page.
    void need(double height)
    {
        if (m_y + height <= m_height)
            return;
        m_device->newPage();
        m_painter->resetTransform();
        const double scale = double(m_device->logicalDpiX()) / 72.0;
        m_painter->scale(scale, scale);
        ++m_pages;
        m_y = 0;
        startPage();
    }

    // A practice report (PracticeMode) carries the mark across every page, under the figures,
    // and in a line at its head.
    void startPage()
    {
        if (!m_practice)
            return;
        const QColor red(0xb4, 0x23, 0x18);
        m_painter->save();
        m_painter->translate(m_width / 2, m_height / 2);
        m_painter->rotate(-40);
        m_painter->setFont(font(34, true));
        m_painter->setPen(QColor(red.red(), red.green(), red.blue(), 0x48));
        const double diagonal = std::hypot(m_width, m_height);
        m_painter->drawText(QRectF(-diagonal / 2, -40, diagonal, 80), Qt::AlignCenter,
                            PracticeMark::text());
        m_painter->restore();
        m_painter->setFont(font(9, true));
        m_painter->setPen(red);
        m_painter->drawText(QRectF(0, 0, m_width, 14), Qt::AlignCenter, PracticeMark::text());
        m_y = 18;
    }

    void text(const QString &words, const QFont &face, Qt::Alignment align = Qt::AlignLeft,
              double gapAfter = 4)
    {
        m_painter->setFont(face);
        const QFontMetricsF fm(face, m_painter->device());
        const QRectF bounds = fm.boundingRect(QRectF(0, 0, m_width, 10000),
                                              int(align) | Qt::TextWordWrap, words);
        need(bounds.height());
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, m_width, bounds.height()), int(align) | Qt::TextWordWrap,
                            words);
        m_y += bounds.height() + gapAfter;
    }

    // A table: header row, then rows; column widths as fractions of the width; the first
    // column left-aligned, the rest right-aligned.
    void table(const QStringList &header, const QList<QStringList> &rows,
               const QList<double> &fractions)
    {
        const QFont body = font(8.5);
        const QFont bold = font(8.5, true);
        const double rowHeight = QFontMetricsF(body, m_painter->device()).height() + 5;
        const auto paintRow = [&](const QStringList &cells, const QFont &f, bool shade) {
            need(rowHeight);
            if (shade)
                m_painter->fillRect(QRectF(0, m_y, m_width, rowHeight), QColor(0xee, 0xf2, 0xf8));
            m_painter->setFont(f);
            m_painter->setPen(Qt::black);
            double x = 0;
            for (int i = 0; i < cells.size() && i < fractions.size(); ++i) {
                const double w = fractions.at(i) * m_width;
                const QRectF cell(x + 3, m_y, w - 6, rowHeight);
                const QFontMetricsF fm(f, m_painter->device());
                m_painter->drawText(
                        cell, int((i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter),
                        fm.elidedText(cells.at(i), Qt::ElideRight, cell.width()));
                x += w;
            }
            m_y += rowHeight;
            m_painter->setPen(QPen(ruleColor, 0.3));
            m_painter->drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        };
        paintRow(header, bold, true);
        for (const QStringList &row : rows)
            paintRow(row, body, false);
        m_y += 8;
    }

    // Accepted and completed per bucket, side by side; a label under every bucket that fits.
    void seriesChart(const DashboardFigures &f, const QString &caption)
    {
        const double height = 170;
        need(height + 30);
        const double top = m_y, left = 36, bottom = top + height - 18;
        const double plotWidth = m_width - left;
        qint64 maximum = 1;
        for (const StatisticsBucket &b : f.buckets)
            maximum = std::max({maximum, b.accepted, b.completed});
        const QFont small = font(7);
        m_painter->setFont(small);
        const QFontMetricsF fm(small, m_painter->device());
        m_painter->setPen(QPen(ruleColor, 0.5));
        m_painter->drawLine(QPointF(left, bottom), QPointF(m_width, bottom));
        m_painter->drawLine(QPointF(left, top), QPointF(left, bottom));
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, top - 4, left - 4, 12), int(Qt::AlignRight | Qt::AlignTop),
                            QLocale().toString(maximum));
        m_painter->drawText(QRectF(0, bottom - 10, left - 4, 12),
                            int(Qt::AlignRight | Qt::AlignBottom), QStringLiteral("0"));
        const int n = int(f.buckets.size());
        if (n > 0) {
            const double slot = plotWidth / n;
            // Every k-th label, so that labels never overlap.
            double widest = 0;
            for (const StatisticsBucket &b : f.buckets)
                widest = std::max(widest,
                                  fm.horizontalAdvance(StatisticsDefinitions::bucketLabel(
                                          b.start, f.period.granularity)));
            const int every = std::max(1, int(std::ceil((widest + 4) / slot)));
            for (int i = 0; i < n; ++i) {
                const StatisticsBucket &b = f.buckets.at(i);
                const double x = left + i * slot;
                const double barWidth = slot * 0.38;
                const auto bar = [&](double offset, qint64 value, const QColor &color) {
                    const double h = (bottom - top) * double(value) / double(maximum);
                    m_painter->fillRect(QRectF(x + offset, bottom - h, barWidth, h), color);
                };
                bar(slot * 0.1, b.accepted, acceptedColor);
                bar(slot * 0.1 + barWidth, b.completed, completedColor);
                if (i % every == 0) {
                    m_painter->setPen(Qt::black);
                    m_painter->drawText(
                            QRectF(x - slot * every / 2.0 + slot / 2.0, bottom + 2, slot * every,
                                   12),
                            int(Qt::AlignHCenter | Qt::AlignTop),
                            StatisticsDefinitions::bucketLabel(b.start, f.period.granularity));
                }
            }
        }
        // Legend and caption.
        const double legendY = bottom + 16;
        double x = left;
        for (const auto &[name, color] :
             {std::pair{StatisticsDefinitions::name(Figure::Accepted), acceptedColor},
              std::pair{StatisticsDefinitions::name(Figure::Completed), completedColor}}) {
            m_painter->fillRect(QRectF(x, legendY + 2, 8, 8), color);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QPointF(x + 11, legendY + 9), name);
            x += 16 + fm.horizontalAdvance(name) + 12;
        }
        m_painter->drawText(QRectF(x, legendY, m_width - x, 12), int(Qt::AlignRight), caption);
        m_y = legendY + 18;
    }

    // The five levels as horizontal bars with their counts.
    void ratingChart(const RatingCounts &ratings)
    {
        const QFont small = font(8);
        const QFontMetricsF fm(small, m_painter->device());
        const double rowHeight = fm.height() + 4;
        need(rowHeight * 5 + 8);
        m_painter->setFont(small);
        double labelWidth = 0;
        for (RatingLevel level : RatingRules::levels())
            labelWidth
                    = std::max(labelWidth, fm.horizontalAdvance(RatingRules::displayName(level)));
        const double left = labelWidth + 8, right = m_width - 60;
        qint64 maximum = 1;
        for (RatingLevel level : RatingRules::levels())
            maximum = std::max(maximum, ratings.count(level));
        for (RatingLevel level : RatingRules::levels()) {
            const qint64 n = ratings.count(level);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRectF(0, m_y, labelWidth, rowHeight),
                                int(Qt::AlignRight | Qt::AlignVCenter),
                                RatingRules::displayName(level));
            const double w = (right - left) * double(n) / double(maximum);
            m_painter->fillRect(QRectF(left, m_y + 2, w, rowHeight - 4),
                                RatingRules::isBad(level) ? badColor : goodColor);
            m_painter->drawText(QRectF(left + w + 4, m_y, 60, rowHeight),
                                int(Qt::AlignLeft | Qt::AlignVCenter), QLocale().toString(n));
            m_y += rowHeight;
        }
        m_y += 8;
    }

private:
    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    bool m_practice = false;
    QFont m_base;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_pages = 1;
};

QList<QStringList> tableRows(const QList<StatisticsRow> &rows, int limit)
{
    QList<QStringList> out;
    for (const StatisticsRow &row : StatisticsDefinitions::top(rows, limit)) {
        const CaseCounts &c = row.counts;
        out.append({row.name.isEmpty() ? row.key : row.name, QLocale().toString(c.accepted),
                    QLocale().toString(c.completed), c.completionRate().text(),
                    c.cohortCompletionRate().text(), c.onTimeRate().text(),
                    StatisticsDefinitions::averageText(c.averageWorkingDays())});
    }
    return out;
}

} // namespace

QString StatisticsReport::title(const StatisticsPeriod &period)
{
    if (period.from.day() == 1 && period.to == period.from.addMonths(1).addDays(-1))
        return tr("Statistics report, %1")
                .arg(QLocale().toString(period.from, tr("MMMM yyyy", "month and year")));
    return tr("Statistics report, %1 to %2")
            .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
}

int StatisticsReport::render(const DashboardFigures &f, const QString &placeName,
                             QPagedPaintDevice *device, bool practice)
{
    if (!device)
        return 0;
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    Painter p(device, &painter, practice);
    p.text(title(f.period), p.font(17, true), Qt::AlignHCenter, 2);
    p.text(tr("%1 · %2 to %3 · counted on %4")
                   .arg(placeName, f.period.from.toString(Qt::ISODate),
                        f.period.to.toString(Qt::ISODate), f.today.toString(Qt::ISODate)),
           p.font(9), Qt::AlignHCenter, 14);

    p.text(tr("Key figures"), p.font(12, true));
    const QList<Figure> figures{Figure::Accepted,       Figure::Completed,
                                Figure::CompletionRate, Figure::CohortCompletionRate,
                                Figure::OnTimeRate,     Figure::Overdue,
                                Figure::NearDue,        Figure::SatisfactionRate,
                                Figure::OneTrip,        Figure::AverageWorkingDays};
    QList<QStringList> keyRows;
    for (int i = 0; i < figures.size(); i += 2) {
        QStringList row{StatisticsDefinitions::name(figures.at(i)),
                        StatisticsDefinitions::valueText(f, figures.at(i))};
        if (i + 1 < figures.size())
            row << StatisticsDefinitions::name(figures.at(i + 1))
                << StatisticsDefinitions::valueText(f, figures.at(i + 1));
        keyRows.append(row);
    }
    p.table({tr("Figure"), tr("Value"), tr("Figure"), tr("Value")}, keyRows,
            {0.32, 0.18, 0.32, 0.18});

    p.text(tr("Accepted and completed"), p.font(12, true));
    p.seriesChart(f,
                  f.period.granularity == StatisticsGranularity::Day            ? tr("by day")
                          : f.period.granularity == StatisticsGranularity::Week ? tr("by week")
                                                                                : tr("by month"));

    p.text(tr("Ratings (%1 given, satisfaction rate %2)")
                   .arg(QLocale().toString(f.ratings.total()), f.ratings.satisfactionRate().text()),
           p.font(12, true));
    p.ratingChart(f.ratings);

    QList<QStringList> channels;
    for (const StatisticsRow &row : f.channels)
        channels.append({row.name, QLocale().toString(row.counts.accepted)});
    p.text(StatisticsDefinitions::name(Figure::Channels), p.font(12, true));
    p.table({StatisticsDefinitions::name(Figure::Channels),
             StatisticsDefinitions::name(Figure::Accepted)},
            channels, {0.6, 0.4});

    const QStringList columns{StatisticsDefinitions::name(Figure::Accepted),
                              StatisticsDefinitions::name(Figure::Completed),
                              StatisticsDefinitions::name(Figure::CompletionRate),
                              StatisticsDefinitions::name(Figure::CohortCompletionRate),
                              StatisticsDefinitions::name(Figure::OnTimeRate),
                              StatisticsDefinitions::name(Figure::AverageWorkingDays)};
    const QList<double> widths{0.25, 0.09, 0.09, 0.11, 0.16, 0.13, 0.17};
    const std::array<std::pair<QString, const QList<StatisticsRow> *>, 4> tables{
            std::pair{tr("Items"), &f.items}, std::pair{tr("Departments"), &f.departments},
            std::pair{tr("Places"), &f.places}, std::pair{tr("Staff"), &f.staff}};
    for (const auto &[name, rows] : tables) {
        p.text(rows->size() > maxTableRows ? tr("%1 (the %2 with the most accepted cases of %3)")
                                                     .arg(name)
                                                     .arg(maxTableRows)
                                                     .arg(rows->size())
                                           : name,
               p.font(12, true));
        p.table(QStringList{name} + columns, tableRows(*rows, maxTableRows), widths);
    }

    p.text(tr("Definitions"), p.font(12, true));
    for (Figure figure : {Figure::Accepted, Figure::Completed, Figure::CompletionRate,
                          Figure::CohortCompletionRate, Figure::OnTimeRate,
                          Figure::SatisfactionRate, Figure::OneTrip, Figure::AverageWorkingDays})
        p.text(StatisticsDefinitions::name(figure) + QStringLiteral(": ")
                       + StatisticsDefinitions::definition(figure),
               p.font(8), Qt::AlignLeft, 3);
    painter.end();
    return p.pages();
}

Status StatisticsReport::writePdf(const DashboardFigures &figures, const QString &placeName,
                                  const QString &path, bool practice)
{
    const QString family = QFontInfo(DocumentPrinter::documentFont()).family();
    if (!QFontDatabase::families(QFontDatabase::SimplifiedChinese).contains(family))
        return Error{QStringLiteral("report.no_cjk_font"),
                     tr("No Chinese font is installed, so the report cannot be written. Ask the "
                        "administrator to install one (for example WenQuanYi Micro Hei)."),
                     QStringLiteral("font in use: ") + family};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("report.pdf_open"),
                     tr("The report cannot be saved as %1: %2. Choose another folder.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                     file.errorString()};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
        writer.setTitle(title(figures.period));
        writer.setCreator(QStringLiteral("OneWindow " ONEWINDOW_VERSION));
        pages = render(figures, placeName, &writer, practice);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Error{QStringLiteral("report.pdf_render"),
                     tr("The report could not be laid out as a PDF. Try again."), path};
    }
    if (!file.commit())
        return Error{QStringLiteral("report.pdf_commit"),
                     tr("The report cannot be saved as %1: %2. Choose another folder.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                     file.errorString()};
    return Status::success();
}

} // namespace ow
