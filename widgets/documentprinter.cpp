#include "documentprinter.h"

#include "domain/practicemark.h"
#include "qrcode.h"

#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace ow {

namespace {

// Margins in millimetres: left and right leave room for binding and the hole punch.
const QMarginsF kMarginsMm(22, 15, 20, 10);
constexpr qreal kQrMm = 24;
constexpr qreal kSealMm = 38;
constexpr qreal kSealBlockMm = 75; // the seal, the issuer and the date
constexpr qreal kSignatureGapMm = 10;
constexpr qreal kFooterGapMm = 4;
constexpr qreal kBottomReserveMm = 7; // page numbers
const QColor kRuleColor(0x55, 0x55, 0x55);
const QColor kFillColor(0xee, 0xee, 0xee);
const QColor kFaintColor(0x88, 0x88, 0x88);
const QColor kPracticeColor(0xb4, 0x23, 0x18);
const QColor kPracticeWatermark(0xb4, 0x23, 0x18, 0x48);

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm,
                       QPageLayout::Millimeter);
}

struct Fonts
{
    QFont issuer;
    QFont title;
    QFont reference;
    QFont heading;
    QFont body;
    QFont table;
    QFont tableHeader;
    QFont small;
};

Fonts makeFonts()
{
    const QFont base = DocumentPrinter::documentFont();
    const auto sized = [&base](qreal points, bool bold) {
        QFont font = base;
        font.setPointSizeF(points);
        font.setBold(bold);
        return font;
    };
    // Issuer, title, number, headings, body, table, table header, small print.
    return {sized(13, false), sized(19, true),  sized(10, false), sized(11.5, true),
            sized(11, false), sized(10, false), sized(10, true),  sized(7.5, false)};
}

// Breaks `layout` into lines of `width` (the first indented by `firstIndent`) spaced at
// `spacing` times the font's line height; returns the height of the block.
qreal layText(QTextLayout &layout, qreal width, qreal firstIndent, qreal spacing,
              Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (bool first = true;; first = false) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const qreal indent = first ? firstIndent : 0;
        line.setLineWidth(std::max<qreal>(1, width - indent));
        line.setPosition(QPointF(indent, y));
        y += line.height() * spacing;
    }
    layout.endLayout();
    return y;
}

// Places the document on pages. Run once without a painter to count the pages, then again
// to paint them with "page / pages" numbers.
class Layout final
{
public:
    Layout(const ComposedDocument &document, QPagedPaintDevice *device, QPainter *painter,
           int pageCount)
        : m_doc(document)
        , m_device(device)
        , m_painter(painter)
        , m_pageCount(pageCount)
        , m_fonts(makeFonts())
        , m_dotsPerMm(device->logicalDpiY() / 25.4)
        , m_width(device->width())
        , m_pageBottom(device->height() - mm(kBottomReserveMm))
        , m_bottom(m_pageBottom)
    { }

    int run()
    {
        startPage();
        header();
        for (qsizetype i = 0; i < m_doc.sections.size(); ++i) {
            const DocumentSection &current = m_doc.sections.at(i);
            // The seal never stands on a page alone: when the last section and the footer do
            // not fit together, the section breaks early so that its end goes with the seal.
            const bool last = i == m_doc.sections.size() - 1;
            if (last && m_y + measure([&] { section(current); }) + footerHeight() > m_bottom) {
                const qreal bottom = std::exchange(m_bottom, m_bottom - footerHeight());
                section(current);
                m_bottom = bottom;
            } else {
                section(current);
            }
        }
        footer();
        finishPage();
        return m_page;
    }

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    bool painting() const { return m_painter != nullptr; }

