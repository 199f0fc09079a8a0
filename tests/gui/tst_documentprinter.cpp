#include "documentprinter.h"
#include "language.h"
#include "qrcode.h"
#include "samplecase.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using ow::CaseDocument;
using ow::ComposedDocument;
using ow::DocumentKind;
using ow::DocumentPrinter;
using namespace Qt::Literals::StringLiterals;

namespace {

// Prints in Chinese, as the counter does, with the application's own compiled translation;
// English again afterwards, as the other tests expect.
struct ChineseDocuments
{
    ChineseDocuments() { REQUIRE(ow::Language::install(u"zh_CN"_s)); }
    ~ChineseDocuments() { ow::Language::install(u"en"_s); }
    ChineseDocuments(const ChineseDocuments &) = delete;
    ChineseDocuments &operator=(const ChineseDocuments &) = delete;
};

QString textOf(const ComposedDocument &doc)
{
    return doc.allText().join(u'\n');
}

QString run(const QString &program, const QStringList &arguments)
{
    const QString executable = QStandardPaths::findExecutable(program);
    REQUIRE_FALSE(executable.isEmpty());
    QProcess process;
    process.start(executable, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
}

// Page 1 at 60 dpi, and the PDF itself, for people to look at.
void screenshot(const QString &pdf, const QString &name)
{
    const QString dir = QStringLiteral(ONEWINDOW_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString stem = dir + u"/document-"_s + name;
    QFile::remove(stem + u".pdf"_s);
    CHECK(QFile::copy(pdf, stem + u".pdf"_s));
    run(u"pdftoppm"_s,
        {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf,
         stem});
    CHECK(QFile::exists(stem + u".png"_s));
}

// pdftotext -layout pads with spaces and wraps lines; Chinese text must still be found whole.
QString squeezed(const QString &text)
{
    QString flat;
    for (QChar c : text) {
        if (!c.isSpace())
            flat.append(c);
    }
    return flat;
}

} // namespace

TEST_CASE("Every document reads in the official Chinese wording", "[documents]")
{
    ChineseDocuments chinese;

    // Every branch of compose(): both item kinds, with and without basis, dates, authorities.
    QList<ow::DocumentFacts> variants = {sample::licensingFacts(), sample::publicServiceFacts()};
    ow::DocumentFacts sparse = sample::publicServiceFacts();
    sparse.legalBasis.clear();
    sparse.dueOn = {};
    sparse.reviewAuthority.clear();
    sparse.court.clear();
    variants << sparse;
    ow::DocumentFacts onTheSpot = sample::licensingFacts();
    onTheSpot.promisedDays = 0;
    variants << onTheSpot;

    // The sample facts hold no lower-case Latin letter (codes are digits and capitals), so any
    // such letter in a document is an English string that the translation does not cover.
    static const QRegularExpression english(u"[a-z]{2,}"_s);
    for (const ow::DocumentFacts &facts : variants) {
        for (DocumentKind kind : CaseDocument::allKinds()) {
            INFO(CaseDocument::kindId(kind).toStdString());
            const ComposedDocument doc = CaseDocument::compose(kind, facts);
            for (const QString &text : doc.allText()) {
                INFO(text.toStdString());
                CHECK_FALSE(text.contains(english));
            }
        }
    }

    const ow::DocumentFacts facts = sample::licensingFacts();
    const ComposedDocument acceptance = CaseDocument::compose(DocumentKind::Acceptance, facts);
    CHECK(acceptance.title == u"受理通知书"_s);
    CHECK(textOf(acceptance)
                  .contains(u"经审查，您（单位）提交的申请材料齐全、符合法定形式，根据《中华"
                            "人民共和国行政许可法》第三十二条的规定，决定予以受理。"_s));
    CHECK(acceptance.footer.date == u"2026年11月30日"_s);
    const QString denial = textOf(CaseDocument::compose(DocumentKind::Denial, facts));
    CHECK(denial.contains(
            u"自收到本决定书之日起六十日内依照《中华人民共和国行政复议法》的规定向礼县"
            "人民政府申请行政复议"_s));
    CHECK(denial.contains(
            u"自收到本决定书之日起六个月内依照《中华人民共和国行政诉讼法》第四十六条的"
            "规定向礼县人民法院提起行政诉讼"_s));
}

TEST_CASE("Every document is written to PDF with searchable Chinese text", "[documents]")
{
    ChineseDocuments chinese;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ow::DocumentFacts facts = sample::licensingFacts();

    const QHash<DocumentKind, QString> chineseTitles = {
            {DocumentKind::MaterialsReceipt, u"材料接收凭证"_s},
            {DocumentKind::Acceptance, u"受理通知书"_s},
            {DocumentKind::OneTimeNotice, u"一次性告知书"_s},
            {DocumentKind::Rejection, u"不予受理通知书"_s},
            {DocumentKind::DeferredPromise, u"容缺受理承诺书"_s},
            {DocumentKind::Approval, u"准予行政许可决定书"_s},
            {DocumentKind::Denial, u"不予行政许可决定书"_s},
            {DocumentKind::Suspension, u"特别程序告知书"_s},
            {DocumentKind::Termination, u"终止办理通知书"_s},
    };

    for (DocumentKind kind : CaseDocument::allKinds()) {
        const QString id = CaseDocument::kindId(kind);
        INFO(id.toStdString());
        const ComposedDocument doc = CaseDocument::compose(kind, facts);
        REQUIRE(doc.title == chineseTitles.value(kind));

        const QString pdf = dir.filePath(id + u".pdf"_s);
        const ow::Status status = DocumentPrinter::writePdf(doc, pdf);
        INFO(status.error().message.toStdString());
        REQUIRE(status.ok());

        const QString text = pdfText(pdf);
        const QString flat = squeezed(text);
        CHECK(flat.contains(doc.title));
        CHECK(text.contains(sample::kCaseNumber));
        CHECK(text.contains(sample::kMaskedResidentId));
        CHECK_FALSE(text.contains(sample::kResidentId));
        CHECK_FALSE(text.contains(sample::kResidentId.left(12)));
        CHECK(text.contains(sample::kMaskedPhone));
        CHECK_FALSE(text.contains(sample::kPhone));
        CHECK(flat.contains(facts.itemName));
        CHECK(flat.contains(facts.hallName));
        CHECK(flat.contains(facts.applicantName));
        CHECK(flat.contains(doc.footer.date));
        screenshot(pdf, id);
    }

    // The decisions carry the reasons and the remedies on paper too.
    const QString denial = squeezed(pdfText(dir.filePath(u"denial.pdf"_s)));
    CHECK(denial.contains(u"六十日内"_s));
    CHECK(denial.contains(u"六个月内"_s));
    CHECK(denial.contains(u"《中华人民共和国行政诉讼法》第四十六条"_s));
    CHECK(denial.contains(u"不符合食品经营场所的设置要求"_s));
}

TEST_CASE("An enterprise's credit code is printed masked", "[documents]")
{
    ChineseDocuments chinese;
    QTemporaryDir dir;
    const ow::DocumentFacts facts = sample::publicServiceFacts();
    const ComposedDocument doc = CaseDocument::compose(DocumentKind::Approval, facts);
    CHECK(doc.title == u"准予办理决定书"_s);
    const QString pdf = dir.filePath(u"approval.pdf"_s);
    REQUIRE(DocumentPrinter::writePdf(doc, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(sample::kMaskedCreditCode));
    CHECK_FALSE(text.contains(sample::kCreditCode));
    CHECK_FALSE(squeezed(text).contains(u"行政许可法"_s));
    screenshot(pdf, u"approval-public-service"_s);
}

TEST_CASE("A long materials list continues on further pages", "[documents]")
{
    ChineseDocuments chinese;
    QTemporaryDir dir;
    ow::DocumentFacts facts = sample::licensingFacts();
    for (int i = 1; i <= 45; ++i) {
        facts.materials.append({u"附加证明材料第%1项（含相关附件、说明及复印件）"_s.arg(i),
                                ow::DocumentMaterial::Status::ReceivedCopy,
                                i % 3 + 1,
                                {},
                                {}});
    }
    const QString pdf = dir.filePath(u"long.pdf"_s);
    REQUIRE(DocumentPrinter::writePdf(CaseDocument::compose(DocumentKind::Acceptance, facts), pdf)
                    .ok());
    const QString info = run(u"pdfinfo"_s, {pdf});
    CHECK(info.contains(u"A4"_s));
    CHECK_FALSE(info.contains(u"Pages:          1\n"_s));

    const QString text = squeezed(pdfText(pdf));
    CHECK(text.contains(u"附加证明材料第45项"_s));
    CHECK(text.contains(u"1/"_s));
    CHECK(text.contains(u"2/"_s));
    // The table header is repeated on the next page, and the seal space still comes last.
    CHECK(text.count(u"材料名称"_s) >= 2);
    CHECK(text.lastIndexOf(u"盖章处"_s) > text.indexOf(u"附加证明材料第45项"_s));
    screenshot(pdf, u"acceptance-long"_s);
}

TEST_CASE("Printing uses the same layout as the PDF", "[documents]")
{
    ChineseDocuments chinese;
    QTemporaryDir dir;
    const ComposedDocument doc
            = CaseDocument::compose(DocumentKind::OneTimeNotice, sample::licensingFacts());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(pdf);
    DocumentPrinter::print(doc, &printer);
    REQUIRE(QFile::exists(pdf));
    const QString text = squeezed(pdfText(pdf));
    CHECK(text.contains(u"一次性告知书"_s));
    CHECK(text.contains(u"食品安全管理制度文本"_s));
    CHECK(text.contains(u"未标注操作间面积，请重新绘制"_s));
}

TEST_CASE("Writing a PDF where it cannot be written is a readable error", "[documents]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"missing-folder/notice.pdf"_s);
    const ow::Status status = DocumentPrinter::writePdf(
            CaseDocument::compose(DocumentKind::Acceptance, sample::licensingFacts()), pdf);
    CHECK_FALSE(status.ok());
    CHECK(status.error().code == u"document.pdf_open"_s);
    CHECK_FALSE(status.error().message.isEmpty());
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("Documents are set in an installed Chinese font", "[documents]")
{
    const QFont font = DocumentPrinter::documentFont();
    const QString family = QFontInfo(font).family();
    INFO(family.toStdString());
    CHECK(DocumentPrinter::preferredFamilies().contains(family, Qt::CaseInsensitive));
}

TEST_CASE("The QR code is drawn as sharp squares", "[documents]")
{
    const ow::QrCode code = ow::QrCode::encode(sample::kCaseNumber);
    REQUIRE_FALSE(code.isNull());
    CHECK(code.size() >= 21);
    CHECK((code.size() - 17) % 4 == 0); // 21, 25, 29, ... modules
    // Finder patterns: dark corners, light separators.
    for (auto [x, y] : {std::pair{0, 0}, {code.size() - 1, 0}, {0, code.size() - 1}})
        CHECK(code.isDark(x, y));
    CHECK_FALSE(code.isDark(7, 7));
    CHECK_FALSE(ow::QrCode::encode(QString()).size());

    const int modules = code.size() + 8;
    QImage image(modules * 4 + 2, modules * 4 + 2, QImage::Format_RGB32);
    image.fill(Qt::red);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        code.paint(&painter, QRectF(image.rect()));
    }
    // Every pixel inside the symbol is pure black or pure white: no blur, no seams.
    const QRect symbol(1, 1, modules * 4, modules * 4);
    int dark = 0;
    for (int y = symbol.top(); y <= symbol.bottom(); ++y) {
        for (int x = symbol.left(); x <= symbol.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            REQUIRE((pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255)));
            dark += pixel == qRgb(0, 0, 0) ? 1 : 0;
        }
    }
    CHECK(dark > 0);
    // Module (0, 0) of the symbol sits after the 4-module quiet zone.
    CHECK(image.pixel(symbol.left() + 4 * 4 + 1, symbol.top() + 4 * 4 + 1) == qRgb(0, 0, 0));
    CHECK(image.pixel(symbol.left() + 1, symbol.top() + 1) == qRgb(255, 255, 255));
}

TEST_CASE("The print preview shows the document", "[documents]")
{
    ChineseDocuments chinese;
    const ComposedDocument doc
            = CaseDocument::compose(DocumentKind::Denial, sample::licensingFacts());
    bool shown = false;
    QTimer::singleShot(0, [&shown, &doc] {
        // The timer fires inside the dialog's own event loop, so the dialog exists by then.
        QPrintPreviewDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(widget);
                preview && preview->isVisible())
                dialog = preview;
        }
        if (!dialog) { // never throw through the event loop; just end the modal loop
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            return;
        }
        shown = dialog->windowTitle() == doc.title;
        dialog->resize(900, 1000);
        const QString dir = QStringLiteral(ONEWINDOW_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        dialog->grab().save(dir + u"/document-preview.png"_s);
        dialog->reject();
    });
    DocumentPrinter::preview(doc, nullptr);
    CHECK(shown);
}