    void startPage()
    {
        ++m_page;
        m_y = 0;
        if (m_doc.practice) {
            // A practice document says so at the head of every page, not only in the watermark.
            const QRectF band(0, 0, m_width, mm(6));
            if (painting()) {
                m_painter->setFont(m_fonts.tableHeader);
                m_painter->setPen(kPracticeColor);
                m_painter->drawText(band, Qt::AlignCenter, PracticeMark::text());
            }
            m_y = band.bottom() + mm(2);
        }
        if (m_page == 1)
            return;
        // Continuation pages repeat the title and the case number in small print.
        const QRectF band(0, m_y, m_width, mm(5));
        if (painting()) {
            m_painter->setFont(m_fonts.small);
            m_painter->setPen(kFaintColor);
            m_painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_doc.title);
            m_painter->drawText(band, Qt::AlignRight | Qt::AlignVCenter, m_doc.reference);
            m_painter->setPen(QPen(kRuleColor, mm(0.2)));
            m_painter->drawLine(QPointF(0, band.bottom()), QPointF(m_width, band.bottom()));
        }
        m_y = band.bottom() + mm(5);
    }

    // The height `layout` takes, without painting and without page breaks.
    template<typename Function>
    qreal measure(Function layout)
    {
        QPainter *const painter = std::exchange(m_painter, nullptr);
        const qreal bottom = std::exchange(m_bottom, std::numeric_limits<qreal>::max());
        const qreal top = m_y;
        layout();
        const qreal height = m_y - top;
        m_y = top;
        m_bottom = bottom;
        m_painter = painter;
        return height;
    }

    // The practice mark across the page, over what is printed on it.
    void watermark()
    {
        m_painter->save();
        QFont font = m_fonts.title;
        font.setPointSizeF(32);
        m_painter->setFont(font);
        m_painter->setPen(kPracticeWatermark);
        m_painter->translate(m_width / 2, m_pageBottom / 2);
        m_painter->rotate(-40);
        const qreal diagonal = std::hypot(m_width, m_pageBottom);
        m_painter->drawText(QRectF(-diagonal / 2, -mm(20), diagonal, mm(40)), Qt::AlignCenter,
                            PracticeMark::text());
        m_painter->restore();
    }

    void finishPage()
    {
        if (painting() && m_doc.practice)
            watermark();
        if (!painting() || m_pageCount < 2)
            return;
        m_painter->setFont(m_fonts.small);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_pageBottom + mm(2), m_width, mm(kBottomReserveMm - 2)),
                            Qt::AlignHCenter | Qt::AlignVCenter,
                            u"%1 / %2"_s.arg(m_page).arg(m_pageCount));
    }

    void breakPage()
    {
        finishPage();
        if (painting())
            m_device->newPage();
        startPage();
    }

    // Moves to a new page unless `height` still fits (or the page is still empty).
    void keep(qreal height)
    {
        if (m_y + height > m_bottom && m_y > mm(12))
            breakPage();
    }

    // Flowing text that may continue on the next page, line by line.
    void flowText(const QString &text, const QFont &font, qreal x, qreal width, qreal firstIndent,
                  Qt::Alignment alignment, qreal spacing)
    {
        QTextLayout layout(text, font, m_device);
        layText(layout, width, firstIndent, spacing, alignment);
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            keep(line.height());
            if (painting()) {
                m_painter->setPen(Qt::black);
                line.draw(m_painter, QPointF(x, m_y - line.y()));
            }
            m_y += line.height() * spacing;
        }
    }

    void header()
    {
        const qreal top = m_y; // below the practice mark, if any
        const qreal qrSide = mm(kQrMm);
        const QRectF qrRect(m_width - qrSide, top, qrSide, qrSide);
        QTextLayout caption(m_doc.qrCaption, m_fonts.small, m_device);
        const qreal captionWidth = qrSide + mm(6);
        const qreal captionHeight = layText(caption, captionWidth, 0, 1.1, Qt::AlignHCenter);
        if (painting()) {
            QrCode::encode(m_doc.qrPayload).paint(m_painter, qrRect);
            m_painter->setPen(Qt::black);
            caption.draw(
                    m_painter,
                    QPointF(qrRect.center().x() - captionWidth / 2, qrRect.bottom() + mm(0.5)));
        }
        const qreal qrBottom = qrRect.bottom() + mm(0.5) + captionHeight;

        // Issuer, title and number stay centred on the page and clear of the QR code.
        const qreal side = qrSide + mm(6);
        const qreal textWidth = m_width - 2 * side;
        m_y = top + mm(2);
        if (!m_doc.issuer.isEmpty()) {
            flowText(m_doc.issuer, m_fonts.issuer, side, textWidth, 0, Qt::AlignHCenter, 1.25);
            m_y += mm(2);
        }
        flowText(m_doc.title, m_fonts.title, side, textWidth, 0, Qt::AlignHCenter, 1.2);
        m_y += mm(2);
        flowText(m_doc.reference, m_fonts.reference, side, textWidth, 0, Qt::AlignHCenter, 1.2);
        m_y = std::max(m_y, qrBottom) + mm(2);
        if (painting()) {
            m_painter->setPen(QPen(kRuleColor, mm(0.3)));
            m_painter->drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        }
        m_y += mm(5);
        if (!m_doc.addressee.isEmpty())
            flowText(m_doc.addressee, m_fonts.body, 0, m_width, 0, Qt::AlignLeft, 1.5);
    }

    // Space goes before a block, never after it: what ends a section is its last line.
    void section(const DocumentSection &section)
    {
        if (!section.heading.isEmpty()) {
            m_y += mm(5);
            // A heading never ends a page alone.
            keep(QFontMetricsF(m_fonts.heading, m_device).height() * 1.3 + mm(12));
            flowText(section.heading, m_fonts.heading, 0, m_width, 0, Qt::AlignLeft, 1.3);
        } else {
            m_y += mm(2);
        }
        const qreal indent
                = 2 * QFontMetricsF(m_fonts.body, m_device).horizontalAdvance(QChar(0x4E00));
        for (qsizetype i = 0; i < section.paragraphs.size(); ++i) {
            m_y += i > 0 ? mm(0.8) : 0;
            flowText(section.paragraphs.at(i), m_fonts.body, 0, m_width, indent, Qt::AlignLeft,
                     1.4);
        }
        if (!section.table.isEmpty()) {
            m_y += mm(1);
            table(section.table);
        }
    }

    struct Cell
    {
        qreal x = 0;
        qreal width = 0;
        QString text;
        bool shaded = false;
        bool bold = false;
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    qreal padding() const { return mm(1.3); }

    qreal naturalWidth(const QString &text, bool bold) const
    {
        return QFontMetricsF(bold ? m_fonts.tableHeader : m_fonts.table, m_device)
                       .horizontalAdvance(text)
                + 2 * padding();
    }

    qreal rowHeight(const QList<Cell> &cells) const
    {
        qreal height = 0;
        for (const Cell &cell : cells) {
            QTextLayout layout(cell.text, cell.bold ? m_fonts.tableHeader : m_fonts.table,
                               m_device);
            height = std::max(height,
                              layText(layout, cell.width - 2 * padding(), 0, 1.2, cell.alignment));
        }
        return height + 2 * padding();
    }

    // One table row; moves to a new page first (repeating `repeat`, the header) if it does not
    // fit.
    void row(const QList<Cell> &cells, const QList<Cell> &repeat = {})
    {
        const qreal height = rowHeight(cells);
        if (m_y + height > m_bottom && m_y > mm(12)) {
            breakPage();
            if (!repeat.isEmpty())
                row(repeat);
        }
        if (painting()) {
            for (const Cell &cell : cells) {
                const QRectF rect(cell.x, m_y, cell.width, height);
                if (cell.shaded)
                    m_painter->fillRect(rect, kFillColor);
                m_painter->setPen(QPen(Qt::black, mm(0.2)));
                m_painter->setBrush(Qt::NoBrush);
                m_painter->drawRect(rect);
                QTextLayout layout(cell.text, cell.bold ? m_fonts.tableHeader : m_fonts.table,
                                   m_device);
                layText(layout, cell.width - 2 * padding(), 0, 1.2, cell.alignment);
                m_painter->setPen(Qt::black);
                layout.draw(m_painter, rect.topLeft() + QPointF(padding(), padding()));
            }
        }
        m_y += height;
    }

    // Column widths from the text each column holds: narrow columns keep their natural width,
    // the wide ones share the rest in proportion.
    QList<qreal> columnWidths(const DocumentTable &table, int columns) const
    {
        const qreal minimum = naturalWidth(u"\u4E00\u4E00"_s, false);
        QList<qreal> natural(columns, minimum);
        for (int c = 0; c < table.header.size() && c < columns; ++c)
            natural[c] = std::max(natural[c], naturalWidth(table.header.at(c), true));
        for (const QStringList &cells : table.rows) {
            for (int c = 0; c < cells.size() && c < columns; ++c)
                natural[c] = std::max(natural[c], naturalWidth(cells.at(c), false));
        }
        const qreal total = std::accumulate(natural.cbegin(), natural.cend(), qreal(0));
        QList<qreal> widths = natural;
        if (total <= m_width) {
            // Spare room goes to the wide columns only.
            qreal wide = 0;
            for (qreal w : natural)
                wide += w >= total / columns ? w : 0;
            for (int c = 0; c < columns; ++c) {
                if (natural.at(c) >= total / columns)
                    widths[c] += (m_width - total) * natural.at(c) / wide;
            }
            return widths;
        }
        QList<bool> fixed(columns, false);
        qreal remaining = m_width;
        for (bool changed = true; changed;) {
            changed = false;
            const auto open = std::count(fixed.cbegin(), fixed.cend(), false);
            for (int c = 0; c < columns && open > 0; ++c) {
                if (!fixed.at(c) && natural.at(c) <= remaining / qreal(open)) {
                    fixed[c] = true;
                    remaining -= natural.at(c);
                    changed = true;
                    break;
                }
            }
        }
        qreal openNatural = 0;
        for (int c = 0; c < columns; ++c)
            openNatural += fixed.at(c) ? 0 : natural.at(c);
        for (int c = 0; c < columns; ++c) {
            if (!fixed.at(c))
                widths[c] = std::max(minimum, natural.at(c) * remaining / openNatural);
        }
        return widths;
    }

    void gridTable(const DocumentTable &table)
    {
        int columns = int(table.header.size());
        for (const QStringList &cells : table.rows)
            columns = std::max(columns, int(cells.size()));
        const QList<qreal> widths = columnWidths(table, columns);

        // Short columns (numbers, counts) are centred.
        QList<bool> centred(columns, true);
        for (const QStringList &cells : table.rows) {
            for (int c = 0; c < columns; ++c)
                centred[c] = centred.at(c) && cells.value(c).size() <= 3;
        }
        const auto makeRow = [&](const QStringList &texts, bool header) {
            QList<Cell> cells;
            qreal x = 0;
            for (int c = 0; c < columns; ++c) {
                cells.append({x, widths.at(c), texts.value(c), header, header,
                              header || centred.at(c) ? Qt::AlignHCenter : Qt::AlignLeft});
                x += widths.at(c);
            }
            return cells;
        };
        const QList<Cell> header = makeRow(table.header, true);
        bool first = true;
        for (const QStringList &cells : table.rows) {
            const QList<Cell> body = makeRow(cells, false);
            if (first && !table.header.isEmpty()) {
                keep(rowHeight(header) + rowHeight(body));
                row(header);
            }
            first = false;
            row(body, table.header.isEmpty() ? QList<Cell>() : header);
        }
    }

    // Label/value rows, two pairs side by side as on a printed form; a long value takes the
    // whole row.
    void labelTable(const DocumentTable &table)
    {
        qreal labelWidth = 0;
        for (const QStringList &cells : table.rows)
            labelWidth = std::max(labelWidth, naturalWidth(cells.value(0), false));
        labelWidth = std::min(labelWidth, m_width / 4);
        const qreal valueWidth = (m_width - 2 * labelWidth) / 2;

        QList<Cell> pending; // a short pair waiting for its neighbour
        const auto flush = [&] {
            if (pending.isEmpty())
                return;
            pending[1].width = m_width - labelWidth; // alone on its row: take it all
            row(pending);
            pending.clear();
        };
        for (const QStringList &cells : table.rows) {
            const QString label = cells.value(0);
            const QString value = cells.value(1);
            if (naturalWidth(value, false) > valueWidth) {
                flush();
                row({{0, labelWidth, label, true}, {labelWidth, m_width - labelWidth, value}});
            } else if (pending.isEmpty()) {
                pending = {{0, labelWidth, label, true}, {labelWidth, valueWidth, value}};
            } else {
                const qreal x = labelWidth + valueWidth;
                row(pending
                    + QList<Cell>{{x, labelWidth, label, true},
                                  {x + labelWidth, valueWidth, value}});
                pending.clear();
            }
        }
        flush();
    }

    void table(const DocumentTable &table)
    {
        const bool labelRows = table.header.isEmpty()
                && std::all_of(table.rows.cbegin(), table.rows.cend(),
                               [](const QStringList &cells) { return cells.size() == 2; });
        if (labelRows)
            labelTable(table);
        else
            gridTable(table);
    }

    qreal footerHeight() const
    {
        return mm(kFooterGapMm)
                + std::max(mm(kSealMm),
                           mm(4) + mm(kSignatureGapMm) * qreal(m_doc.footer.signatures.size())
                                   + notesHeight());
    }

    qreal notesWidth() const { return m_width - mm(kSealBlockMm) - mm(4); }

    qreal notesHeight() const
    {
        qreal height = 0;
        for (const QString &note : m_doc.footer.notes) {
            QTextLayout layout(note, m_fonts.table, m_device);
            height += layText(layout, notesWidth(), 0, 1.3, Qt::AlignLeft);
        }
        return height;
    }

    // Signature lines and notes on the left; on the right the seal space over the issuer and the
    // date, where the seal is stamped in practice.
    void footer()
    {
        const DocumentFooter &footer = m_doc.footer;
        const qreal lineGap = mm(kSignatureGapMm);
        const qreal seal = mm(kSealMm);
        keep(footerHeight());
        const qreal top = m_y + mm(kFooterGapMm);

        qreal y = top + mm(4);
        const QFontMetricsF body(m_fonts.body, m_device);
        for (const DocumentSignature &signature : footer.signatures) {
            const qreal labelWidth = body.horizontalAdvance(signature.label);
            if (painting()) {
                m_painter->setFont(m_fonts.body);
                m_painter->setPen(Qt::black);
                m_painter->drawText(QPointF(0, y + body.ascent()), signature.label);
                if (signature.name.isEmpty()) {
                    m_painter->setPen(QPen(Qt::black, mm(0.2)));
                    const qreal baseline = y + body.ascent() + mm(1);
                    m_painter->drawLine(QPointF(labelWidth + mm(1), baseline),
                                        QPointF(labelWidth + mm(45), baseline));
                } else {
                    m_painter->drawText(QPointF(labelWidth + mm(1), y + body.ascent()),
                                        signature.name);
                }
            }
            y += lineGap;
        }
        for (const QString &note : footer.notes) {
            QTextLayout layout(note, m_fonts.table, m_device);
            const qreal height = layText(layout, notesWidth(), 0, 1.3, Qt::AlignLeft);
            if (painting()) {
                m_painter->setPen(Qt::black);
                layout.draw(m_painter, QPointF(0, y));
            }
            y += height;
        }

        const qreal blockWidth = mm(kSealBlockMm);
        const QRectF block(m_width - blockWidth, top, blockWidth, seal);
        const QRectF circle(block.center().x() - seal / 2, top, seal, seal);
        if (painting()) {
            QPen dashed(kFaintColor, mm(0.25), Qt::DashLine);
            m_painter->setPen(dashed);
            m_painter->setBrush(Qt::NoBrush);
            m_painter->setRenderHint(QPainter::Antialiasing, true);
            m_painter->drawEllipse(circle);
            m_painter->setFont(m_fonts.small);
            m_painter->setPen(kFaintColor);
            m_painter->drawText(QRectF(circle.left(), top + mm(4), seal, mm(5)),
                                Qt::AlignHCenter | Qt::AlignVCenter, footer.sealCaption);
        }
        m_y = top + mm(15);
        flowText(footer.sealHolder, m_fonts.body, block.left(), block.width(), 0, Qt::AlignHCenter,
                 1.4);
        m_y += mm(1);
        flowText(footer.date, m_fonts.body, block.left(), block.width(), 0, Qt::AlignHCenter, 1.4);
        m_y = std::max({m_y, y, top + seal}) + mm(2);
    }

    const ComposedDocument &m_doc;
    QPagedPaintDevice *m_device = nullptr;
    QPainter *m_painter = nullptr;
    int m_pageCount = 0;
    Fonts m_fonts;
    qreal m_dotsPerMm = 1;
    qreal m_width = 0;
    qreal m_pageBottom = 0; // where the text area ends
    qreal m_bottom = 0;     // where the current flow must stop
    qreal m_y = 0;
    int m_page = 0;
};

} // namespace

QStringList DocumentPrinter::preferredFamilies()
{
    // Serif (Song) faces read like printed notices; the sans faces are the common fallbacks.
    return {u"Noto Serif CJK SC"_s,   u"Source Han Serif SC"_s, u"Noto Sans CJK SC"_s,
            u"Source Han Sans SC"_s,  u"WenQuanYi Micro Hei"_s, u"WenQuanYi Zen Hei"_s,
            u"Droid Sans Fallback"_s, u"AR PL UMing CN"_s};
}

QFont DocumentPrinter::documentFont()
{
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QStringList families;
    for (const QString &family : preferredFamilies()) {
        if (installed.contains(family, Qt::CaseInsensitive))
            families << family;
    }
    if (families.isEmpty()) {
        for (const QString &family : installed) {
            if (!QFontDatabase::isPrivateFamily(family)) {
                families << family;
                break;
            }
        }
    }
    QFont font;
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(12);
    // Unhinted outlines keep the same line breaks on screen, on paper and in PDF.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

int DocumentPrinter::render(const ComposedDocument &document, QPagedPaintDevice *device)
{
    if (!device)
        return 0;
    const int pages = Layout(document, device, nullptr, 0).run();
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    Layout(document, device, &painter, pages).run();
    painter.end();
    return pages;
}

Status DocumentPrinter::writePdf(const ComposedDocument &document, const QString &path)
{
    const QString family = QFontInfo(documentFont()).family();
    if (!QFontDatabase::families(QFontDatabase::SimplifiedChinese).contains(family)) {
        return Error{u"document.no_cjk_font"_s,
                     tr("No Chinese font is installed, so the document cannot be written. Ask "
                        "the administrator to install one (for example WenQuanYi Micro Hei)."),
                     u"font in use: "_s + family};
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{u"document.pdf_open"_s,
                     tr("The document cannot be saved as %1: %2. Choose another folder.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                     file.errorString()};
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(a4Layout());
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("OneWindow " ONEWINDOW_VERSION));
        pages = render(document, &writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Error{u"document.pdf_render"_s,
                     tr("The document could not be laid out as a PDF. Try again, or print it "
                        "instead."),
                     path};
    }
    if (!file.commit()) {
        return Error{u"document.pdf_commit"_s,
                     tr("The document cannot be saved as %1: %2. Choose another folder.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                     file.errorString()};
    }
    return Status::success();
}

void DocumentPrinter::print(const ComposedDocument &document, QPrinter *printer)
{
    if (!printer)
        return;
    printer->setPageLayout(a4Layout());
    printer->setDocName(document.title);
    render(document, printer);
}

namespace {
QString &preferredPrinterName()
{
    static QString name;
    return name;
}
} // namespace

void DocumentPrinter::setPreferredPrinter(const QString &printerName)
{
    preferredPrinterName() = printerName;
}

QString DocumentPrinter::preferredPrinter()
{
    return preferredPrinterName();
}

QStringList DocumentPrinter::availablePrinters()
{
    return QPrinterInfo::availablePrinterNames();
}

QString DocumentPrinter::defaultPrinterName()
{
    return QPrinterInfo::defaultPrinterName();
}

void DocumentPrinter::preview(const ComposedDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    if (!preferredPrinter().isEmpty())
        printer.setPrinterName(preferredPrinter());
    printer.setPageLayout(a4Layout());
    printer.setDocName(document.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(document.title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *target) { render(document, target); });
    dialog.exec();
}

} // namespace ow
